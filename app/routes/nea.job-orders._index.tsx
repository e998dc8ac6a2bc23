import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { listJobOrdersForReview } from "~/domain/joborders/joborders.server";
import { useLocale, useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { TableWrap } from "~/ui/table-wrap";
import { CountrySelect, SortSelect } from "~/ui/queue-filters";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { queueSort } from "~/utils/queue-order";

const STATUSES = ["SUBMITTED", "VERIFIED", "REJECTED", "EXPIRED", "WITHDRAWN"] as const;
const Filters = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
});

export const handle = titled("jobOrders.queue");

// NEA officers: job orders waiting for verification, longest waiting first (or newest first).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "jobOrder:verify");
  const f = Filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, countries] = await Promise.all([
    listJobOrdersForReview(user, {
      status: f.status,
      country: f.country,
      cursor: f.after,
      sort: queueSort(f.sort),
    }),
    listDestinationCountries(),
  ]);
  return { ...page, countries };
}

export default function JobOrderQueue() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { items, nextCursor, countries } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="page">
      <h1>{t("jobOrders.queue")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("col.status")}</label>
          <select id="status" name="status" defaultValue={params.get("status") ?? "SUBMITTED"}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`jobOrders.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <CountrySelect countries={countries} />
        <SortSelect />
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("jobOrders.queue.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("jobOrders.titleField")}</th>
                <th scope="col">{t("jobs.agency")}</th>
                <th scope="col">{t("jobs.employer")}</th>
                <th scope="col">{t("col.date")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.id}>
                  <td>
                    <Link to={`/nea/job-orders/${o.id}`}>{o.title}</Link> ({country(o.countryCode)},{" "}
                    {o.positions})
                  </td>
                  <td>{o.agency.name}</td>
                  <td>
                    {o.employer.name}
                    {o.employer.watchListed ? (
                      <>
                        {" "}
                        <span className="badge badge-err">{t("employers.watchListed")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{formatDateTime(o.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={nextCursor} />
    </section>
  );
}
