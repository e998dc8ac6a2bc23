import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { OfferCheckForm } from "~/ui/offer-check";
import { checkRecruiterLimited } from "~/domain/recruiters/recruiters.server";
import { useLocale, useT } from "~/i18n/use-t";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { formatDate } from "~/ui/format";
import { requestContext } from "~/utils/request.server";

export const handle = titled("check.title", NO_SCRIPTS);

// Public (issue 20 §1): what the register knows of a phone number, M-Pesa number or page a
// recruiter uses — a licensed agency's, reported as an unlicensed recruiter, or unknown — with
// plain advice. A GET form: works without JavaScript and can be shared as a link.
export async function loader({ request }: LoaderFunctionArgs) {
  const q = new URL(request.url).searchParams.get("q");
  const countries = await listDestinationCountries();
  if (q === null) return { q: "", result: null, countries };
  const typed = q.slice(0, 200);
  if (!typed.trim())
    return data({ q: "", result: { verdict: "INVALID" as const }, countries }, 400);
  const result = await checkRecruiterLimited(typed, requestContext(request).ip);
  if (result === "rate-limited")
    return data({ q: typed, result: { verdict: "RATE_LIMITED" as const }, countries }, 429);
  return data({ q: typed, result, countries }, result.verdict === "INVALID" ? 400 : 200);
}

export default function CheckNumber() {
  const t = useT();
  const locale = useLocale();
  const { q, result, countries } = useLoaderData<typeof loader>();
  const invalid = result?.verdict === "INVALID";
  return (
    <section className="page">
      <h1>{t("check.title")}</h1>
      <p>{t("check.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="q">{t("check.q")}</label>
          <p id="q-hint" className="hint">
            {t("check.q.hint")}
          </p>
          <input
            id="q"
            name="q"
            autoComplete="off"
            maxLength={200}
            defaultValue={q}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={invalid ? "q-hint q-error" : "q-hint"}
          />
          {invalid ? (
            <p id="q-error" className="field-error" role="alert">
              {t("check.invalid")}
            </p>
          ) : null}
        </div>
        <button type="submit">{t("check.submit")}</button>
      </Form>
      {result && result.verdict === "RATE_LIMITED" ? (
        <p className="alert alert-error" role="alert">
          {t("error.rateLimited")}
        </p>
      ) : null}
      {result && result.verdict === "AGENCY" ? (
        <div
          className={`alert ${result.agency.status === "ACTIVE" ? "alert-success" : "alert-error"}`}
          role="status"
        >
          <p>
            <strong>
              {result.agency.status === "ACTIVE"
                ? t("check.agency.title", { name: result.agency.name })
                : t("check.agency.notActive", {
                    name: result.agency.name,
                    status: t(`status.${result.agency.status}`),
                  })}
            </strong>
          </p>
          {result.agency.licenceNo ? (
            <p>
              {t("check.agency.licence", { licenceNo: result.agency.licenceNo })}
              {result.agency.status === "ACTIVE" && result.agency.validUntil
                ? ` · ${formatDate(result.agency.validUntil, locale)}`
                : null}
            </p>
          ) : null}
          <p>
            <Link to={`/agencies/${result.agency.id}`}>{t("check.agency.page")}</Link>
          </p>
        </div>
      ) : null}
      {result && result.verdict === "REPORTED" ? (
        <div className="alert alert-error" role="status">
          <p>
            <strong>
              {result.confirmed
                ? t("check.reported.confirmed", {
                    n: result.reports,
                    label: result.label ?? t(`check.kind.${result.kind}`),
                  })
                : t("check.reported.review", { n: result.reports })}
            </strong>
          </p>
        </div>
      ) : null}
      {result && result.verdict === "UNKNOWN" ? (
        <div className="alert alert-info" role="status">
          <p>{t("check.unknown")}</p>
        </div>
      ) : null}
      <p>
        <strong>{t("check.advice")}</strong>
      </p>
      <p>
        <Link to="/report">{t("check.report")}</Link>
      </p>
      <details className="fold card">
        <summary>{t("check.verdictLink")}</summary>
        <p>{t("offer.intro")}</p>
        <OfferCheckForm countries={countries} />
      </details>
    </section>
  );
}
