// Sign in — or sign up, the first time — with a mobile number and a code by SMS (issue 16).
import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import { sendPhoneCode } from "~/auth/phone-code-cookie.server";
import { PhoneStartSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("phone.title", NO_SCRIPTS);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: PhoneStartSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    return await sendPhoneCode(
      request,
      { ...submission.value, purpose: "SIGN_IN" },
      String(form.get("redirectTo") ?? "/"),
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function PhoneSignIn() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<z.input<typeof PhoneStartSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PhoneStartSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  return (
    <section className="page">
      <h1>{t("phone.title")}</h1>
      <p>{t("phone.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <Field
          id={fields.phone.id}
          label={t("field.mobile")}
          hint={t("phone.hint")}
          errors={fields.phone.errors}
          required
          inputProps={{
            ...getInputProps(fields.phone, { type: "tel" }),
            autoComplete: "tel",
            inputMode: "tel",
          }}
        />
        <Field
          id={fields.name.id}
          label={t("phone.nameLabel")}
          hint={t("phone.nameHint")}
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <button type="submit">{t("phone.submit")}</button>
      </Form>
      <p>
        <Link to="/login">{t("nav.login")}</Link> · <Link to="/register">{t("nav.register")}</Link>
      </p>
    </section>
  );
}
