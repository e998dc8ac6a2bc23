import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { ContractQueueFilters, contractFiltersFromUrl } from "~/domain/contracts/contracts.schema";
import { listContractsForReview } from "~/domain/contracts/contract-lists.server";
import { useLocale, useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { TableWrap } from "~/ui/table-wrap";
import { CountrySelect, SortSelect } from "~/ui/queue-filters";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";

export const handle = titled("contracts.queue");

// NEA officers and supervisors: contracts waiting, longest waiting first (or newest first), with
// how long each has waited.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const f = contractFiltersFromUrl(new URL(request.url));
  const [page, countries] = await Promise.all([
    listContractsForReview(user, f),
    listDestinationCountries(),
  ]);
  return { ...page, countries, now: Date.now() };
}

export default function ContractQueue() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { items, nextCursor, countries, now } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const csv = new URLSearchParams(params);
  csv.delete("after");
  return (
    <section className="page">
      <h1>{t("contracts.queue")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("col.status")}</label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""}>
            <option value="">{t("complaints.open")}</option>
            {ContractQueueFilters.shape.status.unwrap().options.map((s) => (
              <option key={s} value={s}>
                {t(`contracts.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <CountrySelect countries={countries} />
        <div className="field">
          <label htmlFor="agency">{t("jobs.agency")}</label>
          <input
            id="agency"
            name="agency"
            maxLength={100}
            defaultValue={params.get("agency") ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="waitedDays">{t("contracts.waitedFilter")}</label>
          <select id="waitedDays" name="waitedDays" defaultValue={params.get("waitedDays") ?? ""}>
            <option value="">{t("contracts.waitedAny")}</option>
            {[3, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {t("contracts.waitedAtLeast", { days: d })}
              </option>
            ))}
          </select>
        </div>
        <SortSelect />
        <button type="submit">{t("search.submit")}</button>
      </Form>
      <p>
        <a href={`/nea/contracts.csv?${csv.toString()}`}>{t("contracts.exportCsv")}</a>
      </p>
      {items.length === 0 ? (
        <p>{t("contracts.queue.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("contracts.reference")}</th>
                <th scope="col">{t("contracts.worker")}</th>
                <th scope="col">{t("jobs.agency")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("licensing.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => {
                const days = c.submittedAt
                  ? Math.floor((now - new Date(c.submittedAt).getTime()) / 86400_000)
                  : 0;
                return (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/nea/contracts/${c.id}`}>{c.reference}</Link> (
                      {country(c.countryCode)})
                    </td>
                    <td>
                      {c.worker.firstName} {c.worker.lastName}
                    </td>
                    <td>{c.agency.name}</td>
                    <td>{t(`contracts.status.${c.status}`)}</td>
                    <td>
                      {formatDateTime(c.submittedAt, locale)}{" "}
                      <span
                        className={`badge ${days >= 7 ? "badge-err" : days >= 3 ? "badge-warn" : "badge-ok"}`}
                      >
                        {t("contracts.waiting", { days })}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={nextCursor} />
    </section>
  );
}
