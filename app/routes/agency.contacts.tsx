import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { addContact, ownContacts, removeContact } from "~/domain/recruiters/agency-contacts.server";
import { AgencyContactSchema } from "~/domain/recruiters/recruiters.schema";
import { useT } from "~/i18n/use-t";
import { ErrorSummary, Field } from "~/ui/form";
import { redirectWithFlash } from "~/ui/flash.server";
import { parseWithZod } from "~/ui/conform";
import { titled } from "~/ui/page-title";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf } from "~/utils/form-reply";
import { requestContext } from "~/utils/request.server";

export const handle = titled("contacts.title");

// Agencies (issue 20 §1): the phone numbers, M-Pesa numbers and pages they use, so /check-number
// finds them; staff see them, the administrator registers and removes them.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  return { contacts: await ownContacts(user), isAdmin: can(user, "agency:manage-staff") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: AgencyContactSchema });
  if (submission.status !== "success") return rejected(submission);
  const v = submission.value;
  try {
    if (v.intent === "add") await addContact(user, v.value, requestContext(request));
    else await removeContact(user, v.id, requestContext(request));
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/agency/contacts", {
    key: v.intent === "add" ? "contacts.added" : "contacts.removed",
  });
}

export default function AgencyContacts() {
  const t = useT();
  const { contacts, isAdmin } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="page">
      <h1>{t("contacts.title")}</h1>
      <p>{t("contacts.intro")}</p>
      {contacts.length === 0 ? (
        <p className="alert alert-info">{t("contacts.none")}</p>
      ) : (
        <ul>
          {contacts.map((c) => (
            <li key={c.id}>
              {t(`check.kind.${c.kind}`)}: {c.display}{" "}
              {isAdmin ? (
                <Form method="post" style={{ display: "inline" }}>
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="id" value={c.id} />
                  <button type="submit" className="secondary">
                    {t("contacts.remove", { value: c.display })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {isAdmin ? (
        <Form method="post" noValidate>
          <ErrorSummary errors={allErrorsOf(result)} result={result} />
          <input type="hidden" name="intent" value="add" />
          <Field
            id="value"
            label={t("contacts.value")}
            hint={t("contacts.value.hint")}
            required
            errors={errorsOf(result, "value")}
            inputProps={{ name: "value", type: "text", maxLength: 200, autoComplete: "off" }}
          />
          <button type="submit">{t("contacts.add")}</button>
        </Form>
      ) : (
        <p className="hint">{t("contacts.adminOnly")}</p>
      )}
    </section>
  );
}
