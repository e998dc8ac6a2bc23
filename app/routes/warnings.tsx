import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import {
  BadCursor,
  listSanctionedAgencies,
  listWatchListedEmployers,
} from "~/domain/agencies/agencies.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("warnings.title", NO_SCRIPTS);

// Public: revoked and suspended agencies, and watch-listed employers abroad.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  try {
    const [agencies, employers] = await Promise.all([
      listSanctionedAgencies({ cursor: url.searchParams.get("after") }),
      listWatchListedEmployers({ cursor: url.searchParams.get("employersAfter") }),
    ]);
    return { agencies, employers };
  } catch (e) {
    if (e instanceof BadCursor) throw new Response("Bad page link", { status: 400 });
    throw e;
  }
}

export default function Warnings() {
  const t = useT();
  const locale = useLocale();
  const { agencies, employers } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("warnings.title")}</h1>
      <p>{t("warnings.intro")}</p>
      <h2 id="warned-agencies">{t("warnings.agencies")}</h2>
      {agencies.items.length ? (
        <TableWrap labelledBy="warned-agencies">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.name")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.reason")}</th>
                <th scope="col">{t("col.date")}</th>
              </tr>
            </thead>
            <tbody>
              {agencies.items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/agencies/${a.id}`}>{a.name}</Link>
                    <br />
                    <span className="muted">{a.licenceNo}</span>
                  </td>
                  <td>
                    <AgencyStatusBadge status={a.status} />
                  </td>
                  <td>{a.reason ?? "—"}</td>
                  <td>{formatDate(a.at, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("warnings.agencies.none")}</p>
      )}
      {agencies.nextCursor ? (
        <p className="pager">
          <Link rel="next" to={`/warnings?after=${agencies.nextCursor}`}>
            {t("search.next")}
          </Link>
        </p>
      ) : null}
      <h2 id="warned-employers">{t("warnings.employers")}</h2>
      {employers.items.length ? (
        <TableWrap labelledBy="warned-employers">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("warnings.col.employer")}</th>
                <th scope="col">{t("warnings.col.where")}</th>
                <th scope="col">{t("col.reason")}</th>
                <th scope="col">{t("col.date")}</th>
              </tr>
            </thead>
            <tbody>
              {employers.items.map((e) => (
                <tr key={e.id}>
                  <td>
                    {e.name}
                    <br />
                    <span className="muted">{t(`employer.${e.kind}`)}</span>
                  </td>
                  <td>
                    {e.city}, {locale === "sw" ? e.country.nameSw : e.country.nameEn}
                  </td>
                  <td>{e.watchReason ?? "—"}</td>
                  <td>{formatDate(e.watchListedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("warnings.employers.none")}</p>
      )}
      {employers.nextCursor ? (
        <p className="pager">
          <Link rel="next" to={`/warnings?employersAfter=${employers.nextCursor}`}>
            {t("search.next")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
