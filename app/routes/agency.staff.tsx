import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  deactivateAgencyStaff,
  inviteAgencyStaff,
  listAgencyStaff,
} from "~/domain/accounts/admin-accounts.server";
import { InviteStaffSchema } from "~/domain/accounts/accounts.schema";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SubmissionKey } from "~/ui/form";
import { getFormProps, getInputProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { appUrl, readForm } from "~/utils/http.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { TableWrap } from "~/ui/table-wrap";

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
    try {
      await deactivateAgencyStaff(user, String(form.get("userId") ?? ""), requestContext(request));
    } catch (e) {
      return replyError(request, e, form, { form: "deactivate" });
    }
    return redirectWithFlash("/agency/staff", { key: "staff.deactivated" });
  }
  const submission = parseWithZod(form, { schema: InviteStaffSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await inviteAgencyStaff(user, submission.value, {
      appUrl: appUrl(),
      ctx: requestContext(request),
      locale: await getLocale(request),
      submissionKey: submissionKeyOf(form),
    });
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/agency/staff", {
    key: "staff.invited",
    vars: { email: submission.value.email },
  });
}

export default function Staff() {
  const t = useT();
  const { staff, me, submissionKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const deactivate = reply?.form === "deactivate" ? reply : undefined;
  const lastResult = deactivate ? undefined : reply;
  const [form, fields] = useForm<z.input<typeof InviteStaffSchema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteStaffSchema }),
  });
  return (
    <section className="page">
      <h1>{t("staff.title")}</h1>
      {deactivate ? <ErrorSummary errors={allErrorsOf(deactivate)} result={deactivate} /> : null}
      {staff.length ? (
        <TableWrap>
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
        </TableWrap>
      ) : (
        <p>{t("staff.none")}</p>
      )}
      <h2>{t("staff.invite")}</h2>
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
        <button type="submit">{t("staff.invite")}</button>
      </Form>
    </section>
  );
}
