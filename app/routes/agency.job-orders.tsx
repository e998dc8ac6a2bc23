import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";
import { JobOrderSchema } from "~/domain/joborders/joborders.schema";
import {
  JobOrderError,
  listOwnEmployers,
  listOwnJobOrders,
  submitJobOrder,
  withdrawJobOrder,
} from "~/domain/joborders/joborders.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { formatDate } from "~/ui/format";
import { SubmissionKey } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";

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
    await withdrawJobOrder(user, String(form.get("id") ?? ""), requestContext(request));
    return redirectWithFlash("/agency/job-orders", { key: "jobOrders.withdrawn" });
  }
  const parsed = JobOrderSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return data({ errors }, { status: 400 });
  }
  try {
    await submitJobOrder(user, parsed.data, {
      ctx: requestContext(request),
      submissionKey: submissionKeyOf(form),
    });
  } catch (e) {
    if (e instanceof JobOrderError)
      return data(
        { errors: { [e.field ?? "employerId"]: e.key } as Record<string, string> },
        { status: 400 },
      );
    throw e;
  }
  return redirectWithFlash("/agency/job-orders", { key: "jobOrders.submitted" });
}

export default function AgencyJobOrders() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { orders, employers, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const e = (k: string) =>
    r?.errors[k] ? (r.errors[k]! in en ? t(r.errors[k] as MessageKey) : r.errors[k]) : null;
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
      {orders.length ? (
        <div className="table-wrap">
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
        </div>
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
          <SubmissionKey value={submissionKey} />
          <div className="field">
            <label htmlFor="employerId">{t("jobs.employer")}</label>
            <select id="employerId" name="employerId" {...aria("employerId")}>
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
            <select id="jobCategory" name="jobCategory" defaultValue="DOMESTIC_WORKER">
              {JOB_CATEGORIES.map((j) => (
                <option key={j} value={j}>
                  {t(`job.${j}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="title">{t("jobOrders.titleField")}</label>
            <input id="title" name="title" {...aria("title")} />
            {err("title")}
          </div>
          <div className="field">
            <label htmlFor="positions">{t("jobs.positions")}</label>
            <input id="positions" name="positions" inputMode="numeric" {...aria("positions")} />
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
            <input id="validUntil" name="validUntil" type="date" {...aria("validUntil")} />
            {err("validUntil")}
          </div>
          <button type="submit">{t("jobOrders.submit")}</button>
        </Form>
      )}
    </section>
  );
}
