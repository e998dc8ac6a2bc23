import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { NewContractSchema } from "~/domain/contracts/contracts.schema";
import {
  listOwnContracts,
  listVerifiedJobOrdersForContracts,
} from "~/domain/contracts/contracts.server";
import { startContract } from "~/domain/contracts/contract-drafts.server";
import { useT } from "~/i18n/use-t";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";

export const handle = titled("contracts.title");

// Agency staff: their agency's contracts, and a new draft for a worker under a verified job order.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const [contracts, jobOrders] = await Promise.all([
    listOwnContracts(user),
    listVerifiedJobOrdersForContracts(user),
  ]);
  return { contracts, jobOrders, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contract:draft");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: NewContractSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const id = await startContract(
      user,
      submission.value,
      requestContext(request),
      submissionKeyOf(form),
    );
    return redirect(`/agency/contracts/${id}`);
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function AgencyContracts() {
  const t = useT();
  const country = useCountryName();
  const { contracts, jobOrders, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const errorText = useErrorText();
  const e = (k: string) => errorText(errorsOf(r, k)).join(" ") || null;
  const field = (name: string, label: string, type = "text", hint?: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint ? (
        <p id={`${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={valueOf(r, name)}
        aria-invalid={e(name) ? true : undefined}
        aria-describedby={
          [hint ? `${name}-hint` : "", e(name) ? `${name}-error` : ""].join(" ").trim() || undefined
        }
      />
      {e(name) ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {e(name)}
        </p>
      ) : null}
    </div>
  );
  return (
    <section className="page">
      <h1>{t("contracts.title")}</h1>
      {contracts.length ? (
        <ul>
          {contracts.map((c) => (
            <li key={c.id}>
              <Link to={`/agency/contracts/${c.id}`}>{c.reference}</Link> — {c.worker.firstName}{" "}
              {c.worker.lastName}, {c.jobOrder.title} ({country(c.countryCode)}) —{" "}
              {t(`contracts.status.${c.status}`)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("contracts.none")}</p>
      )}
      <h2>{t("contracts.new")}</h2>
      {jobOrders.length === 0 ? (
        <p>
          <Link to="/agency/job-orders">{t("contracts.noJobOrders")}</Link>
        </p>
      ) : (
        <Form method="post">
          <ErrorSummary errors={allErrorsOf(r)} result={r} />
          <SubmissionKey value={submissionKey} />
          <div className="field">
            <label htmlFor="jobOrderId">{t("contracts.jobOrder")}</label>
            <select
              id="jobOrderId"
              name="jobOrderId"
              defaultValue={valueOf(r, "jobOrderId")}
              aria-invalid={e("jobOrderId") ? true : undefined}
              aria-describedby={e("jobOrderId") ? "jobOrderId-error" : undefined}
            >
              {jobOrders.map((j) => (
                <option key={j.id} value={j.id}>
                  {j.title} ({country(j.countryCode)}) — {j.positions - j.positionsFilled}/
                  {j.positions}
                </option>
              ))}
            </select>
            {e("jobOrderId") ? (
              <p id="jobOrderId-error" className="field-error" role="alert">
                {e("jobOrderId")}
              </p>
            ) : null}
          </div>
          <fieldset>
            <legend>{t("contracts.worker")}</legend>
            {field("firstName", t("contracts.firstName"))}
            {field("lastName", t("contracts.lastName"))}
            {field("nationalId", t("application.nationalId"))}
            {field("dateOfBirth", t("precheck.dateOfBirth"), "text", t("date.hint"))}
            {field("phone", t("contracts.workerPhone"), "tel", t("contracts.workerPhoneHint"))}
          </fieldset>
          <button type="submit">{t("contracts.start")}</button>
        </Form>
      )}
    </section>
  );
}
