import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { normalizeNationalId } from "~/domain/agencies/normalize";
import { InPersonSchema, MAX_ATTENDANCE_DAYS } from "~/domain/training/providers.schema";
import { providerView, recordInPersonCompletion } from "~/domain/training/providers.server";
import { useLocale, useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SubmissionKey } from "~/ui/form";
import { getFormProps, getInputProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { nairobiToday } from "~/utils/validation";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled((d) => d?.provider.name);

// Accredited training institutions: record a trainee's in-person course; see only their own trainees.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "training:record");
  const url = new URL(request.url);
  const q = normalizeNationalId(url.searchParams.get("q") ?? "").slice(0, 12);
  const view = await providerView(user, {
    nationalId: /^\d{7,9}$/.test(q) ? q : null,
    after: url.searchParams.get("after"),
  });
  return {
    ...view,
    q,
    today: nairobiToday(),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training:record");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: InPersonSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await recordInPersonCompletion(
      user,
      submission.value,
      requestContext(request),
      submissionKeyOf(form),
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/provider", { key: "provider.recorded" });
}

export default function Provider() {
  const t = useT();
  const locale = useLocale();
  const { provider, completions, next, q, today, submissionKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof InPersonSchema>>({
    id: "in-person",
    lastResult: result,
    defaultValue: { course: t("provider.defaultCourse"), completedAt: today },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InPersonSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  const field = (
    name: keyof typeof fields,
    label: string,
    type: string,
    extra: object = {},
    hint?: string,
  ) => (
    <Field
      id={fields[name].id}
      label={label}
      errors={fields[name].errors}
      required
      hint={hint}
      inputProps={{ ...getInputProps(fields[name], { type: type as "text" }), ...extra }}
    />
  );
  return (
    <section className="page">
      <h1>{provider.name}</h1>
      <p className="muted">{t("provider.accreditation", { no: provider.accreditationNo })}</p>
      {!provider.active ? (
        <p className="alert alert-error" role="alert">
          {t("provider.error.inactive")}
        </p>
      ) : null}
      <h2>{t("provider.recordTitle")}</h2>
      <p>{t("provider.recordIntro")}</p>
      <Form method="post" {...getFormProps(form)} noValidate>
        <SubmissionKey value={submissionKey} />
        <ErrorSummary form={form} result={result} />
        <fieldset>
          <legend>{t("provider.trainee")}</legend>
          {field("nationalId", t("profile.field.NATIONAL_ID"), "text", {
            inputMode: "numeric",
            autoComplete: "off",
          })}
          {field("firstName", t("profile.firstName"), "text", { autoComplete: "off" })}
          {field("lastName", t("profile.lastName"), "text", { autoComplete: "off" })}
          {field(
            "dateOfBirth",
            t("profile.dateOfBirth"),
            "text",
            { inputMode: "numeric" },
            t("date.hint"),
          )}
        </fieldset>
        <fieldset>
          <legend>{t("provider.course")}</legend>
          {field("course", t("provider.courseName"), "text")}
          {field("attendanceDays", t("provider.attendanceDays"), "number", {
            min: 1,
            max: MAX_ATTENDANCE_DAYS,
            inputMode: "numeric",
          })}
          {field(
            "score",
            t("provider.score"),
            "number",
            { min: 0, max: 100, inputMode: "numeric" },
            t("provider.scoreHint"),
          )}
          {field("completedAt", t("provider.completedAt"), "date", { max: today })}
        </fieldset>
        <button type="submit">{t("provider.record")}</button>
      </Form>

      <h2>{t("provider.trainees")}</h2>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="q">{t("provider.searchId")}</label>
          <input id="q" name="q" inputMode="numeric" defaultValue={q} />
        </div>
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {completions.length === 0 ? (
        <p>{q ? t("provider.noneFound") : t("provider.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("provider.trainee")}</th>
                <th scope="col">{t("profile.field.NATIONAL_ID")}</th>
                <th scope="col">{t("provider.courseName")}</th>
                <th scope="col">{t("provider.attendanceDays")}</th>
                <th scope="col">{t("provider.score")}</th>
                <th scope="col">{t("provider.completedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {completions.map((c) => (
                <tr key={c.id}>
                  <td>{c.trainee}</td>
                  <td>{c.nationalId}</td>
                  <td>{c.course}</td>
                  <td>{c.attendanceDays}</td>
                  <td>{c.score}%</td>
                  <td>{formatDate(c.completedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={next} />
    </section>
  );
}
