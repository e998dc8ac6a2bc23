import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData, useSearchParams } from "@remix-run/react";
import {
  AgencySearchSchema,
  AGENCY_STATUSES,
  searchParamsObject,
} from "~/domain/agencies/agencies.schema";
import { BadCursor, listCounties, searchAgencies } from "~/domain/agencies/agencies.server";
import { linkedToSanctioned } from "~/domain/agencies/sanctioned-links.server";
import { closeAgencyMatches } from "~/domain/agencies/close-matches.server";
import { useLocale, useT } from "~/i18n/use-t";
import type { loader as rootLoader } from "~/root";
import { formatDate } from "~/ui/format";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { getUser } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { workerNextStep } from "~/domain/departure/next-step.server";
import { Callable } from "~/ui/tel-link";

export const handle = titled("home.title", NO_SCRIPTS);

// Public: the registry search is the centre of the home page; it works as a plain GET form.
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getUser(request);
  const [counties, next] = await Promise.all([
    listCounties(),
    // A signed-in worker sees her next step first.
    user && can(user, "worker:self") ? workerNextStep(user) : null,
  ]);
  const parsed = AgencySearchSchema.safeParse(searchParamsObject(url));
  const searched = ["q", "status", "county", "cursor"].some((k) => url.searchParams.get(k));
  if (!parsed.success)
    return data(
      { counties, next, searched, results: null, error: "search.badCursor" as const },
      { status: 400 },
    );
  if (parsed.data.q && parsed.data.q.replace(/[^\p{L}\p{N}]/gu, "").length < 2) {
    return data(
      { counties, next, searched, results: null, error: "search.tooShort" as const },
      { status: 400 },
    );
  }
  if (!searched) return { counties, next, searched, results: null, error: null };
  try {
    const page = await searchAgencies(parsed.data);
    const linked = await linkedToSanctioned(page.items.map((a) => a.id));
    const results = {
      ...page,
      items: page.items.map((a) => ({ ...a, linkedToSanctioned: linked.has(a.id) })),
      // Nothing found for a name as she heard it: the registered names close to it.
      near: page.items.length === 0 && parsed.data.q ? await closeAgencyMatches(parsed.data.q) : [],
    };
    return { counties, next, searched, results, error: null };
  } catch (e) {
    if (e instanceof BadCursor)
      return data(
        { counties, next, searched, results: null, error: "search.badCursor" as const },
        { status: 400 },
      );
    throw e;
  }
}

