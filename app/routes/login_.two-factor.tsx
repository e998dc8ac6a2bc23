import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { requirePasswordStep } from "~/auth/require.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { verifySecondFactor } from "~/domain/accounts/second-factor.server";
import { TotpSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";

async function requirePending(request: Request) {
  const auth = await requirePasswordStep(request);
  if (!requiresSecondFactor(auth.user.role) || auth.session.secondFactorAt) throw redirect("/");
  if (!auth.user.totpEnabled) throw redirect("/login/two-factor/setup");
  return auth;
}

export const handle = titled("twofactor.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePending(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await requirePending(request);
  const submission = parseWithZod(await readForm(request), { schema: TotpSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await verifySecondFactor(user, session.id, submission.value, requestContext(request));
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/", { key: "login.success" });
}

export default function TwoFactor() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof TotpSchema>>({ lastResult });
  return (
    <section className="page">
      <h1>{t("twofactor.title")}</h1>
      <p>{t("twofactor.intro")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <Field
          id={fields.code.id}
          label={t("field.totpCode")}
          errors={fields.code.errors}
          inputProps={{
            ...getInputProps(fields.code, { type: "text" }),
            inputMode: "numeric",
            autoComplete: "one-time-code",
            pattern: "[0-9]{6}",
            maxLength: 6,
          }}
        />
        <Field
          id={fields.recoveryCode.id}
          label={t("field.recoveryCode")}
          errors={fields.recoveryCode.errors}
          inputProps={{
            ...getInputProps(fields.recoveryCode, { type: "text" }),
            autoComplete: "off",
          }}
        />
        <button type="submit">{t("twofactor.submit")}</button>
      </Form>
    </section>
  );
}
