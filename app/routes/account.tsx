import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { z } from "zod";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireAuth, requirePermission } from "~/auth/require.server";
import { lucia } from "~/auth/session.server";
import { logoutEverywhere } from "~/domain/accounts/accounts.server";
import { useT } from "~/i18n/use-t";
import { flashHeader, redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { requiresSecondFactor } from "~/auth/permissions";
import { preferencesOf, setPreferences } from "~/domain/accounts/preferences.server";
import {
  ChangePasswordSchema,
  MESSAGE_CHANNELS,
  PreferencesSchema,
} from "~/domain/accounts/accounts.schema";
import { Field, ErrorSummary, SelectField, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { getFormProps, getInputProps, getSelectProps, parseWithZod, useForm } from "~/ui/conform";
import { titled } from "~/ui/page-title";
import { changePassword, hasPassword } from "~/domain/accounts/password.server";

export const handle = titled("account.title", NO_SCRIPTS);

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const [prefs, password] = await Promise.all([preferencesOf(user), hasPassword(user)]);
  return {
    submissionKey: newSubmissionKey(),
    hasPassword: password,
    name: user.name,
    email: user.email,
    phone: user.phone,
    role: user.role,
    // What this account may set: a worker her channels, an official an alert mobile.
    prefs: {
      messagesBy: user.role === "WORKER" && prefs.canChoose ? prefs.messagesBy : null,
      alertPhone: requiresSecondFactor(user.role) ? (prefs.alertPhone ?? "") : null,
    },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const form = await readForm(request);
  if (form.get("intent") === "preferences") {
    const submission = parseWithZod(form, { schema: PreferencesSchema });
    if (submission.status !== "success") return rejected(submission, { form: "preferences" });
    try {
      await setPreferences(user, submission.value, requestContext(request));
    } catch (e) {
      return replyError(request, e, submission, { form: "preferences" });
    }
    return redirectWithFlash("/account", { key: "account.prefs.saved" });
  }
  if (form.get("intent") === "password") {
    const { session } = await requireAuth(request);
    const submission = parseWithZod(form, { schema: ChangePasswordSchema });
    if (submission.status !== "success") return rejected(submission, { form: "password" });
    try {
      await changePassword(
        user,
        session.id,
        submission.value,
        requestContext(request),
        submissionKeyOf(form),
      );
    } catch (e) {
      return replyError(request, e, submission, { form: "password" });
    }
    return redirectWithFlash("/account", { key: "account.password.changed" });
  }
  if (form.get("intent") !== "logout-everywhere")
    throw new Response("Unknown action", { status: 400 });
  await logoutEverywhere(user, requestContext(request));
  const headers = new Headers();
  headers.append("Set-Cookie", lucia.createBlankSessionCookie().serialize());
  headers.append("Set-Cookie", await flashHeader({ key: "account.loggedOutEverywhere" }));
  return redirect("/login", { headers });
}

export default function Account() {
  const t = useT();
  const u = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("account.title")}</h1>
      <dl>
        <dt>{t("field.name")}</dt>
        <dd>{u.name}</dd>
        {u.email ? (
          <>
            <dt>{t("account.email")}</dt>
            <dd>{u.email}</dd>
          </>
        ) : null}
        {u.phone ? (
          <>
            <dt>{t("field.mobile")}</dt>
            <dd>+{u.phone}</dd>
          </>
        ) : null}
        <dt>{t("account.role")}</dt>
        <dd>{t(`role.${u.role}`)}</dd>
      </dl>
      {u.prefs.messagesBy !== null || u.prefs.alertPhone !== null ? <Preferences /> : null}
      {u.hasPassword ? <ChangePassword /> : null}
      <h2>{t("account.sessions")}</h2>
      <p className="muted">{t("account.logoutEverywhere.help")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="logout-everywhere" />
        <button type="submit" className="secondary">
          {t("account.logoutEverywhere")}
        </button>
      </Form>
    </section>
  );
}

function ChangePassword() {
  const t = useT();
  const { submissionKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const lastResult = reply?.form === "password" ? reply : undefined;
  const [form, fields] = useForm<z.input<typeof ChangePasswordSchema>>({
    id: "password",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ChangePasswordSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const secret = (
    field: "currentPassword" | "password" | "confirmPassword",
    label: string,
    autoComplete: string,
  ) => (
    <Field
      id={fields[field].id}
      label={label}
      required
      errors={fields[field].errors}
      inputProps={{ ...getInputProps(fields[field], { type: "password" }), autoComplete }}
    />
  );
  return (
    <>
      <h2>{t("account.password.title")}</h2>
      <p className="hint">{t("account.password.hint")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="intent" value="password" />
        <SubmissionKey value={submissionKey} />
        {secret("currentPassword", t("account.password.current"), "current-password")}
        {secret("password", t("account.password.new"), "new-password")}
        {secret("confirmPassword", t("account.password.confirm"), "new-password")}
        <button type="submit">{t("account.password.submit")}</button>
      </Form>
    </>
  );
}

function Preferences() {
  const t = useT();
  const { prefs } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const lastResult = reply?.form === "preferences" ? reply : undefined;
  const [form, fields] = useForm<z.input<typeof PreferencesSchema>>({
    lastResult,
    defaultValue: {
      messagesBy: prefs.messagesBy ?? undefined,
      alertPhone: prefs.alertPhone ? `+${prefs.alertPhone}` : "",
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PreferencesSchema }),
  });
  return (
    <>
      <h2>{t("account.prefs.title")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="intent" value="preferences" />
        {prefs.messagesBy !== null ? (
          <SelectField
            id={fields.messagesBy.id}
            label={t("account.prefs.messagesBy")}
            hint={t("account.prefs.messagesByHint")}
            errors={fields.messagesBy.errors}
            options={MESSAGE_CHANNELS.map((c) => ({ value: c, label: t(`account.prefs.${c}`) }))}
            selectProps={getSelectProps(fields.messagesBy)}
          />
        ) : null}
        {prefs.alertPhone !== null ? (
          <Field
            id={fields.alertPhone.id}
            label={t("account.prefs.alertPhone")}
            hint={t("account.prefs.alertHint")}
            errors={fields.alertPhone.errors}
            inputProps={{
              ...getInputProps(fields.alertPhone, { type: "tel" }),
              autoComplete: "tel",
            }}
          />
        ) : null}
        <button type="submit">{t("account.prefs.save")}</button>
      </Form>
    </>
  );
}
