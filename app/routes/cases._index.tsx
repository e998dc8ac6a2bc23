import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/permissions";
import { requireUser } from "~/auth/require.server";
import { caseCountsByAgency, listCases, type CaseFilter } from "~/domain/cases/cases.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

const STATUSES = ["ACTIVE", "OPEN", "IN_PROGRESS", "REFERRED", "RESOLVED"] as const;

export const handle = titled("cases.list.title");

// Attachés: their mission's cases. NEA: unmatched reports from families, and case counts per agency.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const nea = can(user, "case:oversee");
  if (!can(user, "case:handle") && !nea) throw new Response("Forbidden", { status: 403 });
  const p = new URL(request.url).searchParams;
  const status = (STATUSES as readonly string[]).includes(p.get("status") ?? "")
    ? (p.get("status") as CaseFilter["status"])
    : "ACTIVE";
  const filter = {
    status,
    overdue: p.get("overdue") === "1",
    after: (p.get("after") ?? "").slice(0, 60) || null,
  };
  const [list, counts] = await Promise.all([
    listCases(user, filter),
    nea ? caseCountsByAgency(user) : Promise.resolve(null),
  ]);
  return { ...list, counts, filter, nea };
}

export default function Cases() {
  const t = useT();
  const locale = useLocale();
  const { cases, next, counts, filter, nea } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("cases.list.title")}</h1>
      <p>{nea ? t("cases.list.introNea") : t("cases.list.introMission")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("cases.list.status")}</label>
          <select id="status" name="status" defaultValue={filter.status}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === "ACTIVE" ? t("cases.list.active") : t(`cases.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filter.overdue} />{" "}
            {t("cases.list.overdue")}
          </label>
        </div>
        <button type="submit">{t("mission.filter.apply")}</button>
      </Form>
      {cases.length === 0 ? (
        <p>{t("cases.list.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("cases.col.reference")}</th>
                <th scope="col">{t("cases.col.category")}</th>
                <th scope="col">{t("cases.col.priority")}</th>
                <th scope="col">{t("cases.col.worker")}</th>
                <th scope="col">{t("cases.col.status")}</th>
                <th scope="col">{t("cases.col.due")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/cases/${c.id}`}>{c.reference}</Link>
                  </td>
                  <td>{t(`cases.category.${c.category}`)}</td>
                  <td>{t(`cases.priority.${c.priority}`)}</td>
                  <td>{c.worker ?? "—"}</td>
                  <td>{t(`cases.status.${c.status}`)}</td>
                  <td>
                    {formatDateTime(c.dueAt, locale)}
                    {c.overdue ? (
                      <>
                        {" "}
                        <strong className="badge badge-err">{t("cases.overdue")}</strong>
                      </>
                    ) : null}
                    {c.escalatedAt ? (
                      <>
                        {" "}
                        <strong className="badge badge-warn">{t("cases.escalated")}</strong>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={next} />
      {counts ? (
        <>
          <h2 id="case-counts">{t("cases.counts.title")}</h2>
          {counts.length === 0 ? (
            <p>{t("cases.list.empty")}</p>
          ) : (
            <TableWrap labelledBy="case-counts">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("mission.col.agency")}</th>
                    <th scope="col">{t("cases.counts.total")}</th>
                    <th scope="col">{t("cases.counts.active")}</th>
                  </tr>
                </thead>
                <tbody>
                  {counts.map((c) => (
                    <tr key={c.agency.id}>
                      <td>
                        <Link to={`/agencies/${c.agency.id}`}>{c.agency.name}</Link>{" "}
                        {c.agency.licenceNo ? (
                          <span className="muted">({c.agency.licenceNo})</span>
                        ) : null}
                      </td>
                      <td>{c.total}</td>
                      <td>{c.active}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </>
      ) : null}
    </section>
  );
}
