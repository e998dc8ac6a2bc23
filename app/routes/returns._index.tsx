import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { findReturnee, returnQueue, type QueueView } from "~/domain/returns/reintegration.server";
import { useLocale, useT } from "~/i18n/use-t";
import { useCountryName } from "~/ui/country";
import { formatDate } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("reintegration.queue.title");

// NEA's returnee desk (issue 20 §3): find a worker at the airport desk by passport or ID (to
// record her return and debrief with her), and the queue of returns waiting for a debrief or for
// a referral to be placed with a service. NEA officers only; national.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  const url = new URL(request.url);
  const view: QueueView = url.searchParams.get("view") === "all" ? "all" : "waiting";
  const q = (url.searchParams.get("q") ?? "").slice(0, 40);
  return {
    view,
    q,
    found: q ? await findReturnee(user, q) : null,
    ...(await returnQueue(user, view, url.searchParams.get("after"))),
  };
}

export default function ReturneeDesk() {
  const t = useT();
  const locale = useLocale();
  const country = useCountryName();
  const { view, q, found, returns, next } = useLoaderData<typeof loader>();
  const day = (d: string) => formatDate(`${d}T12:00:00+03:00`, locale);
  return (
    <section className="page">
      <h1>{t("reintegration.queue.title")}</h1>
      <p>
        <Link to="/returns/services">{t("reintegration.services.title")}</Link>
      </p>
      <h2>{t("reintegration.desk.title")}</h2>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="q">{t("reintegration.desk.q")}</label>
          <input id="q" name="q" defaultValue={q} autoComplete="off" maxLength={40} />
        </div>
        <input type="hidden" name="view" value={view} />
        <button type="submit">{t("reintegration.desk.find")}</button>
      </Form>
      {found === null ? null : found.length === 0 ? (
        <p className="alert alert-info">{t("reintegration.desk.none")}</p>
      ) : (
        <ul>
          {found.map((f) => (
            <li key={f.registrationId}>
              <Link to={`/returns/${f.registrationId}`}>{f.name}</Link> — {country(f.country)},{" "}
              {f.agency} ({f.contract}) —{" "}
              {f.returnedOn
                ? t("reintegration.desk.returned", { date: day(f.returnedOn) })
                : t(`mission.status.${f.status}`)}
            </li>
          ))}
        </ul>
      )}

      <h2>{t("reintegration.queue.list")}</h2>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="view">{t("reintegration.queue.view")}</label>
          <select id="view" name="view" defaultValue={view}>
            <option value="waiting">{t("reintegration.queue.waiting")}</option>
            <option value="all">{t("reintegration.queue.all")}</option>
          </select>
        </div>
        <button type="submit">{t("mission.filter.apply")}</button>
      </Form>
      {returns.length === 0 ? (
        <p className="alert alert-info">{t("reintegration.queue.empty")}</p>
      ) : (
        <TableWrap label={t("reintegration.queue.list")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("reintegration.col.name")}</th>
                <th scope="col">{t("reintegration.col.returned")}</th>
                <th scope="col">{t("reintegration.col.reason")}</th>
                <th scope="col">{t("reintegration.col.waiting")}</th>
              </tr>
            </thead>
            <tbody>
              {returns.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/returns/${r.registrationId}`}>{r.name}</Link>
                  </td>
                  <td>
                    {day(r.returnedOn)}, {country(r.country)}
                  </td>
                  <td>
                    {t(`returns.why.${r.reason}`)}
                    {r.early ? ` (${t("reintegration.early")})` : ""}
                  </td>
                  <td>
                    {[
                      r.debriefed ? null : t("reintegration.col.noDebrief"),
                      ...r.toPlace.map((k) => t(`returns.kind.${k}`)),
                    ]
                      .filter(Boolean)
                      .join("; ") || "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={next} />
    </section>
  );
}
