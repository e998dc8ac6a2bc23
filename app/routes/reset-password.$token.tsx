import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { resetPassword } from "~/domain/accounts/password.server";
import { tokenIsUsable } from "~/domain/accounts/tokens.server";
import { ResetSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { DomainError } from "~/domain/errors";
import { readForm } from "~/utils/http.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("reset.title", NO_SCRIPTS);

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await tokenIsUsable(params.token ?? "", "RESET_PASSWORD") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: ResetSchema });
  if (submission.status !== "success") return rejected(submission);
  const ok = await resetPassword(
    params.token ?? "",
    submission.value.password,
    requestContext(request),
  );
  if (!ok) return replyError(request, new DomainError("error.tokenInvalid"), submission);
  return redirectWithFlash("/login", { key: "reset.done" });
}

export default function ResetPassword() {
  const t = useT();
  const { usable } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof ResetSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResetSchema }),
  });
  if (!usable && !lastResult) {
    return (
      <section className="page">
        <h1>{t("reset.title")}</h1>
        <div className="alert alert-error" role="alert">
          {t("error.tokenInvalid")}
        </div>
      </section>
    );
  }
  return (
    <section className="page">
      <h1>{t("reset.title")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <Field
          id={fields.password.id}
          label={t("field.passwordNew")}
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
        <button type="submit">{t("reset.submit")}</button>
      </Form>
    </section>
  );
}
