import { VerifyForm } from "~/ui/verify-form";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";
import { listPublicJobs } from "~/domain/joborders/joborders.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { formatDate, formatPay } from "~/ui/format";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { CountrySelect } from "~/ui/queue-filters";
import { titled } from "~/ui/page-title";
import { JobTitle } from "~/ui/job-title";
import { OfferCheckForm } from "~/ui/offer-check";

export const handle = titled("jobs.title", NO_SCRIPTS);

const Filters = z.object({
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  job: z.enum(JOB_CATEGORIES).optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
});

// Public: verified job orders, so a worker can check an advert seen on social media.
export async function loader({ request }: LoaderFunctionArgs) {
  const f = Filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, countries] = await Promise.all([
    listPublicJobs({ country: f.country, category: f.job, cursor: f.after }),
    listDestinationCountries(),
  ]);
  return { ...page, countries };
}

export default function Jobs() {
  const t = useT();
  const locale = useLocale();
  const { items, nextCursor, countries } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="page">
      <h1>{t("jobs.title")}</h1>
      <p>{t("jobs.intro")}</p>
      <section aria-labelledby="check-code" className="card">
        <h2 id="check-code" className="h3">
          {t("jobs.checkCode.title")}
        </h2>
        <p className="hint">{t("jobs.checkCode.hint")}</p>
        <VerifyForm code="" invalid={false} />
      </section>
      <details className="fold card">
        <summary>{t("check.verdictLink")}</summary>
        <p>{t("offer.intro")}</p>
        <OfferCheckForm countries={countries} />
      </details>
      <Form method="get" className="filters">
        <CountrySelect countries={countries} />
        <div className="field">
          <label htmlFor="job">{t("precheck.jobCategory")}</label>
          <select id="job" name="job" defaultValue={params.get("job") ?? ""}>
            <option value="">{t("jobs.anyJob")}</option>
            {JOB_CATEGORIES.map((j) => (
              <option key={j} value={j}>
                {t(`job.${j}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("jobs.none")}</p>
      ) : (
        <ul className="results">
          {items.map((j) => (
            <li key={j.id} className="result">
              <h2 className="h3">
                <JobTitle title={j.title} category={j.jobCategory} /> —{" "}
                {locale === "sw" ? j.country.nameSw : j.country.nameEn}
              </h2>
              <dl className="facts">
                <div>
                  <dt>{t("jobs.employer")}</dt>
                  <dd>
                    {j.employer.name ?? t("jobs.household")}, {j.employer.city}
                  </dd>
                </div>
                <div>
                  <dt>{t("jobs.wage")}</dt>
                  <dd>{formatPay(j.offeredWage, j.currency, locale)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.positionsLeft")}</dt>
                  <dd>{Math.max(0, j.positions - j.positionsFilled)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.agency")}</dt>
                  <dd>
                    <Link to={`/agencies/${j.agency.id}`}>{j.agency.name}</Link>
                  </dd>
                </div>
                <div>
                  <dt>{t("jobOrders.validUntil")}</dt>
                  <dd>{formatDate(j.validUntil, locale)}</dd>
                </div>
                <div>
                  <dt>{t("jobs.code")}</dt>
                  <dd>
                    <Link className="code" to={`/verify/${j.verificationCode}`}>
                      {formatVerificationCode(j.verificationCode!)}
                    </Link>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <NextPage cursor={nextCursor} />
    </section>
  );
}
