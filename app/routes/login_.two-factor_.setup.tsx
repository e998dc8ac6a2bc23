import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePasswordStep } from "~/auth/require.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { beginTotpEnrolment, confirmTotpEnrolment } from "~/domain/accounts/second-factor.server";
import { TotpSetupSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { ErrorSummary, Field } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";

async function requireEnrolling(request: Request) {
  const auth = await requirePasswordStep(request);
  if (!requiresSecondFactor(auth.user.role) || auth.user.totpEnabled) throw redirect("/");
  return auth;
}

export const handle = titled("twofactor.setup.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireEnrolling(request);
  const enrolment = await beginTotpEnrolment(user);
  if (!enrolment) throw redirect("/login/two-factor");
  return { secret: enrolment.secret, qrSvg: enrolment.qrSvg };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await requireEnrolling(request);
  const submission = parseWithZod(await readForm(request), { schema: TotpSetupSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const codes = await confirmTotpEnrolment(
      user,
      session.id,
      submission.value.code,
      requestContext(request),
    );
    return { codes };
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function TwoFactorSetup() {
  const t = useT();
  const { secret, qrSvg } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof TotpSetupSchema>>({
    lastResult: actionData && "codes" in actionData ? undefined : actionData,
  });
  if (actionData && "codes" in actionData) {
    return (
      <section className="page">
        <h1>{t("twofactor.recovery.title")}</h1>
        <p>{t("twofactor.recovery.intro")}</p>
        <ul className="codes" data-testid="recovery-codes">
          {actionData.codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <p>
          <Link className="button" to="/">
            {t("twofactor.recovery.continue")}
          </Link>
        </p>
      </section>
    );
  }
  return (
    <section className="page">
      <h1>{t("twofactor.setup.title")}</h1>
      <p>{t("twofactor.setup.intro")}</p>
      {/* The SVG is generated on our server from our own URI; it contains no user input. */}
      <div className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <p>
        {t("twofactor.setup.secret")}{" "}
        <code className="secret" data-testid="totp-secret">
          {secret}
        </code>
      </p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={actionData} />
        <Field
          id={fields.code.id}
          label={t("field.totpCode")}
          errors={fields.code.errors}
          required
          inputProps={{
            ...getInputProps(fields.code, { type: "text" }),
            inputMode: "numeric",
            autoComplete: "one-time-code",
            maxLength: 6,
          }}
        />
        <button type="submit">{t("twofactor.setup.submit")}</button>
      </Form>
    </section>
  );
}
