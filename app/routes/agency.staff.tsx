import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { AccountError } from "~/domain/accounts/accounts.server";
import {
  deactivateAgencyStaff,
  inviteAgencyStaff,
  listAgencyStaff,
} from "~/domain/accounts/admin-accounts.server";
import { InviteStaffSchema } from "~/domain/accounts/accounts.schema";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { Field, FormErrors, SubmissionKey, useFocusFirstError } from "~/ui/form";
import { getFormProps, getInputProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";

export const handle = titled("staff.title");

// Agency admins: their own agency's staff accounts.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:manage-staff");
  return { staff: await listAgencyStaff(user), me: user.id, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:manage-staff");
  const form = await readForm(request);
  if (form.get("intent") === "deactivate") {
    await deactivateAgencyStaff(user, String(form.get("userId") ?? ""), requestContext(request));
    return redirectWithFlash("/agency/staff", { key: "staff.deactivated" });
  }
  const submission = parseWithZod(form, { schema: InviteStaffSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  try {
    await inviteAgencyStaff(user, submission.value, {
      appUrl: appUrl(),
      ctx: requestContext(request),
      locale: await getLocale(request),
      submissionKey: submissionKeyOf(form),
    });
  } catch (e) {
    if (e instanceof AccountError)
      return data(submission.reply({ fieldErrors: { email: [e.key] } }), { status: 409 });
    throw e;
  }
  return redirectWithFlash("/agency/staff", {
    key: "staff.invited",
    vars: { email: submission.value.email },
  });
}

export default function Staff() {
  const t = useT();
  const { staff, me, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof InviteStaffSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteStaffSchema }),
  });
  const ref = useFocusFirstError(Object.values(form.allErrors).some((e) => e.length > 0));
  return (
    <section className="page">
      <h1>{t("staff.title")}</h1>
      {staff.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("field.name")}</th>
                <th scope="col">{t("field.email")}</th>
                <th scope="col">{t("field.role")}</th>
                <th scope="col">{t("col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {staff.map((s) => (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>{s.email}</td>
                  <td>{t(`role.${s.role}`)}</td>
                  <td>
                    {s.active ? (
                      s.role === "AGENCY_STAFF" && s.id !== me ? (
                        <Form method="post" className="inline-form">
                          <input type="hidden" name="intent" value="deactivate" />
                          <input type="hidden" name="userId" value={s.id} />
                          <button type="submit" className="link-button">
                            {t("staff.deactivate")}
                          </button>
                        </Form>
                      ) : (
                        "✓"
                      )
                    ) : (
                      t("staff.inactive")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("staff.none")}</p>
      )}
      <h2>{t("staff.invite")}</h2>
      <Form method="post" {...getFormProps(form)} ref={ref}>
        <FormErrors errors={form.errors} />
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
        <button type="submit">{t("staff.invite")}</button>
      </Form>
    </section>
  );
}
