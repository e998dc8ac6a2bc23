import type { z } from "zod";
import type { ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/domain/accounts/password.server";
import { parseContact } from "~/domain/accounts/contact";
import { sendPhoneCode } from "~/auth/phone-code-cookie.server";
import { ForgotSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";

export const handle = titled("forgot.title", NO_SCRIPTS);

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotSchema });
  if (submission.status !== "success") return rejected(submission);
  const ctx = requestContext(request);
  const contact = parseContact(submission.value.login);
  if (contact && "phone" in contact) {
    // By phone: a code by SMS (sent only where the number has an account; the page is the same).
    try {
      return await sendPhoneCode(request, { phone: contact.phone, purpose: "RESET_PASSWORD" });
    } catch (e) {
      return replyError(request, e, submission);
    }
  }
  await requestPasswordReset(submission.value.login.toLowerCase(), { appUrl: appUrl(), ctx });
  return redirectWithFlash("/login", { key: "forgot.sent" });
}

export default function Forgot() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof ForgotSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotSchema }),
  });
  return (
    <section className="page">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <Field
          id={fields.login.id}
          label={t("field.login")}
          errors={fields.login.errors}
          required
          inputProps={{
            ...getInputProps(fields.login, { type: "text" }),
            autoComplete: "username",
          }}
        />
        <button type="submit">{t("forgot.submit")}</button>
      </Form>
    </section>
  );
}
