import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { EmployerSchema } from "~/domain/joborders/joborders.schema";
import {
  JobOrderError,
  listOwnEmployers,
  registerEmployer,
} from "~/domain/joborders/joborders.server";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
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
  return { employers, countries };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:submit");
  const parsed = EmployerSchema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues) errors[String(i.path[0])] ??= i.message;
    return data({ errors }, { status: 400 });
  }
  try {
    await registerEmployer(user, parsed.data, requestContext(request));
  } catch (e) {
    if (e instanceof JobOrderError)
      return data(
        { errors: { [e.field ?? "name"]: e.key } as Record<string, string> },
        { status: 400 },
      );
    throw e;
  }
  return redirectWithFlash("/agency/employers", { key: "employers.registered" });
}

export default function Employers() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { employers, countries } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const e = (k: string) =>
    r?.errors[k] ? (r.errors[k]! in en ? t(r.errors[k] as MessageKey) : r.errors[k]) : null;
  const input = (name: string, label: string, type = "text", required = false) => (
    <div className="field">
      <label htmlFor={name}>
        {label}
        {required ? <span className="muted"> {t("field.required")}</span> : null}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        aria-invalid={e(name) ? true : undefined}
        aria-describedby={e(name) ? `${name}-error` : undefined}
      />
      {e(name) ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {e(name)}
        </p>
      ) : null}
    </div>
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
      <Form method="post">
        <fieldset>
          <legend>{t("employers.kind")}</legend>
          <label className="choice">
            <input type="radio" name="kind" value="HOUSEHOLD" defaultChecked />{" "}
            {t("employers.kind.HOUSEHOLD")}
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="COMPANY" /> {t("employers.kind.COMPANY")}
          </label>
        </fieldset>
        {input("name", t("employers.name"), "text", true)}
        <div className="field">
          <label htmlFor="countryCode">{t("precheck.country")}</label>
          <select id="countryCode" name="countryCode" defaultValue="SA">
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {locale === "sw" ? c.nameSw : c.nameEn}
              </option>
            ))}
          </select>
        </div>
        {input("city", t("employers.city"), "text", true)}
        {input("identifier", t("employers.identifier"))}
        {input("phone", t("field.phone"), "tel")}
        {input("email", t("field.email"), "email")}
        <button type="submit">{t("employers.register")}</button>
      </Form>
    </section>
  );
}
