import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";
import { JobOrderSchema } from "~/domain/joborders/joborders.schema";
import {
  listOwnEmployers,
  listOwnJobOrders,
  submitJobOrder,
  withdrawJobOrder,
} from "~/domain/joborders/joborders.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { redirectWithFlash } from "~/ui/flash.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("jobOrders.title");

// Agency staff: their agency's job orders.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:submit");
  const [orders, employers] = await Promise.all([listOwnJobOrders(user), listOwnEmployers(user)]);
  return {
    orders: orders.map((o) => ({ ...o, offeredWage: Number(o.offeredWage) })),
    employers: employers.filter((e) => !e.watchListed),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:submit");
  const form = await readForm(request);
  if (form.get("intent") === "withdraw") {
    try {
      await withdrawJobOrder(user, String(form.get("id") ?? ""), requestContext(request));
    } catch (e) {
      return replyError(request, e, form, { form: "withdraw" });
    }
    return redirectWithFlash("/agency/job-orders", { key: "jobOrders.withdrawn" });
  }
  const submission = parseWithZod(form, { schema: JobOrderSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await submitJobOrder(user, submission.value, {
      ctx: requestContext(request),
      submissionKey: submissionKeyOf(form),
    });
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/agency/job-orders", {
    key: "jobOrders.confirm.next",
    confirmation: { title: "jobOrders.confirm.title" },
  });
}

export default function AgencyJobOrders() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { orders, employers, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const errorText = useErrorText();
  const e = (k: string) => errorText(errorsOf(r, k)).join(" ") || null;
  const aria = (k: string) => ({
    "aria-invalid": e(k) ? true : undefined,
    "aria-describedby": e(k) ? `${k}-error` : undefined,
  });
  const err = (k: string) =>
    e(k) ? (
      <p id={`${k}-error`} className="field-error" role="alert">
        {e(k)}
      </p>
    ) : null;
  return (
    <section className="page">
      <h1>{t("jobOrders.title")}</h1>
      {r?.form === "withdraw" ? <ErrorSummary errors={allErrorsOf(r)} result={r} /> : null}
      {orders.length ? (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("jobOrders.titleField")}</th>
                <th scope="col">{t("jobs.employer")}</th>
                <th scope="col">{t("jobs.wage")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("jobs.code")}</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.id}>
                  <td>
                    {o.title} ({country(o.countryCode)}, {o.positions})<br />
                    <span className="muted">
                      {t("jobOrders.validUntil")}: {formatDate(o.validUntil, locale)}
                    </span>
                  </td>
                  <td>{o.employer.name}</td>
                  <td>
                    {o.currency} {o.offeredWage.toLocaleString("en-KE")}
                  </td>
                  <td>
                    {t(`jobOrders.status.${o.status}`)}
                    {o.decisionReason ? (
                      <>
                        <br />
                        <span className="muted">{o.decisionReason}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {o.verificationCode ? (
                      <Link className="code" to={`/verify/${o.verificationCode}`}>
                        {formatVerificationCode(o.verificationCode)}
                      </Link>
                    ) : (
                      "—"
                    )}
                    {o.status === "SUBMITTED" || o.status === "VERIFIED" ? (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="intent" value="withdraw" />
                        <input type="hidden" name="id" value={o.id} />{" "}
                        <button type="submit" className="link-button">
                          {t("jobOrders.withdraw")}
                        </button>
                      </Form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("jobOrders.none")}</p>
      )}
      <h2>{t("jobOrders.new")}</h2>
      {employers.length === 0 ? (
        <p>
          <Link to="/agency/employers">{t("jobOrders.noEmployers")}</Link>
        </p>
      ) : (
        <Form method="post">
          {r?.form !== "withdraw" ? <ErrorSummary errors={allErrorsOf(r)} result={r} /> : null}
          <SubmissionKey value={submissionKey} />
          <div className="field">
            <label htmlFor="employerId">{t("jobs.employer")}</label>
            <select
              id="employerId"
              name="employerId"
              defaultValue={valueOf(r, "employerId")}
              {...aria("employerId")}
            >
              {employers.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name} — {x.city}, {country(x.countryCode)}
                </option>
              ))}
            </select>
            {err("employerId")}
          </div>
          <div className="field">
            <label htmlFor="jobCategory">{t("precheck.jobCategory")}</label>
            <select
              id="jobCategory"
              name="jobCategory"
              defaultValue={valueOf(r, "jobCategory") ?? "DOMESTIC_WORKER"}
            >
              {JOB_CATEGORIES.map((j) => (
                <option key={j} value={j}>
                  {t(`job.${j}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="title">{t("jobOrders.titleField")}</label>
            <input id="title" name="title" defaultValue={valueOf(r, "title")} {...aria("title")} />
            {err("title")}
          </div>
          <div className="field">
            <label htmlFor="positions">{t("jobs.positions")}</label>
            <input
              id="positions"
              name="positions"
              defaultValue={valueOf(r, "positions")}
              inputMode="numeric"
              {...aria("positions")}
            />
            {err("positions")}
          </div>
          <div className="field">
            <label htmlFor="offeredWage">{t("jobs.wage")}</label>
            <input
              id="offeredWage"
              name="offeredWage"
              inputMode="decimal"
              {...aria("offeredWage")}
            />
            {err("offeredWage")}
          </div>
          <div className="field">
            <label htmlFor="validUntil">{t("jobOrders.validUntil")}</label>
            <input
              id="validUntil"
              name="validUntil"
              defaultValue={valueOf(r, "validUntil")}
              type="date"
              {...aria("validUntil")}
            />
            {err("validUntil")}
          </div>
          <button type="submit">{t("jobOrders.submit")}</button>
        </Form>
      )}
    </section>
  );
}
