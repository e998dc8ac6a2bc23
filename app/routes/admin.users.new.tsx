import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { propose } from "~/domain/decisions/decisions.server";
import { createUserByAdmin } from "~/domain/accounts/admin-accounts.server";
import { listScopeChoices } from "~/domain/accounts/admin-views.server";
import { CreateUserSchema, OFFICIAL_ROLES } from "~/domain/accounts/accounts.schema";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SubmissionKey, useErrorText } from "~/ui/form";
import { parseWithZod, useForm, getFormProps, getInputProps } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";

export const handle = titled("admin.users.new");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  return { ...(await listScopeChoices(admin)), submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: CreateUserSchema });
  if (submission.status !== "success") return rejected(submission);
  const official = requiresSecondFactor(submission.value.role);
  try {
    const opts = {
      ctx: requestContext(request),
      locale: await getLocale(request),
      submissionKey: submissionKeyOf(form),
    };
    // An official's account is a proposal a second admin confirms (ADR 0016): one admin alone
    // could otherwise make the second official of any decision.
    if (official)
      await propose(
        admin,
        {
          kind: "OFFICIAL_ACCOUNT",
          subjectId: null,
          input: { ...submission.value, locale: opts.locale },
        },
        opts,
      );
    else await createUserByAdmin(admin, submission.value, { ...opts, appUrl: appUrl() });
  } catch (e) {
    return replyError(request, e, submission);
  }
  if (official) return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
  return redirectWithFlash("/admin/users", {
    key: "admin.users.created",
    vars: { email: submission.value.email },
  });
}

export default function NewUser() {
  const t = useT();
  const errText = useErrorText();
  const { agencies, missions, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof CreateUserSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateUserSchema }),
  });
  const select = (
    id: string,
    name: string,
    label: string,
    errors: string[] | undefined,
    options: { id: string; name: string }[],
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        defaultValue=""
      >
        <option value="">{t("common.none")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {errText(errors).join(" ")}
        </p>
      ) : null}
    </div>
  );
  return (
    <section className="page">
      <h1>{t("admin.users.new")}</h1>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <SubmissionKey value={submissionKey} />
        <Field
          id={fields.name.id}
          label={t("field.name")}
          errors={fields.name.errors}
          required
          inputProps={getInputProps(fields.name, { type: "text" })}
        />
        <Field
          id={fields.email.id}
          label={t("field.email")}
          errors={fields.email.errors}
          required
          inputProps={getInputProps(fields.email, { type: "email" })}
        />
        <div className="field">
          <label htmlFor={fields.role.id}>{t("field.role")}</label>
          <select id={fields.role.id} name={fields.role.name} defaultValue="NEA_OFFICER">
            {OFFICIAL_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        {select(
          fields.agencyId.id,
          fields.agencyId.name,
          t("field.agency"),
          fields.agencyId.errors,
          agencies,
        )}
        {select(
          fields.missionId.id,
          fields.missionId.name,
          t("field.mission"),
          fields.missionId.errors,
          missions,
        )}
        <button type="submit">{t("admin.users.new")}</button>
      </Form>
    </section>
  );
}