export default function Home() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const { counties, next, results, searched, error } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const nextHref = (cursor: string) => {
    const p = new URLSearchParams(params);
    p.set("cursor", cursor);
    return `/?${p.toString()}#results`;
  };
  const firstHref = () => {
    const p = new URLSearchParams(params);
    p.delete("cursor");
    return `/?${p.toString()}#results`;
  };
  return (
    <section className="page">
      <h1>{t("home.title")}</h1>
      <p>{t("home.intro")}</p>
      {root?.user ? (
        <p className="muted">{t("home.signedInAs", { name: root.user.name })}</p>
      ) : null}
      {next ? (
        <section aria-labelledby="next-step" className="next-step">
          <h2 id="next-step">
            <span className="muted">{t("next.heading")}: </span>
            {t(`next.${next.kind}.title`)}
          </h2>
          <p>{t(`next.${next.kind}.body`)}</p>
          <p>
            <Link to={next.href} className="button">
              {t(`next.${next.kind}.action`)}
            </Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="search-title" className="search-box">
        <h2 id="search-title">{t("search.title")}</h2>
        <p>{t("home.check.body")}</p>
        {/* A plain form (the page has no scripts): its #results takes her to the answer. */}
        <form method="get" action="/#results" role="search" className="filters">
          <div className="field grow">
            <label htmlFor="q">{t("search.q")}</label>
            <p id="q-hint" className="hint">
              {t("search.q.hint")}
            </p>
            <input
              id="q"
              name="q"
              type="search"
              maxLength={100}
              defaultValue={params.get("q") ?? ""}
              aria-describedby={error ? "q-hint search-error" : "q-hint"}
              aria-invalid={error === "search.tooShort" ? true : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="county">{t("search.county")}</label>
            <select id="county" name="county" defaultValue={params.get("county") ?? ""}>
              <option value="">{t("search.anyCounty")}</option>
              {counties.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="status">{t("search.status")}</label>
            <select id="status" name="status" defaultValue={params.get("status") ?? ""}>
              <option value="">{t("search.anyStatus")}</option>
              {AGENCY_STATUSES.filter((s) => s !== "PENDING").map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("search.submit")}</button>
        </form>
        {error ? (
          <p id="search-error" className="field-error" role="alert">
            {t(error)}
          </p>
        ) : null}
      </section>

      {searched && results ? (
        <section id="results" aria-labelledby="results-title">
          <h2 id="results-title">{t("search.results")}</h2>
          {results.items.length === 0 ? (
            <>
              {results.near.length ? (
                <div className="alert alert-info">
                  <p>
                    <strong>{t("search.near")}</strong>
                  </p>
                  <ul>
                    {results.near.map((a) => (
                      <li key={a.id}>
                        <Link to={`/agencies/${a.id}`} lang="en">
                          {a.name}
                        </Link>{" "}
                        <AgencyStatusBadge status={a.status} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <div className="alert alert-warn" role="status">
                <p>{t("search.none")}</p>
                <p>
                  {/* The report starts with the name she searched for. */}
                  <Link to={`/report?${new URLSearchParams({ name: params.get("q") ?? "" })}`}>
                    {t("nav.report")}
                  </Link>
                </p>
              </div>
            </>
          ) : (
            <ul className="results">
              {results.items.map((a) => (
                <li key={a.id} className="result">
                  <h3>
                    <Link to={`/agencies/${a.id}`}>{a.name}</Link>{" "}
                    <AgencyStatusBadge status={a.status} caution={a.linkedToSanctioned} />
                  </h3>
                  {a.status === "REVOKED" || a.status === "SUSPENDED" ? (
                    <p className="alert alert-error">
                      <strong>{t(`search.sanctioned.${a.status}`)}</strong>{" "}
                      {t("search.sanctionedHint")}{" "}
                      <Link to={`/report?agency=${a.id}`}>{t("nav.report")}</Link>
                    </p>
                  ) : null}
                  {a.linkedToSanctioned ? (
                    <p className="alert alert-error">
                      <strong>{t("agency.linked.title")}.</strong> {t("search.linkedHint")}
                    </p>
                  ) : null}
                  <dl className="facts">
                    <div>
                      <dt>{t("col.licence")}</dt>
                      <dd>{a.licenceNo ?? "—"}</dd>
                    </div>
                    <div>
                      <dt>{t("col.county")}</dt>
                      <dd>
                        {a.county?.name ?? "—"}
                        {a.town ? `, ${a.town}` : ""}
                      </dd>
                    </div>
                    {a.status === "ACTIVE" || a.status === "EXPIRED" ? (
                      <div>
                        <dt>{t("col.validUntil")}</dt>
                        <dd>{formatDate(a.validUntil, locale)}</dd>
                      </div>
                    ) : null}
                    {/* Where it may recruit: only while it may (not for a revoked licence). */}
                    {a.status === "ACTIVE" ? (
                      <div>
                        <dt>{t("col.countries")}</dt>
                        <dd>{a.countries.map(country).join(", ") || "—"}</dd>
                      </div>
                    ) : null}
                  </dl>
                </li>
              ))}
            </ul>
          )}
          <p className="pager">
            {params.get("cursor") ? <Link to={firstHref()}>{t("search.first")}</Link> : null}
            {results.nextCursor ? (
              <Link to={nextHref(results.nextCursor)} rel="next">
                {t("search.next")}
              </Link>
            ) : null}
          </p>
        </section>
      ) : null}

      <div className="cards">
        {/* "Open an account" is for visitors; a signed-in reader already has one. */}
        {root?.user ? null : (
          <article className="card">
            <h2>{t("home.workers.title")}</h2>
            <p>{t("home.workers.body")}</p>
            <Link className="button" to="/register">
              {t("nav.register")}
            </Link>
          </article>
        )}
        <article className="card">
          <h2>{t("nav.verify")}</h2>
          <p>{t("verifyCode.intro")}</p>
          <Link to="/verify">{t("nav.verify")}</Link>
        </article>
        <article className="card">
          <h2>{t("home.help.title")}</h2>
          <p>
            <Callable text={t("home.help.body")} />
          </p>
          <p>
            <Link to="/emergency">{t("emergency.link")}</Link>
          </p>
          <Link to="/warnings">{t("nav.warnings")}</Link>
          <p>
            <Link to="/cannot-reach">{t("cases.kin.link")}</Link>
          </p>
        </article>
      </div>
    </section>
  );
}
