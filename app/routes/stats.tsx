import { ScorecardSection } from "~/ui/scorecard";
import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicStats } from "~/domain/stats/stats.server";
import { useLocale, useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";
import { BarChart } from "~/ui/bar-chart";
import { formatDate, formatDateTime, formatMonth } from "~/ui/format";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("stats.title", NO_SCRIPTS);

const CACHE = "public, max-age=300";
export const headers: HeadersFunction = () => ({ "Cache-Control": CACHE });

// Public: the numbers behind labour migration, refreshed every few minutes (also as /stats.json).
export async function loader(_args: LoaderFunctionArgs) {
  return data(await publicStats(), { headers: { "Cache-Control": CACHE } });
}

export default function Stats() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const s = useLoaderData<typeof loader>();
  const byCountry = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const r of s.contracts) {
    byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.count);
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.count);
  }
  const byCategory = new Map<string, number>();
  const resolved = new Map<string, number>();
  for (const r of s.cases) {
    byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + r.count);
    if (r.status === "RESOLVED" || r.status === "CLOSED")
      resolved.set(r.category, (resolved.get(r.category) ?? 0) + r.count);
  }
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return (
    <section className="page">
      <h1>{t("stats.title")}</h1>
      <p>
        {t("stats.intro")}{" "}
        <span className="muted">
          {t("stats.updated", { at: formatDateTime(s.generatedAt, locale) })}
        </span>
      </p>
      <p>
        <Link to="/stats.json" reloadDocument>
          {t("stats.json")}
        </Link>
      </p>

      <h2>{t("stats.agencies")}</h2>
      <BarChart
        title={t("stats.agencies")}
        rows={s.agencies.map((a) => ({
          label: t(`status.${a.status}` as MessageKey),
          value: a.count,
        }))}
      />

      <h2>{t("stats.contractsByCountry")}</h2>
      {byCountry.size === 0 ? (
        <p>{t("stats.none")}</p>
      ) : (
        <BarChart
          title={t("stats.contractsByCountry")}
          rows={sorted(byCountry).map(([code, value]) => ({ label: country(code), value }))}
        />
      )}
      <h2>{t("stats.contractsByMonth")}</h2>
      {byMonth.size === 0 ? (
        <p>{t("stats.none")}</p>
      ) : (
        <BarChart
          title={t("stats.contractsByMonth")}
          rows={[...byMonth.entries()].map(([month, value]) => ({
            label: formatMonth(month, locale),
            value,
          }))}
        />
      )}

      <h2 id="stats-cases">{t("stats.cases")}</h2>
      {byCategory.size === 0 ? (
        <p>{t("stats.none")}</p>
      ) : (
        <>
          <BarChart
            title={t("stats.cases")}
            rows={sorted(byCategory).map(([c, value]) => ({
              label: t(`stats.category.${c}` as MessageKey),
              value,
            }))}
          />
          <TableWrap labelledBy="stats-cases">
            <table>
              <caption>{t("stats.casesTable")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cases.col.category")}</th>
                  <th scope="col">{t("cases.counts.total")}</th>
                  <th scope="col">{t("cases.status.RESOLVED")}</th>
                </tr>
              </thead>
              <tbody>
                {sorted(byCategory).map(([c, n]) => (
                  <tr key={c}>
                    <td>{t(`stats.category.${c}` as MessageKey)}</td>
                    <td>{n.toLocaleString("en-KE")}</td>
                    <td>{(resolved.get(c) ?? 0).toLocaleString("en-KE")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}

      <h2 id="stats-trafficking">{t("stats.trafficking")}</h2>
      <p>
        {t("stats.trafficking.intro", {
          min: String(s.trafficking.minCount),
          date: formatDate(`${s.trafficking.asOf}T00:00:00+03:00`, locale),
        })}
      </p>
      {s.trafficking.destinations.length === 0 && !s.trafficking.otherDestinations ? (
        <p>{t("stats.none")}</p>
      ) : (
        <>
          <BarChart
            title={t("stats.trafficking.destinations")}
            rows={[
              ...s.trafficking.destinations.map((d) => ({
                label: country(d.country),
                value: d.count,
              })),
              ...(s.trafficking.otherDestinations
                ? [
                    {
                      label: t("stats.trafficking.otherDestinations"),
                      value: s.trafficking.otherDestinations,
                    },
                  ]
                : []),
            ]}
          />
          <BarChart
            title={t("stats.trafficking.indicators")}
            rows={s.trafficking.indicators.map((d) => ({
              label: t(`indicator.${d.indicator}` as MessageKey),
              value: d.count,
            }))}
          />
          <TableWrap labelledBy="stats-trafficking">
            <table>
              <caption>{t("stats.trafficking.routes")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("stats.trafficking.from")}</th>
                  <th scope="col">{t("stats.trafficking.to")}</th>
                  <th scope="col">{t("cases.counts.total")}</th>
                </tr>
              </thead>
              <tbody>
                {s.trafficking.routes.map((r) => (
                  <tr key={`${r.county}-${r.country}`}>
                    <td>{r.county}</td>
                    <td>{country(r.country)}</td>
                    <td>{r.count.toLocaleString("en-KE")}</td>
                  </tr>
                ))}
                {s.trafficking.otherRoutes ? (
                  <tr>
                    <td colSpan={2}>{t("stats.trafficking.otherRoutes")}</td>
                    <td>{s.trafficking.otherRoutes.toLocaleString("en-KE")}</td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}

      <ScorecardSection s={s.afterDeparture} national />

      <h2>{t("stats.checkIns")}</h2>
      <p>
        {s.checkIns.percentAnswered === null
          ? t("stats.none")
          : t("stats.checkInsBody", {
              due: s.checkIns.due.toLocaleString("en-KE"),
              percent: String(s.checkIns.percentAnswered),
              onTime: s.checkIns.onTime.toLocaleString("en-KE"),
            })}
      </p>
      {s.checkIns.percentAnswered !== null ? (
        <progress max={100} value={s.checkIns.percentAnswered} aria-label={t("stats.checkIns")}>
          {s.checkIns.percentAnswered}%
        </progress>
      ) : null}
    </section>
  );
}
