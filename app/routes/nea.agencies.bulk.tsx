import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { parseLicenceList, previewBulkSanction } from "~/domain/agencies/sanctions.server";
import { propose } from "~/domain/decisions/decisions.server";
import { BulkSanctionSchema } from "~/domain/agencies/licensing.schema";
import { useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { titled } from "~/ui/page-title";
import { DomainError } from "~/domain/errors";
import { rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf } from "~/utils/form-reply";

export const handle = titled("bulk.title");

// NEA officials: one decision suspending or revoking many agencies (preview, then propose); a
// supervisor who did not propose it confirms it under Decisions waiting.
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "licence:review");
  return { submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  const form = await readForm(request);
  const raw = Object.fromEntries(form);
  const parsed = BulkSanctionSchema.safeParse(raw);
  const values = {
    action: String(raw.action ?? "revoke"),
    licenceNos: String(raw.licenceNos ?? ""),
    reason: String(raw.reason ?? ""),
    noticeDate: String(raw.noticeDate ?? ""),
    hearingDate: String(raw.hearingDate ?? ""),
  };
  const extra = { values, preview: null };
  if (!parsed.success) return rejectedIssues(form, parsed.error.issues, extra);
  const v = parsed.data;
  if (v.action === "revoke" && (!v.noticeDate || !v.hearingDate)) {
    const field = v.noticeDate ? "hearingDate" : "noticeDate";
    return replyError(request, new DomainError("licence.error.hearing", { field }), form, extra);
  }
  const licenceNos = parseLicenceList(v.licenceNos);
  if (v.intent === "preview") {
    const preview = await previewBulkSanction(user, { action: v.action, licenceNos });
    return { values, preview };
  }
  try {
    await propose(
      user,
      {
        kind: "BULK_SANCTION",
        subjectId: null,
        input: {
          action: v.action,
          licenceNos,
          reason: v.reason,
          noticeDate: v.noticeDate,
          hearingDate: v.hearingDate,
        },
      },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
    return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
  } catch (e) {
    return replyError(request, e, form, extra);
  }
}

export default function Bulk() {
  const t = useT();
  const result = useActionData<typeof action>();
  const { submissionKey } = useLoaderData<typeof loader>();
  const values = result?.values;
  const preview = result?.preview;
  const reply = result && "initialValue" in result ? result : undefined;
  const errorText = useErrorText();
  const e = (f: string) => errorText(errorsOf(reply, f)).join(" ") || null;
  const err = (name: string) =>
    e(name) ? (
      <p id={`${name}-error`} className="field-error" role="alert">
        {e(name)}
      </p>
    ) : null;
  const aria = (name: string) => ({
    "aria-invalid": e(name) ? true : undefined,
    "aria-describedby": e(name) ? `${name}-error` : undefined,
  });
  return (
    <section className="page">
      <h1>{t("bulk.title")}</h1>
      <p>{t("bulk.intro")}</p>
      <Form method="post">
        <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
        <SubmissionKey value={submissionKey} />
        <fieldset>
          <legend>{t("sanction.intent")}</legend>
          <label className="choice">
            <input
              type="radio"
              name="action"
              value="suspend"
              defaultChecked={values?.action === "suspend"}
            />{" "}
            {t("sanction.suspend")}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="action"
              value="revoke"
              defaultChecked={values?.action !== "suspend"}
            />{" "}
            {t("sanction.revoke")}
          </label>
        </fieldset>
        <div className="field">
          <label htmlFor="licenceNos">{t("bulk.licenceNos")}</label>
          <p className="hint">{t("bulk.licenceNos.hint")}</p>
          <textarea
            id="licenceNos"
            name="licenceNos"
            rows={8}
            defaultValue={values?.licenceNos}
            {...aria("licenceNos")}
          />
          {err("licenceNos")}
        </div>
        <div className="field">
          <label htmlFor="reason">{t("sanction.reason")}</label>
          <textarea
            id="reason"
            name="reason"
            rows={3}
            defaultValue={values?.reason}
            {...aria("reason")}
          />
          {err("reason")}
        </div>
        <div className="field">
          <label htmlFor="noticeDate">{t("sanction.noticeDate")}</label>
          <input
            id="noticeDate"
            name="noticeDate"
            type="date"
            defaultValue={values?.noticeDate}
            {...aria("noticeDate")}
          />
          {err("noticeDate")}
        </div>
        <div className="field">
          <label htmlFor="hearingDate">{t("sanction.hearingDate")}</label>
          <input
            id="hearingDate"
            name="hearingDate"
            type="date"
            defaultValue={values?.hearingDate}
            {...aria("hearingDate")}
          />
          {err("hearingDate")}
        </div>
        {preview ? (
          <section aria-labelledby="preview-title" className="card">
            <h2 id="preview-title">{t("bulk.applicable", { count: preview.applicable.length })}</h2>
            <ul>
              {preview.applicable.map((a) => (
                <li key={a.id}>
                  {a.licenceNo} — {a.name} <AgencyStatusBadge status={a.status} />
                </li>
              ))}
            </ul>
            {preview.notApplicable.length ? (
              <>
                <h3>{t("bulk.notApplicable", { count: preview.notApplicable.length })}</h3>
                <ul>
                  {preview.notApplicable.map((a) => (
                    <li key={a.id}>
                      {a.licenceNo} — {a.name} <AgencyStatusBadge status={a.status} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {preview.unknown.length ? (
              <>
                <h3>{t("bulk.unknown", { count: preview.unknown.length })}</h3>
                <p>{preview.unknown.join(", ")}</p>
              </>
            ) : null}
            {preview.applicable.length ? (
              <>
                <p className="hint">{t("sanction.confirm")}</p>
                <button type="submit" name="intent" value="confirm" className="danger">
                  {t("bulk.confirm", { count: preview.applicable.length })}
                </button>
              </>
            ) : null}
          </section>
        ) : null}
        <p>
          <button type="submit" name="intent" value="preview" className="secondary">
            {t("bulk.preview")}
          </button>
        </p>
      </Form>
    </section>
  );
}
