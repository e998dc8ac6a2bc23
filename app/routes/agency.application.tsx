import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { MAX_DIRECTORS, parseDraft } from "~/domain/agencies/application-form";
import { listCounties, listDestinationCountries } from "~/domain/agencies/agencies.server";
import {
  addApplicationDocument,
  getOpenApplication,
  removeApplicationDocument,
  saveApplicationDraft,
  submitApplication,
  withdrawApplication,
} from "~/domain/agencies/licensing.server";
import { DocumentKindSchema, type DraftDetails } from "~/domain/agencies/licensing.schema";
import { DOCUMENT_KINDS, EDITABLE_APPLICATION } from "~/domain/agencies/licensing.workflow";
import { documentEmpty, documentTooLarge, MAX_DOCUMENT_BYTES } from "~/storage/documents.server";
import { useLocale, useT } from "~/i18n/use-t";
import { type MessageKey } from "~/i18n/messages";
import { ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { rejectedIssues, replyError, replyProblems } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { DomainError } from "~/domain/errors";

export const handle = titled("application.title");

// Agency admins: their own agency's open application (edit, upload, submit, withdraw).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "licence:apply");
  const [application, counties, countries] = await Promise.all([
    getOpenApplication(user),
    listCounties(),
    listDestinationCountries(),
  ]);
  return { application, counties, countries, submissionKey: newSubmissionKey() };
}

const none = { values: undefined as unknown };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "licence:apply");
  const ctx = requestContext(request);
  const open = await getOpenApplication(user);
  if (!open) throw new Response("No open application", { status: 409 });

  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await unstable_parseMultipartFormData(
        request,
        unstable_createMemoryUploadHandler({ maxPartSize: MAX_DOCUMENT_BYTES }),
      );
    } catch (e) {
      if (e instanceof MaxPartSizeExceededError)
        return replyError(request, documentTooLarge(), new FormData(), none);
      throw e;
    }
    try {
      const kind = DocumentKindSchema.safeParse(form.get("kind"));
      const file = form.get("file");
      if (!kind.success) throw new DomainError("licence.error.documentKind", { field: "kind" });
      if (!(file instanceof Blob) || file.size === 0) throw documentEmpty();
      await addApplicationDocument(
        user,
        open.id,
        {
          kind: kind.data,
          fileName: (file as File).name ?? "document",
          bytes: new Uint8Array(await file.arrayBuffer()),
        },
        ctx,
      );
    } catch (e) {
      form.delete("file");
      return replyError(request, e, form, none);
    }
    return redirectWithFlash("/agency/application", { key: "application.uploaded" });
  }

  const form = await readForm(request);
  const intent = form.get("intent");
  try {
    if (intent === "removeDocument") {
      await removeApplicationDocument(user, open.id, String(form.get("documentId") ?? ""), ctx);
      return redirectWithFlash("/agency/application", { key: "application.removed" });
    }
    if (intent === "withdraw") {
      await withdrawApplication(user, open.id, ctx);
      return redirectWithFlash("/agency", { key: "application.withdrawn" });
    }
  } catch (e) {
    return replyError(request, e, form, none);
  }
  if (intent !== "save" && intent !== "submit")
    throw new Response("Unknown intent", { status: 400 });
  let problems: Awaited<ReturnType<typeof submitApplication>> = [];
  try {
    if (EDITABLE_APPLICATION.includes(open.status)) {
      const draft = parseDraft(form);
      if (!draft.ok) return rejectedIssues(form, draft.issues, { values: draft.value });
      await saveApplicationDraft(user, open.id, draft.value, ctx);
    }
    if (intent === "save")
      return redirectWithFlash("/agency/application", { key: "application.saved" });
    problems = await submitApplication(user, open.id, ctx, submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, form, none);
  }
  if (problems.length)
    return replyProblems(
      request,
      form,
      // A missing document is named by its kind, in the reader's language.
      problems.map((p) => (p.vars?.kind ? { ...p, vars: { kind: `doc.${p.vars.kind}` } } : p)),
      none,
    );
  return redirectWithFlash("/agency", {
    key: "application.confirm.next",
    confirmation: { title: "application.confirm.title" },
  });
}

