import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CannotReachSchema } from "~/domain/cases/cases.schema";
import { reportCannotReach } from "~/domain/cases/cases.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { getFormProps, getInputProps, getTextareaProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("cases.kin.title", NO_SCRIPTS);

// Public: a relative who cannot reach a worker abroad tells the mission; the page reveals nothing about anyone.
export async function loader(_args: LoaderFunctionArgs) {
  return { submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: CannotReachSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const reference = await reportCannotReach(submission.value, {
      ctx: requestContext(request),
      submissionKey: submissionKeyOf(form),
    });
    return redirectWithFlash("/cannot-reach", {
      key: "cases.kin.confirm.next",
      confirmation: { title: "cases.kin.confirm.title", reference },
    });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function CannotReach() {
  const t = useT();
  const { submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof CannotReachSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CannotReachSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const input = (
    name: keyof typeof fields,
    label: string,
    type: string,
    required = false,
    extra: object = {},
    hint?: string,
  ) => (
    <Field
      id={fields[name].id}
      label={label}
      hint={hint}
      errors={fields[name].errors}
      required={required}
      inputProps={{ ...getInputProps(fields[name], { type: type as "text" }), ...extra }}
    />
  );
  return (
    <section className="page">
      <h1>{t("cases.kin.title")}</h1>
      <p>{t("cases.kin.intro")}</p>
      <Form method="post" {...getFormProps(form)} noValidate>
        <SubmissionKey value={submissionKey} />
        <ErrorSummary form={form} result={lastResult} />
        <fieldset>
          <legend>{t("cases.kin.identify")}</legend>
          <p className="hint">{t("cases.kin.identifyHint")}</p>
          {input("clearanceCode", t("cases.kin.clearanceCode"), "text", false, {
            inputMode: "numeric",
            autoComplete: "off",
          })}
          {input("nationalId", t("cases.kin.nationalId"), "text", false, {
            inputMode: "numeric",
            autoComplete: "off",
          })}
          {input("workerName", t("cases.kin.workerName"), "text", false, { autoComplete: "off" })}
        </fieldset>
        <fieldset>
          <legend>{t("cases.kin.you")}</legend>
          {input("reporterName", t("cases.kin.reporterName"), "text", true, {
            autoComplete: "name",
          })}
          {input("reporterPhone", t("cases.kin.reporterPhone"), "tel", true, {
            autoComplete: "tel",
          })}
          {input("relation", t("cases.kin.relation"), "text", true)}
          {input(
            "lastContact",
            t("cases.kin.lastContact"),
            "text",
            false,
            {},
            t("cases.kin.lastContactHint"),
          )}
          <TextAreaField
            id={fields.description.id}
            label={t("cases.kin.description")}
            errors={fields.description.errors}
            textareaProps={{ ...getTextareaProps(fields.description), rows: 4, maxLength: 4000 }}
          />
          {input(
            "recruiter",
            t("cases.kin.recruiter"),
            "text",
            false,
            { autoComplete: "off", maxLength: 200 },
            t("cases.kin.recruiterHint"),
          )}
        </fieldset>
        <button type="submit">{t("cases.kin.submit")}</button>
      </Form>
    </section>
  );
}
