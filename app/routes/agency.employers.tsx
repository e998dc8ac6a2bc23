import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { EmployerSchema } from "~/domain/joborders/joborders.schema";
import { listOwnEmployers, registerEmployer } from "~/domain/joborders/joborders.server";
import { useLocale, useT } from "~/i18n/use-t";
import { ErrorSummary, Field, SelectField, SubmissionKey } from "~/ui/form";
import { getFormProps, getInputProps, getSelectProps, parseWithZod, useForm } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";

export const handle = titled("employers.title");

// Agency staff: the foreign employers their agency recruits for.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:submit");
  const [employers, countries] = await Promise.all([
    listOwnEmployers(user),
    listDestinationCountries(),
  ]);
  return { employers, countries, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:submit");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: EmployerSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    await registerEmployer(user, submission.value, requestContext(request), submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash("/agency/employers", { key: "employers.registered" });
}

export default function Employers() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { employers, countries, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof EmployerSchema>>({
    lastResult,
    defaultValue: { kind: "HOUSEHOLD", countryCode: "SA" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmployerSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const input = (
    name: "name" | "city" | "identifier" | "phone" | "email",
    label: string,
    type: "text" | "tel" | "email" = "text",
    required = false,
  ) => (
    <Field
      id={fields[name].id}
      label={label}
      required={required}
      errors={fields[name].errors}
      inputProps={getInputProps(fields[name], { type })}
    />
  );
  return (
    <section className="page">
      <h1>{t("employers.title")}</h1>
      {employers.length ? (
        <ul>
          {employers.map((x) => (
            <li key={x.id}>
              {x.name} ({t(`employers.kind.${x.kind}`)}), {x.city}, {country(x.countryCode)}
              {x.watchListed ? (
                <>
                  {" "}
                  <span className="badge badge-err">{t("employers.watchListed")}</span>{" "}
                  {x.watchReason}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("employers.none")}</p>
      )}
      <h2>{t("employers.new")}</h2>
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={lastResult} />
        <SubmissionKey value={submissionKey} />
        <fieldset>
          <legend>{t("employers.kind")}</legend>
          <label className="choice">
            <input
              type="radio"
              name={fields.kind.name}
              value="HOUSEHOLD"
              defaultChecked={fields.kind.initialValue !== "COMPANY"}
            />{" "}
            {t("employers.kind.HOUSEHOLD")}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={fields.kind.name}
              value="COMPANY"
              defaultChecked={fields.kind.initialValue === "COMPANY"}
            />{" "}
            {t("employers.kind.COMPANY")}
          </label>
        </fieldset>
        {input("name", t("employers.name"), "text", true)}
        <SelectField
          id={fields.countryCode.id}
          label={t("precheck.country")}
          errors={fields.countryCode.errors}
          options={countries.map((c) => ({
            value: c.code,
            label: locale === "sw" ? c.nameSw : c.nameEn,
          }))}
          selectProps={getSelectProps(fields.countryCode)}
        />
        {input("city", t("employers.city"), "text", true)}
        {input("identifier", t("employers.identifier"))}
        {input("phone", t("field.phone"), "tel")}
        {input("email", t("field.email"), "email")}
        <button type="submit">{t("employers.register")}</button>
      </Form>
    </section>
  );
}
