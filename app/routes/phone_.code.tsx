// The code sent by SMS (phone.tsx, forgot-password.tsx), then — for a new number — the name.
import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import {
  clearPhoneCodeCookie,
  phoneCodePath,
  phoneCodeSecret,
  rememberDevice,
} from "~/auth/phone-code-cookie.server";
import {
  completePhoneSignUp,
  confirmPhoneCode,
  pendingPhoneCode,
  type PhoneOutcome,
} from "~/domain/accounts/phone-sign-in.server";
import { PhoneCodeSchema, PhoneNameSchema } from "~/domain/accounts/accounts.schema";
import { chosenLocale, getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { flashHeader } from "~/ui/flash.server";
import { readForm, safeRedirect } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { DomainError } from "~/domain/errors";

export const handle = titled(
  (d, t) => t(d?.pending?.step === "name" ? "phone.name.title" : "phone.code.title"),
  NO_SCRIPTS,
);

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return { pending: await pendingPhoneCode(await phoneCodeSecret(request)) };
}

async function signedIn(outcome: PhoneOutcome, next: FormDataEntryValue | null) {
  const headers = new Headers();
  headers.append("Set-Cookie", await clearPhoneCodeCookie());
  if (outcome.next === "reset") return redirect(`/reset-password/${outcome.token}`, { headers });
  if (outcome.next === "name") return redirect(phoneCodePath(next));
  headers.append("Set-Cookie", outcome.sessionCookie);
  headers.append("Set-Cookie", await rememberDevice(outcome.phone));
  headers.append(
    "Set-Cookie",
    await flashHeader({ key: outcome.created ? "phone.created" : "login.success" }),
  );
  // A new account starts on its profile; a returning one goes where she was going.
  return redirect(outcome.created ? "/my/profile" : safeRedirect(next), { headers });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const secret = await phoneCodeSecret(request);
  const opts = {
    ctx: requestContext(request),
    userAgent: request.headers.get("user-agent"),
    locale: await getLocale(request),
    chosenLocale: await chosenLocale(request),
  };
  const naming = form.get("intent") === "name";
  const submission = parseWithZod(form, { schema: naming ? PhoneNameSchema : PhoneCodeSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    return await signedIn(
      naming
        ? await completePhoneSignUp(secret, (submission.value as { name: string }).name, opts)
        : await confirmPhoneCode(secret, (submission.value as { code: string }).code, opts),
      form.get("redirectTo"),
    );
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // Every refusal here is about the one field on the form.
    const field = naming ? "name" : "code";
    const onField = e.field ? e : new DomainError(e.key, { field, vars: e.vars, kind: e.kind });
    return replyError(request, onField, submission);
  }
}

export default function PhoneCode() {
  const t = useT();
  const { pending } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      {!pending ? (
        <>
          <h1>{t("phone.code.title")}</h1>
          <p className="alert alert-error" role="alert">
            {t("phone.code.none")}
          </p>
          <p>
            <Link to="/phone">{t("phone.submit")}</Link>
          </p>
        </>
      ) : pending.step === "code" ? (
        <CodeStep phone={pending.phone} minutes={pending.minutes ?? 10} />
      ) : (
        <NameStep />
      )}
    </section>
  );
}

function CodeStep({ phone, minutes }: { phone: string; minutes: number }) {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof PhoneCodeSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PhoneCodeSchema }),
  });
  return (
    <>
      <h1>{t("phone.code.title")}</h1>
      <p>{t("phone.code.intro", { phone, minutes: String(minutes) })}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="intent" value="code" />
        <RedirectTo />
        <Field
          id={fields.code.id}
          label={t("field.code")}
          errors={fields.code.errors}
          required
          inputProps={{
            ...getInputProps(fields.code, { type: "text" }),
            autoComplete: "one-time-code",
            inputMode: "numeric",
            maxLength: 6,
          }}
        />
        <button type="submit">{t("phone.code.submit")}</button>
      </Form>
      <p>
        <Link to="/phone">{t("phone.code.again")}</Link>
      </p>
    </>
  );
}

function NameStep() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof PhoneNameSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PhoneNameSchema }),
  });
  return (
    <>
      <h1>{t("phone.name.title")}</h1>
      <p>{t("phone.name.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <input type="hidden" name="intent" value="name" />
        <RedirectTo />
        <Field
          id={fields.name.id}
          label={t("field.name")}
          errors={fields.name.errors}
          required
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <button type="submit">{t("phone.name.submit")}</button>
      </Form>
    </>
  );
}

/** Where she was going before signing in, carried to the end of the code step. */
function RedirectTo() {
  const [searchParams] = useSearchParams();
  return <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />;
}