export default function Application() {
  const t = useT();
  const locale = useLocale();
  const { application: app, counties, countries, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorText = useErrorText();
  if (!app)
    return (
      <section className="page">
        <h1>{t("application.title")}</h1>
        <p>{t("application.none")}</p>
      </section>
    );
  const errors = allErrorsOf(result);
  const d = (result?.values as DraftDetails | undefined) ?? (app.details as DraftDetails) ?? {};
  const editable = (EDITABLE_APPLICATION as readonly string[]).includes(app.status);
  const err = (field: string) => (errors[field] ? errorText(errors[field]) : undefined);
  const input = (
    name: string,
    label: string,
    value: string | number | undefined,
    opts: { type?: string; hint?: string; required?: boolean; autoComplete?: string } = {},
  ) => {
    const e = err(name);
    const hintId = opts.hint ? `${name}-hint` : null;
    return (
      <div className="field">
        <label htmlFor={name}>
          {label}
          {opts.required ? <span className="muted"> {t("field.required")}</span> : null}
        </label>
        {opts.hint ? (
          <p id={hintId!} className="hint">
            {opts.hint}
          </p>
        ) : null}
        <input
          id={name}
          name={name}
          type={opts.type ?? "text"}
          defaultValue={value ?? ""}
          disabled={!editable}
          autoComplete={opts.autoComplete}
          aria-invalid={e?.length ? true : undefined}
          aria-describedby={
            [hintId, e?.length ? `${name}-error` : null].filter(Boolean).join(" ") || undefined
          }
        />
        {e?.length ? (
          <p id={`${name}-error`} className="field-error" role="alert">
            {e.join(" ")}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <section className="page">
      <h1>
        {t("application.title")}: {t(`appKind.${app.kind}`)} — {t(`appStatus.${app.status}`)}
      </h1>
      {app.status === "CHANGES_REQUESTED" && app.recommendation ? (
        <div className="alert alert-warn" role="status">
          <p>{t("application.changesRequested")}</p>
          <p className="prewrap">{app.recommendation}</p>
        </div>
      ) : null}
      {!editable ? (
        <p className="alert alert-success" role="status">
          {t("application.readonly")}
        </p>
      ) : null}
      <ErrorSummary errors={errors} result={result} />

      <Form method="post" id="application-form">
        <SubmissionKey value={submissionKey} />
        <fieldset>
          <legend>{t("application.company")}</legend>
          {input("name", t("application.companyName"), d.name, { required: true })}
          {input("companyRegNo", t("application.companyRegNo"), d.companyRegNo, { required: true })}
          {input("kraPin", t("application.kraPin"), d.kraPin, {
            required: true,
            hint: t("application.kraPin.hint"),
          })}
          <div className="field">
            <label htmlFor="countyCode">{t("search.county")}</label>
            <select
              id="countyCode"
              name="countyCode"
              defaultValue={d.countyCode ?? ""}
              disabled={!editable}
              aria-invalid={err("countyCode")?.length ? true : undefined}
              aria-describedby={err("countyCode")?.length ? "countyCode-error" : undefined}
            >
              <option value="">—</option>
              {counties.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
            {err("countyCode")?.length ? (
              <p id="countyCode-error" className="field-error" role="alert">
                {err("countyCode")!.join(" ")}
              </p>
            ) : null}
          </div>
          {input("town", t("application.town"), d.town, { required: true })}
          {input("address", t("application.address"), d.address, { required: true })}
          {input("phone", t("field.phone"), d.phone, { type: "tel", required: true })}
          {input("email", t("field.email"), d.email, { type: "email", required: true })}
          {input("website", t("application.website"), d.website)}
        </fieldset>
        <fieldset
          id="countries"
          aria-describedby={err("countries")?.length ? "countries-error" : undefined}
        >
          <legend>{t("application.countries")}</legend>
          {countries.map((c) => (
            <label key={c.code} className="choice">
              <input
                type="checkbox"
                name="countries"
                value={c.code}
                defaultChecked={d.countries?.includes(c.code)}
                disabled={!editable}
              />{" "}
              {locale === "sw" ? c.nameSw : c.nameEn}
            </label>
          ))}
          {err("countries")?.length ? (
            <p id="countries-error" className="field-error" role="alert">
              {err("countries")!.join(" ")}
            </p>
          ) : null}
        </fieldset>
        <fieldset id="directors">
          <legend>{t("application.directors")}</legend>
          <p className="hint">{t("application.directors.hint")}</p>
          {err("directors")?.length ? (
            <p className="field-error" role="alert">
              {err("directors")!.join(" ")}
            </p>
          ) : null}
          {Array.from({ length: MAX_DIRECTORS }, (_, i) => (
            <div key={i} className="director-row">
              <p className="muted">{t("application.director", { n: i + 1 })}</p>
              {input(`directors.${i}.name`, t("field.name"), d.directors?.[i]?.name)}
              {input(
                `directors.${i}.nationalId`,
                t("application.nationalId"),
                d.directors?.[i]?.nationalId,
              )}
              {input(`directors.${i}.phone`, t("field.phone"), d.directors?.[i]?.phone, {
                type: "tel",
              })}
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("application.bond")}</legend>
          {input("bondReference", t("application.bondReference"), d.bondReference, {
            required: true,
          })}
          {input("bondAmountKes", t("application.bondAmount"), d.bondAmountKes, {
            required: true,
            hint: t("application.bondAmount.hint"),
            type: "text",
          })}
          {input("bondIssuer", t("application.bondIssuer"), d.bondIssuer, { required: true })}
          <div className="field">
            <label htmlFor="termMonths">{t("application.term")}</label>
            <select
              id="termMonths"
              name="termMonths"
              defaultValue={String(d.termMonths ?? 12)}
              disabled={!editable}
            >
              <option value="12">{t("application.term.12")}</option>
              {app.kind === "RENEWAL" ? (
                <option value="24">{t("application.term.24")}</option>
              ) : null}
            </select>
          </div>
        </fieldset>
        {editable ? (
          <p className="actions">
            <button type="submit" name="intent" value="save" className="secondary">
              {t("application.save")}
            </button>{" "}
            <button type="submit" name="intent" value="submit">
              {t("application.submit")}
            </button>
          </p>
        ) : null}
      </Form>

      <h2 id="documents">{t("application.documents")}</h2>
      <p className="hint">{t("application.documents.hint")}</p>
      {app.documents.length ? (
        <ul>
          {app.documents.map((doc) => (
            <li key={doc.id}>
              {t(`doc.${doc.kind}` as MessageKey)}:{" "}
              <a href={`/applications/${app.id}/documents/${doc.id}`}>{doc.fileName}</a> (
              {Math.ceil(doc.sizeBytes / 1024)} KB)
              {editable ? (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="removeDocument" />
                  <input type="hidden" name="documentId" value={doc.id} />{" "}
                  <button type="submit" className="link-button">
                    {t("application.remove")}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("application.documents.none")}</p>
      )}
      {editable ? (
        <Form method="post" encType="multipart/form-data" className="filters">
          <div className="field">
            <label htmlFor="kind">{t("application.documentKind")}</label>
            <select
              id="kind"
              name="kind"
              aria-invalid={err("kind")?.length ? true : undefined}
              aria-describedby={err("kind")?.length ? "kind-error" : undefined}
            >
              {DOCUMENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`doc.${k}`)}
                </option>
              ))}
            </select>
            {err("kind")?.length ? (
              <p id="kind-error" className="field-error" role="alert">
                {err("kind")!.join(" ")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="file">{t("application.file")}</label>
            <input
              id="file"
              name="file"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              aria-invalid={err("file")?.length ? true : undefined}
              aria-describedby={err("file")?.length ? "file-error" : undefined}
            />
            {err("file")?.length ? (
              <p id="file-error" className="field-error" role="alert">
                {err("file")!.join(" ")}
              </p>
            ) : null}
          </div>
          <button type="submit">{t("application.upload")}</button>
        </Form>
      ) : null}

      {app.status !== "WITHDRAWN" ? (
        <Form method="post" className="danger-zone">
          <input type="hidden" name="intent" value="withdraw" />
          <details>
            <summary>{t("application.withdraw")}</summary>
            <p>{t("application.withdraw.confirm")}</p>
            <button type="submit" className="danger">
              {t("application.withdraw")}
            </button>
          </details>
        </Form>
      ) : null}
    </section>
  );
}
