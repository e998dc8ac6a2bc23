import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { JobOrderDecisionSchema } from "~/domain/joborders/joborders.schema";
import { decideJobOrder, getJobOrderReview } from "~/domain/joborders/joborders.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { formatDate } from "~/ui/format";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";

export const handle = titled(
  (d, t) => d && `${d.order.title} — ${t(`jobOrders.status.${d.order.status}` as MessageKey)}`,
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:verify");
  return { ...(await getJobOrderReview(user, params.id ?? "")), submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:verify");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: JobOrderDecisionSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await decideJobOrder(user, params.id ?? "", submission.value, {
      ctx: requestContext(request),
      appUrl: appUrl(),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash(`/nea/job-orders/${params.id}`, { key: "jobOrders.decided" });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function JobOrderReview() {
  const t = useT();
  const locale = useLocale();
  const { order: o, minimum, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <section className="page">
      <p>
        <Link to="/nea/job-orders">{t("jobOrders.queue")}</Link>
      </p>
      <h1>
        {o.title} — {t(`jobOrders.status.${o.status}`)}
      </h1>
      {o.employer.watchListed ? (
        <p className="alert alert-error" role="alert">
          {t("jobs.error.watchListed")} {o.employer.watchReason}
        </p>
      ) : null}
      {minimum !== null && o.offeredWage < minimum ? (
        <p className="alert alert-warn" role="status">
          {t("jobOrders.belowMinimum", {
            minimum: `${o.currency} ${minimum.toLocaleString("en-KE")}`,
          })}
        </p>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("jobs.agency")}</dt>
          <dd>
            <Link to={`/agencies/${o.agency.id}`}>{o.agency.name}</Link> (
            {t(`status.${o.agency.status}`)})
          </dd>
        </div>
        <div>
          <dt>{t("jobs.employer")}</dt>
          <dd>
            {o.employer.name} ({t(`employers.kind.${o.employer.kind}`)}), {o.employer.city},{" "}
            {locale === "sw" ? o.country.nameSw : o.country.nameEn}
            {o.employer.identifier ? ` · ${o.employer.identifier}` : ""}
          </dd>
        </div>
        <div>
          <dt>{t("precheck.jobCategory")}</dt>
          <dd>{t(`job.${o.jobCategory}`)}</dd>
        </div>
        <div>
          <dt>{t("jobs.positions")}</dt>
          <dd>{o.positions}</dd>
        </div>
        <div>
          <dt>{t("jobs.wage")}</dt>
          <dd>
            {o.currency} {o.offeredWage.toLocaleString("en-KE")}
          </dd>
        </div>
        <div>
          <dt>{t("jobOrders.validUntil")}</dt>
          <dd>{formatDate(o.validUntil, locale)}</dd>
        </div>
        {o.verificationCode ? (
          <div>
            <dt>{t("jobs.code")}</dt>
            <dd className="code">{formatVerificationCode(o.verificationCode)}</dd>
          </div>
        ) : null}
        {o.decisionReason ? (
          <div>
            <dt>{t("col.reason")}</dt>
            <dd>{o.decisionReason}</dd>
          </div>
        ) : null}
      </dl>
      {o.status === "SUBMITTED" ? (
        <Form method="post">
          <ErrorSummary errors={allErrorsOf(r)} result={r} />
          <SubmissionKey value={submissionKey} />
          <TextAreaField
            id="reason"
            label={t("jobOrders.reason")}
            errors={errorsOf(r, "reason")}
            textareaProps={{ name: "reason", rows: 3, defaultValue: valueOf(r, "reason") }}
          />
          <p className="actions">
            <button type="submit" name="intent" value="verify">
              {t("jobOrders.verify")}
            </button>{" "}
            <button type="submit" name="intent" value="reject" className="danger">
              {t("jobOrders.reject")}
            </button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}
