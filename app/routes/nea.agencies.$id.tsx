import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { getAgencyForSanction } from "~/domain/agencies/sanctions.server";
import { openProposalFor, propose } from "~/domain/decisions/decisions.server";
import { SanctionSchema } from "~/domain/agencies/licensing.schema";
import { AGENCY_FLOW } from "~/domain/agencies/licensing.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { redirectWithFlash } from "~/ui/flash.server";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { requestContext } from "~/utils/request.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { titled } from "~/ui/page-title";

export const handle = titled((d, t) => d && t("sanction.title", { name: d.agency.name }));

// NEA officials propose suspending, reinstating or revoking one agency, with reasons, notice and
// hearing dates; a supervisor who did not propose it confirms it under Decisions waiting.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  const agency = await getAgencyForSanction(user, params.id ?? "");
  const possible = (["suspend", "reinstate", "revoke"] as const).filter(
    (a) => AGENCY_FLOW[agency.status][a],
  );
  const pending = await openProposalFor(agency.id);
  return { agency, possible, pending: !!pending, submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: SanctionSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await propose(
      user,
      { kind: "AGENCY_SANCTION", subjectId: params.id ?? "", input: submission.value },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
}

export default function Sanction() {
  const t = useT();
  const locale = useLocale();
  const { agency: a, possible, pending, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorText = useErrorText();
  const e = (f: string) => errorText(errorsOf(result, f)).join(" ") || null;
  const field = (name: string, label: string, type: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={valueOf(result, name)}
        aria-invalid={e(name) ? true : undefined}
        aria-describedby={e(name) ? `${name}-error` : undefined}
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
      <h1>
        {t("sanction.title", { name: a.name })} <AgencyStatusBadge status={a.status} />
      </h1>
      <p>
        {a.licenceNo} · {t("agency.validUntil")}: {formatDate(a.validUntil, locale)} ·{" "}
        <Link to={`/agencies/${a.id}`}>{t("verifyCode.openAgency")}</Link>
      </p>
      {pending ? (
        <p className="alert alert-info">
          {t("decisions.pending")} <Link to="/nea/decisions">{t("decisions.open")}</Link>
        </p>
      ) : null}
      {possible.length && !pending ? (
        <Form method="post">
          <ErrorSummary errors={allErrorsOf(result)} result={result} />
          <SubmissionKey value={submissionKey} />
          <fieldset id="intent" tabIndex={-1}>
            <legend>{t("sanction.intent")}</legend>
            {possible.map((p) => (
              <label key={p} className="choice">
                <input
                  type="radio"
                  name="intent"
                  value={p}
                  defaultChecked={(valueOf(result, "intent") ?? possible[0]) === p}
                />{" "}
                {t(`sanction.${p}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="reason">{t("sanction.reason")}</label>
            <textarea
              id="reason"
              name="reason"
              rows={4}
              defaultValue={valueOf(result, "reason")}
              aria-invalid={e("reason") ? true : undefined}
              aria-describedby={e("reason") ? "reason-error" : undefined}
            />
            {e("reason") ? (
              <p id="reason-error" className="field-error" role="alert">
                {e("reason")}
              </p>
            ) : null}
          </div>
          {field("noticeDate", t("sanction.noticeDate"), "date")}
          {field("hearingDate", t("sanction.hearingDate"), "date")}
          <p className="hint">{t("sanction.confirm")}</p>
          <button type="submit" className="danger">
            {t("sanction.submit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
