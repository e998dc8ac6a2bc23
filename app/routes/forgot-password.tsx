import type { z } from "zod";
import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requestPasswordReset } from "~/domain/accounts/accounts.server";
import { ForgotSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { Field, useFocusFirstError } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";

export const handle = NO_SCRIPTS;

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ForgotSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  await requestPasswordReset(submission.value.email, {
    appUrl: appUrl(),
    ctx: requestContext(request),
  });
  return redirectWithFlash("/login", { key: "forgot.sent" });
}

export default function Forgot() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof ForgotSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ForgotSchema }),
  });
  const ref = useFocusFirstError(!!fields.email.errors?.length);
  return (
    <section className="page">
      <h1>{t("forgot.title")}</h1>
      <p>{t("forgot.intro")}</p>
      <Form method="post" {...getFormProps(form)} ref={ref}>
        <Field
          id={fields.email.id}
          label={t("field.email")}
          errors={fields.email.errors}
          required
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
        />
        <button type="submit">{t("forgot.submit")}</button>
      </Form>
    </section>
  );
}
