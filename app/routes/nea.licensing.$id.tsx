import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import type { LinkedAgency } from "~/domain/agencies/agencies.server";
import { actOnApplication, applicationPageFor } from "~/domain/agencies/licence-review.server";
import { ReviewSchema, type DraftDetails } from "~/domain/agencies/licensing.schema";
import { CHECKLIST, type ApplicationAction } from "~/domain/agencies/licensing.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { formatDateTime } from "~/ui/format";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { titled } from "~/ui/page-title";
import { rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";

export const handle = titled(
  (d, t) =>
    d && `${d.application.agency.name}: ${t(`appKind.${d.application.kind}` as MessageKey)}`,
);

// NEA officers review; supervisors decide. The workflow table says which step needs which permission.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  return {
    ...(await applicationPageFor(user, params.id ?? "")),
    submissionKey: newSubmissionKey(),
  };
}

function formToObject(form: FormData) {
  return {
    intent: form.get("intent"),
    note: form.get("note") ?? undefined,
    checklist: form.getAll("checklist"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  const form = await readForm(request);
  const parsed = ReviewSchema.safeParse(formToObject(form));
  if (!parsed.success) return rejectedIssues(form, parsed.error.issues);
  try {
    await actOnApplication(user, params.id ?? "", parsed.data, {
      ctx: requestContext(request),
      appUrl: appUrl(),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash(`/nea/licensing/${params.id}`, { key: "licensing.done" });
  } catch (e) {
    return replyError(request, e, form);
  }
}

const NEEDS_NOTE: readonly ApplicationAction[] = [
  "requestChanges",
  "recommendGrant",
  "recommendRefusal",
  "grant",
  "refuse",
  "returnToReview",
];

export default function ApplicationReview() {
  const t = useT();
  const locale = useLocale();
  const {
    application: app,
    allowed,
    heldByFourEyes,
    submissionKey,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const d = (app.details ?? {}) as DraftDetails;
  const flags = (Array.isArray(app.flags) ? app.flags : []) as unknown as LinkedAgency[];
  const ticked = new Set(Array.isArray(app.checklist) ? (app.checklist as string[]) : []);
  const reviewing = app.status === "UNDER_REVIEW";
  return (
    <section className="page">
      <p>
        <Link to="/nea/licensing">{t("licensing.queue")}</Link>
      </p>
      <h1>
        {app.agency.name}: {t(`appKind.${app.kind}`)} — {t(`appStatus.${app.status}`)}
      </h1>
      {flags.length ? (
        <div className="alert alert-error" role="alert">
          <h2>{t("licensing.flags.title")}</h2>
          <p>{t("licensing.flags.body")}</p>
          <ul>
            {flags.map((f) => (
              <li key={f.id}>
                <Link to={`/agencies/${f.id}`}>{f.name}</Link> ({t(`status.${f.status}`)}):{" "}
                {f.reasons.map((r) => t(`agency.linked.${r}`)).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {app.agency.licenceNo ? (
        <p>
          <Link to={`/nea/agencies/${app.agency.id}`}>{t("sanction.link")}</Link>
        </p>
      ) : null}
      <h2>{t("licensing.details")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("application.companyName")}</dt>
          <dd>{d.name ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("application.companyRegNo")}</dt>
          <dd>{d.companyRegNo ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("application.kraPin")}</dt>
          <dd>{d.kraPin ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("application.address")}</dt>
          <dd>{[d.address, d.town].filter(Boolean).join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("agency.contacts")}</dt>
          <dd>{[d.phone, d.email].filter(Boolean).join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("application.countries")}</dt>
          <dd>{d.countries?.join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("application.bond")}</dt>
          <dd>
            {d.bondReference} · KES {d.bondAmountKes?.toLocaleString("en-KE")} · {d.bondIssuer}
          </dd>
        </div>
        <div>
          <dt>{t("application.term")}</dt>
          <dd>{d.termMonths === 24 ? t("application.term.24") : t("application.term.12")}</dd>
        </div>
        <div>
          <dt>{t("licensing.submitted")}</dt>
          <dd>{formatDateTime(app.submittedAt, locale)}</dd>
        </div>
      </dl>
      <h3>{t("application.directors")}</h3>
      <ul>
        {(d.directors ?? []).map((x, i) => (
          <li key={i}>
            {x.name} — ID {x.nationalId} — {x.phone}
          </li>
        ))}
      </ul>
      <h3>{t("application.documents")}</h3>
      {app.documents.length ? (
        <ul>
          {app.documents.map((doc) => (
            <li key={doc.id}>
              {t(`doc.${doc.kind}` as MessageKey)}:{" "}
              <a href={`/applications/${app.id}/documents/${doc.id}`}>{doc.fileName}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("application.documents.none")}</p>
      )}
      {app.recommendation ? (
        <>
          <h3>{t("licensing.recommendation")}</h3>
          <p className="prewrap">{app.recommendation}</p>
        </>
      ) : null}

      {allowed.length ? (
        <Form method="post" className="review-form">
          <ErrorSummary errors={allErrorsOf(result)} result={result} />
          <SubmissionKey value={submissionKey} />
          {reviewing ? (
            <fieldset id="checklist" tabIndex={-1}>
              <legend>{t("licensing.checklist")}</legend>
              {CHECKLIST.map((c) => (
                <label key={c} className="choice">
                  <input
                    type="checkbox"
                    name="checklist"
                    value={c}
                    defaultChecked={ticked.has(c)}
                  />{" "}
                  {t(`check.${c}`)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {allowed.some((a) => NEEDS_NOTE.includes(a)) ? (
            <TextAreaField
              id="note"
              label={t("licensing.note")}
              hint={t("licensing.note.hint")}
              errors={errorsOf(result, "note")}
              textareaProps={{ name: "note", rows: 4, defaultValue: valueOf(result, "note") }}
            />
          ) : null}
          {heldByFourEyes ? (
            <p className="alert alert-warn">{t("licence.error.fourEyes")}</p>
          ) : null}
          <p className="actions">
            {allowed.map((a) => (
              <button
                key={a}
                type="submit"
                name="intent"
                value={a}
                className={
                  a === "refuse" || a === "recommendRefusal"
                    ? "danger"
                    : a === "grant" || a === "recommendGrant" || a === "startReview"
                      ? ""
                      : "secondary"
                }
              >
                {t(`licensing.action.${a}` as MessageKey)}
              </button>
            ))}
          </p>
        </Form>
      ) : null}
    </section>
  );
}
