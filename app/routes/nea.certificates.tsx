import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { can } from "~/auth/permissions";
import { requirePermission } from "~/auth/require.server";
import { findCertificateByCode } from "~/domain/training/certificates.server";
import { DecisionError, openProposalFor, propose } from "~/domain/decisions/decisions.server";
import { useLocale, useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { formatVerificationCode } from "~/domain/verify/code";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { SubmissionKey } from "~/ui/form";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";

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
  const parsed = Revoke.safeParse(Object.fromEntries(form));
  if (!parsed.success) return data({ error: "training.error.reason" as const }, { status: 400 });
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
    // Someone revoked it first, or a revocation is already waiting: say so in the reader's language.
    if (e instanceof Response && e.status === 409)
      return data({ error: "training.cert.alreadyRevoked" as const }, { status: 409 });
    if (e instanceof DecisionError)
      return data({ error: "decisions.error.alreadyPending" as const }, { status: 409 });
    throw e;
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
              <SubmissionKey value={submissionKey} />
              <input type="hidden" name="id" value={c.id} />
              <div className="field">
                <label htmlFor="reason">{t("training.cert.revokeReason")}</label>
                <textarea
                  id="reason"
                  name="reason"
                  rows={3}
                  required
                  minLength={5}
                  aria-invalid={r?.error === "training.error.reason" ? true : undefined}
                  aria-describedby={r?.error ? "reason-error" : undefined}
                />
                {r?.error ? (
                  <p id="reason-error" className="field-error" role="alert">
                    {t(r.error)}
                  </p>
                ) : null}
              </div>
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
