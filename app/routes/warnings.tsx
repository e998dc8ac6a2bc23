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
        <ul className="cards warnings" aria-labelledby="warned-agencies">
          {agencies.items.map((a) => (
            <li key={a.id} className="card">
              <h3 lang="en">
                <Link to={`/agencies/${a.id}`}>{a.name}</Link>
              </h3>
              <p>
                <AgencyStatusBadge status={a.status} />
              </p>
              <dl className="facts">
                <div>
                  <dt>{t("col.licence")}</dt>
                  <dd>{a.licenceNo}</dd>
                </div>
                <div>
                  <dt>{t("col.date")}</dt>
                  <dd>{a.at ? formatDate(a.at, locale) : "—"}</dd>
                </div>
              </dl>
              <Reason text={a.reason} />
            </li>
          ))}
        </ul>
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
        <ul className="cards warnings" aria-labelledby="warned-employers">
          {employers.items.map((e) => (
            <li key={e.id} className="card">
              <h3 lang="en">{e.name}</h3>
              <dl className="facts">
                <div>
                  <dt>{t("warnings.col.kind")}</dt>
                  <dd>{t(`employer.${e.kind}`)}</dd>
                </div>
                <div>
                  <dt>{t("warnings.col.where")}</dt>
                  <dd>
                    <span lang="en">{e.city}</span>,{" "}
                    {locale === "sw" ? e.country.nameSw : e.country.nameEn}
                  </dd>
                </div>
                <div>
                  <dt>{t("col.date")}</dt>
                  <dd>{e.watchListedAt ? formatDate(e.watchListedAt, locale) : "—"}</dd>
                </div>
              </dl>
              <Reason text={e.watchReason} />
            </li>
          ))}
        </ul>
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

// The reason is NEA's own record, stored in English only: marked so, and said so on a
// Kiswahili page.
function Reason({ text }: { text: string | null }) {
  const t = useT();
  const locale = useLocale();
  if (!text) return null;
  return (
    <p>
      <strong>{t("col.reason")}</strong>
      {locale === "en" ? null : (
        <span className="muted"> ({t("warnings.reasonEnglish")})</span>
      )}: <span lang="en">{text}</span>
    </p>
  );
}
