import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { can } from "~/auth/permissions";
import { requirePermission } from "~/auth/require.server";
import { findCertificateByCode } from "~/domain/training/certificates.server";
import { openProposalFor, propose } from "~/domain/decisions/decisions.server";
import { useLocale, useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { formatVerificationCode } from "~/domain/verify/code";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";

export const handle = titled("training.cert.neaTitle");

// NEA: look up a training certificate by its code; an official proposes revoking one with a reason,
// and a supervisor who did not propose it confirms it under Decisions waiting.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const code = (new URL(request.url).searchParams.get("code") ?? "").slice(0, 20);
  const certificate = code
    ? await findCertificateByCode(user, code, requestContext(request))
    : null;
  return {
    code,
    certificate,
    pending: certificate ? !!(await openProposalFor(certificate.id)) : false,
    canRevoke: can(user, "contract:review"),
    submissionKey: newSubmissionKey(),
  };
}

const Revoke = z.object({
  id: z.uuid(),
  reason: z.string().trim().min(5, "training.error.reason").max(1000, "error.tooLong"),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: Revoke });
  if (submission.status !== "success") return rejected(submission);
  const parsed = { data: submission.value };
  try {
    await propose(
      user,
      {
        kind: "CERTIFICATE_REVOCATION",
        subjectId: parsed.data.id,
        input: { reason: parsed.data.reason },
      },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    // Someone revoked it first, or a revocation is already waiting: said in the reader's language.
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
}

export default function Certificates() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const {
    code,
    certificate: c,
    canRevoke,
    pending,
    submissionKey,
  } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  return (
    <section className="page">
      <h1>{t("training.cert.neaTitle")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="code">{t("verifyCode.code")}</label>
          <input id="code" name="code" inputMode="numeric" defaultValue={code} />
        </div>
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {code && !c ? <p>{t("training.cert.notFound")}</p> : null}
      {c ? (
        <div className="card">
          <h2>
            {formatVerificationCode(c.code)} — {t(`verifyCode.status.${c.status}`)}
          </h2>
          <dl className="facts">
            <div>
              <dt>{t("contracts.worker")}</dt>
              <dd>
                {c.worker.firstName} {c.worker.lastName}
              </dd>
            </div>
            <div>
              <dt>{t("precheck.country")}</dt>
              <dd>{country(c.countryCode)}</dd>
            </div>
            <div>
              <dt>{t("training.cert.issued")}</dt>
              <dd>{formatDate(c.issuedAt, locale)}</dd>
            </div>
            <div>
              <dt>{t("agency.validUntil")}</dt>
              <dd>{formatDate(c.expiresAt, locale)}</dd>
            </div>
            {c.revokeReason ? (
              <div>
                <dt>{t("training.cert.revokeReason")}</dt>
                <dd>{c.revokeReason}</dd>
              </div>
            ) : null}
          </dl>
          {pending ? (
            <p className="alert alert-info">
              {t("decisions.pending")} <Link to="/nea/decisions">{t("decisions.open")}</Link>
            </p>
          ) : null}
          {canRevoke && c.status !== "REVOKED" && !pending ? (
            <Form method="post">
              <ErrorSummary errors={allErrorsOf(r)} result={r} />
              <SubmissionKey value={submissionKey} />
              <input type="hidden" name="id" value={c.id} />
              <TextAreaField
                id="reason"
                label={t("training.cert.revokeReason")}
                errors={errorsOf(r, "reason")}
                required
                textareaProps={{
                  name: "reason",
                  rows: 3,
                  required: true,
                  minLength: 5,
                  defaultValue: valueOf(r, "reason"),
                }}
              />
              <button type="submit" className="danger">
                {t("training.cert.revoke")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
