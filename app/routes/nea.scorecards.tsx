import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { scorecardSortOf, scorecardTable } from "~/domain/scorecard/scorecard-table.server";
import {
  MIN_DEPLOYMENTS,
  SCORECARD_MONTHS,
  SCORECARD_SORTS,
} from "~/domain/scorecard/scorecard.rules";
import { useT } from "~/i18n/use-t";
import { titled } from "~/ui/page-title";
import { PageLinks } from "~/ui/pager";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("scorecards.title");

// NEA: every agency's record after departure, side by side, to choose where to inspect
// (issue 19 §3). Sorted by any column, worst first; the same table as CSV.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:oversee");
  const url = new URL(request.url);
  const sort = scorecardSortOf(url);
  const page = Number(url.searchParams.get("page")) || 1;
  return { ...(await scorecardTable(user, sort, page)), sort };
}

export default function Scorecards() {
  const t = useT();
  const { rows, page, more, sort } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("scorecards.title")}</h1>
      <p>{t("scorecards.intro", { months: SCORECARD_MONTHS, min: MIN_DEPLOYMENTS })}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="sort">{t("scorecards.sort")}</label>
          <select id="sort" name="sort" defaultValue={sort}>
            {SCORECARD_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`scorecards.col.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("mission.filter.apply")}</button>
      </Form>
      <p>
        <a href={`/nea/scorecards.csv?sort=${sort}`}>{t("scorecards.csv")}</a>
      </p>
      {rows.length === 0 ? (
        <p className="alert alert-info">{t("scorecards.none")}</p>
      ) : (
        <TableWrap label={t("scorecards.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("refunds.col.agency")}</th>
                {SCORECARD_SORTS.map((s) => (
                  <th scope="col" key={s} aria-sort={s === sort ? "descending" : undefined}>
                    <Link to={`/nea/scorecards?sort=${s}`}>{t(`scorecards.col.${s}`)}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/agencies/${r.id}`}>{r.name}</Link>
                    <br />
                    <span className="muted">
                      {r.licenceNo ?? "—"} · {t(`status.${r.status}` as Parameters<typeof t>[0])}
                    </span>
                  </td>
                  <td>
                    {r.deployed}
                    {r.belowMinimum ? (
                      <>
                        <br />
                        <span className="muted">{t("scorecards.belowMinimum")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{r.upheld}</td>
                  <td>{r.distress}</td>
                  <td>{r.substitutions}</td>
                  <td>{r.feeClaims}</td>
                  <td>{r.unrefunded}</td>
                  <td>{r.checkIns === null ? "—" : `${r.checkIns}%`}</td>
                  <td>
                    {r.rating === null
                      ? "—"
                      : t("scorecards.ratingCell", { average: r.rating, n: r.ratings })}
                  </td>
                  <td>{r.early}</td>
                  <td>
                    {r.unpaid === null
                      ? "—"
                      : t("scorecards.unpaidCell", { percent: r.unpaid, n: r.debriefs })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <PageLinks page={page} more={more} />
    </section>
  );
}
