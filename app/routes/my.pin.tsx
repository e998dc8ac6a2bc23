import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { hasCheckInPin, setCheckInPin } from "~/domain/mission/checkins.server";
import { PinSchema } from "~/domain/mission/mission.schema";
import { useT } from "~/i18n/use-t";
import { ErrorSummary, Field } from "~/ui/form";
import { getFormProps, getInputProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("pin.title", NO_SCRIPTS);

// Workers: the PIN that makes a check-in by USSD or SMS count (a phone number alone proves little).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return { hasPin: await hasCheckInPin(user) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const submission = parseWithZod(await readForm(request), { schema: PinSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await setCheckInPin(user, submission.value.pin, requestContext(request));
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/my/help", { key: "pin.saved" });
}

export default function CheckInPin() {
  const t = useT();
  const { hasPin } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof PinSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PinSchema }),
  });
  const pinInput = { inputMode: "numeric" as const, autoComplete: "off", maxLength: 6 };
  return (
    <section className="page">
      <h1>{t("pin.title")}</h1>
      <p>{t("pin.intro")}</p>
      <p>{t(hasPin ? "pin.has" : "pin.none")}</p>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <Field
          id={fields.pin.id}
          label={t("pin.new")}
          hint={t("pin.hint")}
          errors={fields.pin.errors}
          required
          inputProps={{ ...getInputProps(fields.pin, { type: "password" }), ...pinInput }}
        />
        <Field
          id={fields.confirm.id}
          label={t("pin.confirm")}
          errors={fields.confirm.errors}
          required
          inputProps={{ ...getInputProps(fields.confirm, { type: "password" }), ...pinInput }}
        />
        <button type="submit">{t("pin.submit")}</button>
      </Form>
      <p>
        <Link to="/my/help">{t("pin.back")}</Link>
      </p>
    </section>
  );
}
