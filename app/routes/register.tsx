import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { registerWorker } from "~/domain/accounts/accounts.server";
import { RegisterSchema } from "~/domain/accounts/accounts.schema";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { rateLimited } from "~/domain/errors";

export const handle = titled("register.title", NO_SCRIPTS);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: RegisterSchema });
  if (submission.status !== "success") return rejected(submission);
  const ctx = requestContext(request);
  const limit = await hitRateLimit(`register:ip:${ctx.ip ?? "unknown"}`, 20, 60 * 60_000);
  if (!limit.allowed) return replyError(request, rateLimited(), submission);
  // The same answer whether or not the address already has an account (its owner gets an email).
  await registerWorker(submission.value, {
    locale: await getLocale(request),
    appUrl: appUrl(),
    ctx,
  });
  return redirectWithFlash("/login", {
    key: "register.sent",
    vars: { email: submission.value.email },
  });
}

export default function Register() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof RegisterSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RegisterSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  return (
    <section className="page">
      <h1>{t("register.title")}</h1>
      <p>{t("register.intro")}</p>
      <p>
        <Link to="/phone" className="button">
          {t("register.phone")}
        </Link>
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <Field
          id={fields.name.id}
          label={t("field.name")}
          errors={fields.name.errors}
          required
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <Field
          id={fields.email.id}
          label={t("field.email")}
          errors={fields.email.errors}
          required
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "email" }}
        />
        <Field
          id={fields.password.id}
          label={t("field.password")}
          errors={fields.password.errors}
          required
          hint={t("error.passwordLength")}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <Field
          id={fields.confirmPassword.id}
          label={t("field.passwordConfirm")}
          errors={fields.confirmPassword.errors}
          required
          inputProps={{
            ...getInputProps(fields.confirmPassword, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <button type="submit">{t("register.submit")}</button>
      </Form>
    </section>
  );
}
