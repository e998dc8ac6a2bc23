import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  draftValuesOf,
  ModuleDraftSchema,
  readDraftForm,
  type DraftValues,
} from "~/domain/training/authoring.schema";
import {
  authorModule,
  discardDraft,
  saveDraft,
  startNewVersion,
} from "~/domain/training/authoring.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary, TextAreaField } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { DomainError } from "~/domain/errors";
import { rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";

export const handle = titled((d, t) =>
  d?.draft
    ? t("authoring.editing", { slug: d.slug, version: d.draft.version })
    : d?.published?.titleEn,
);

// Admins: edit a module's draft in both languages, add or remove lessons and questions, publish.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "training:author");
  return authorModule(user, params.slug ?? "");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training:author");
  const slug = params.slug ?? "";
  const ctx = requestContext(request);
  const form = await readForm(request);
  const intent = form.get("intent");
  const here = `/admin/training/${slug}`;
  const none = { values: null as DraftValues | null };
  try {
    if (intent === "new-version") {
      await startNewVersion(user, slug, ctx);
      return redirectWithFlash(here, { key: "authoring.versionStarted" });
    }
    if (intent === "discard") {
      if (form.get("confirm") !== "yes")
        throw new DomainError("authoring.error.confirm", { field: "confirm" });
      const remains = await discardDraft(user, slug, ctx);
      return redirectWithFlash(remains ? here : "/admin/training", { key: "authoring.discarded" });
    }
  } catch (e) {
    return replyError(request, e, form, none);
  }
  const raw = readDraftForm(form);
  const parsed = ModuleDraftSchema.safeParse(raw);
  if (!parsed.success)
    return rejectedIssues(form, parsed.error.issues, {
      values: draftValuesOf(raw) as DraftValues | null,
    });
  try {
    const r = await saveDraft(user, slug, parsed.data, ctx);
    const key = r.published
      ? "authoring.published"
      : parsed.data.intent === "save"
        ? "authoring.saved"
        : "authoring.savedAdded";
    return redirectWithFlash(r.published ? "/admin/training" : here, { key });
  } catch (e) {
    // Saved, but not publishable yet: the saved draft comes back with what is missing.
    return replyError(request, e, form, none);
  }
}

