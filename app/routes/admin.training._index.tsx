import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { NewModuleSchema } from "~/domain/training/authoring.schema";
import { authorModules, createModule } from "~/domain/training/authoring.server";
import { destinationCountries } from "~/domain/training/training.server";
import { useLocale, useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SelectField, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejectedIssues, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("authoring.title");

// Admins: every training module with its published version and draft; start a new module.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "training:author");
  const [modules, countries] = await Promise.all([authorModules(user), destinationCountries()]);
  return { modules, countries, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "training:author");
  const form = await readForm(request);
  const fields = Object.fromEntries(form);
  const parsed = NewModuleSchema.safeParse({
    ...fields,
    countryCode: fields.countryCode || undefined,
  });
  if (!parsed.success) return rejectedIssues(form, parsed.error.issues);
  let slug: string;
  try {
    slug = await createModule(user, parsed.data, requestContext(request), submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, form);
  }
  return redirect(`/admin/training/${slug}`);
}

export default function TrainingModules() {
  const t = useT();
  const locale = useLocale();
  const { modules, countries, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const v = (k: string) => valueOf(r, k) ?? "";
  return (
    <section className="page">
      <h1>{t("authoring.title")}</h1>
      <p>{t("authoring.intro")}</p>
      {modules.length === 0 ? (
        <p>{t("authoring.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("authoring.module")}</th>
                <th scope="col">{t("authoring.kind")}</th>
                <th scope="col">{t("authoring.publishedVersion")}</th>
                <th scope="col">{t("authoring.draftVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {modules.map((m) => (
                <tr key={m.slug}>
                  <td>
                    <Link to={`/admin/training/${m.slug}`}>{m.title}</Link>{" "}
                    <span className="muted">({m.slug})</span>
                  </td>
                  <td>
                    {m.kind === "CORE"
                      ? t("training.core")
                      : (countries.find((c) => c.code === m.countryCode)?.[
                          locale === "sw" ? "nameSw" : "nameEn"
                        ] ?? m.countryCode)}
                  </td>
                  <td>{m.published ?? t("authoring.none")}</td>
                  <td>{m.draft ?? t("authoring.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>{t("authoring.newModule")}</h2>
      <Form method="post" noValidate>
        <SubmissionKey value={submissionKey} />
        <ErrorSummary errors={allErrorsOf(r)} result={r} />
        <Field
          id="slug"
          label={t("authoring.slug")}
          hint={t("authoring.slugHint")}
          required
          errors={errorsOf(r, "slug")}
          inputProps={{ name: "slug", defaultValue: v("slug"), autoComplete: "off", maxLength: 60 }}
        />
        <SelectField
          id="kind"
          label={t("authoring.kind")}
          required
          errors={errorsOf(r, "kind")}
          options={[
            { value: "CORE", label: t("training.core") },
            { value: "COUNTRY", label: t("training.countryModules") },
          ]}
          selectProps={{ name: "kind", defaultValue: v("kind") || "CORE" }}
        />
        <SelectField
          id="countryCode"
          label={t("authoring.country")}
          hint={t("authoring.countryHint")}
          errors={errorsOf(r, "countryCode")}
          emptyLabel="—"
          options={countries.map((c) => ({
            value: c.code,
            label: locale === "sw" ? c.nameSw : c.nameEn,
          }))}
          selectProps={{ name: "countryCode", defaultValue: v("countryCode") }}
        />
        <button type="submit">{t("authoring.create")}</button>
      </Form>
    </section>
  );
}
