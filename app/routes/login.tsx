import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import { loginWithPassword } from "~/domain/accounts/accounts.server";
import { LoginSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { chosenLocale, getLocale } from "~/i18n/i18n.server";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { appUrl, safeRedirect, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { flashHeader } from "~/ui/flash.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { replyError } from "~/utils/form-reply.server";

export const handle = titled("login.title", NO_SCRIPTS);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: LoginSchema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  try {
    const result = await loginWithPassword(submission.value, {
      locale: await getLocale(request),
      chosenLocale: await chosenLocale(request),
      ctx: requestContext(request),
      appUrl: appUrl(),
      userAgent: request.headers.get("user-agent"),
    });
    const headers = new Headers();
    headers.append("Set-Cookie", result.sessionCookie);
    if (result.next === "totp") return redirect("/login/two-factor", { headers });
    if (result.next === "totp-setup") return redirect("/login/two-factor/setup", { headers });
    headers.append("Set-Cookie", await flashHeader({ key: "login.success" }));
    return redirect(safeRedirect(submission.value.redirectTo), { headers });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function Login() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm<z.input<typeof LoginSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  return (
    <section className="page">
      <h1>{t("login.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
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
        <Field
          id={fields.password.id}
          label={t("field.password")}
          errors={fields.password.errors}
          required
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <button type="submit">{t("login.submit")}</button>
      </Form>
      <p>
        <Link
          to={
            searchParams.get("redirectTo")
              ? `/phone?redirectTo=${encodeURIComponent(searchParams.get("redirectTo")!)}`
              : "/phone"
          }
        >
          {t("login.phone")}
        </Link>
      </p>
      <p>
        <Link to="/forgot-password">{t("login.forgot")}</Link>
      </p>
      <p>
        {t("login.noAccount")} <Link to="/register">{t("nav.register")}</Link>
      </p>
    </section>
  );
}