export default function EditModule() {
  const t = useT();
  const { slug, draft, published } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const errors = allErrorsOf(r);
  if (!draft) {
    return (
      <section className="page">
        <p>
          <Link to="/admin/training">{t("authoring.back")}</Link>
        </p>
        <h1>{published!.titleEn}</h1>
        <p>
          {t("authoring.publishedSummary", {
            version: published!.version,
            lessons: published!._count.lessons,
            questions: published!._count.questions,
          })}
        </p>
        <p>
          <Link to={`/training/${slug}`}>{t("authoring.viewPublished")}</Link>
        </p>
        <Form method="post">
          <button type="submit" name="intent" value="new-version">
            {t("authoring.newVersion")}
          </button>
        </Form>
      </section>
    );
  }
  const values: DraftValues = r?.values ?? draft.values;
  const missing = Object.keys(draft.problems).length;
  const id = (name: string) => name.replace(/[[\].]/g, "-");
  const input = (name: string, label: string, value: string, extra: object = {}, hint?: string) => (
    <Field
      id={id(name)}
      label={label}
      errors={errors[name]}
      hint={hint}
      inputProps={{ name, defaultValue: value, ...extra }}
    />
  );
  const area = (name: string, label: string, value: string, rows: number, hint?: string) => (
    <TextAreaField
      id={id(name)}
      label={label}
      errors={errors[name]}
      hint={hint}
      textareaProps={{ name, defaultValue: value, rows }}
    />
  );
  return (
    <section className="page">
      <p>
        <Link to="/admin/training">{t("authoring.back")}</Link>
      </p>
      <h1>{t("authoring.editing", { slug, version: draft.version })}</h1>
      <p>
        {published
          ? t("authoring.draftOf", { version: published.version })
          : t("authoring.neverPublished")}
      </p>
      <p className={missing ? "alert alert-info" : "alert alert-success"}>
        {missing ? t("authoring.missingCount", { n: missing }) : t("authoring.ready")}
      </p>
      <Form method="post" noValidate>
        {/* First in the form, so Enter in a field saves rather than adds a lesson. */}
        <p>
          <button type="submit" name="intent" value="save">
            {t("authoring.save")}
          </button>
        </p>
        <ErrorSummary errors={errors} result={r} />
        <fieldset>
          <legend>{t("authoring.moduleDetails")}</legend>
          {input("titleEn", t("authoring.titleEn"), values.titleEn, { maxLength: 200 })}
          {input("titleSw", t("authoring.titleSw"), values.titleSw, { maxLength: 200 })}
          {area("summaryEn", t("authoring.summaryEn"), values.summaryEn, 2)}
          {area("summarySw", t("authoring.summarySw"), values.summarySw, 2)}
          {input(
            "position",
            t("authoring.position"),
            values.position,
            { type: "number", min: 1, max: 999, inputMode: "numeric" },
            t("authoring.positionHint"),
          )}
          {input("passMark", t("authoring.passMark"), values.passMark, {
            type: "number",
            min: 50,
            max: 100,
            inputMode: "numeric",
          })}
        </fieldset>
        <h2>{t("training.lessons")}</h2>
        {values.lessons.length === 0 ? <p>{t("authoring.noLessons")}</p> : null}
        {values.lessons.map((l, i) => (
          <fieldset key={`l${i}`}>
            <legend>{t("authoring.lesson", { n: i + 1 })}</legend>
            {input(`lessons[${i}].titleEn`, t("authoring.titleEn"), l.titleEn, { maxLength: 200 })}
            {input(`lessons[${i}].titleSw`, t("authoring.titleSw"), l.titleSw, { maxLength: 200 })}
            {area(
              `lessons[${i}].bodyEn`,
              t("authoring.bodyEn"),
              l.bodyEn,
              10,
              t("authoring.markdownHint"),
            )}
            {area(
              `lessons[${i}].bodySw`,
              t("authoring.bodySw"),
              l.bodySw,
              10,
              t("authoring.markdownHint"),
            )}
            {!r?.values && draft.previews[i] ? (
              <details>
                <summary>{t("authoring.preview")}</summary>
                <div
                  className="prose"
                  dangerouslySetInnerHTML={{ __html: draft.previews[i]!.en }}
                />
                <hr />
                <div
                  className="prose"
                  lang="sw"
                  dangerouslySetInnerHTML={{ __html: draft.previews[i]!.sw }}
                />
              </details>
            ) : null}
            <div className="field">
              <label className="choice">
                <input type="checkbox" name={`lessons[${i}].remove`} />{" "}
                {t("authoring.removeLesson")}
              </label>
            </div>
          </fieldset>
        ))}
        <p>
          <button type="submit" name="intent" value="add-lesson" className="secondary">
            {t("authoring.addLesson")}
          </button>
        </p>
        <h2>{t("training.quiz")}</h2>
        {values.questions.length === 0 ? <p>{t("authoring.noQuestions")}</p> : null}
        {values.questions.map((q, i) => (
          <fieldset key={`q${i}`}>
            <legend>{t("authoring.question", { n: i + 1 })}</legend>
            {area(`questions[${i}].promptEn`, t("authoring.promptEn"), q.promptEn, 2)}
            {area(`questions[${i}].promptSw`, t("authoring.promptSw"), q.promptSw, 2)}
            {area(
              `questions[${i}].optionsEn`,
              t("authoring.optionsEn"),
              q.optionsEn,
              4,
              t("authoring.optionsHint"),
            )}
            {area(
              `questions[${i}].optionsSw`,
              t("authoring.optionsSw"),
              q.optionsSw,
              4,
              t("authoring.optionsHint"),
            )}
            {input(
              `questions[${i}].correct`,
              t("authoring.correct"),
              q.correct,
              { type: "number", min: 1, max: 6, inputMode: "numeric" },
              t("authoring.correctHint"),
            )}
            {area(
              `questions[${i}].explanationEn`,
              t("authoring.explanationEn"),
              q.explanationEn,
              2,
              t("authoring.explanationHint"),
            )}
            {area(
              `questions[${i}].explanationSw`,
              t("authoring.explanationSw"),
              q.explanationSw,
              2,
              t("authoring.explanationHint"),
            )}
            <div className="field">
              <label className="choice">
                <input type="checkbox" name={`questions[${i}].remove`} />{" "}
                {t("authoring.removeQuestion")}
              </label>
            </div>
          </fieldset>
        ))}
        <p>
          <button type="submit" name="intent" value="add-question" className="secondary">
            {t("authoring.addQuestion")}
          </button>
        </p>
        <p className="hint">{t("authoring.publishHint")}</p>
        <p>
          <button type="submit" name="intent" value="save">
            {t("authoring.save")}
          </button>{" "}
          <button type="submit" name="intent" value="publish">
            {t("authoring.publish")}
          </button>
        </p>
      </Form>
      <h2>{t("authoring.discardTitle")}</h2>
      <Form method="post">
        <div className="field">
          <label className="choice">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              aria-invalid={errors.confirm ? true : undefined}
              aria-describedby={errors.confirm ? "confirm-error" : undefined}
            />{" "}
            {t("authoring.discardConfirm", { version: draft.version })}
          </label>
          {errors.confirm ? (
            <p id="confirm-error" className="field-error" role="alert">
              {t("authoring.error.confirm")}
            </p>
          ) : null}
        </div>
        <button type="submit" name="intent" value="discard" className="secondary">
          {t("authoring.discard")}
        </button>
      </Form>
    </section>
  );
}
