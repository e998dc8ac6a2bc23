import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { can } from "~/auth/permissions";
import type { loader as rootLoader } from "~/root";
import { getPublicAgency } from "~/domain/agencies/agencies.server";
import { agencyCaseCounts } from "~/domain/cases/cases.server";
import { agencyScorecard } from "~/domain/scorecard/scorecard.server";
import { ScorecardSection } from "~/ui/scorecard";
import { formatVerificationCode } from "~/domain/verify/code";
import { isUuid } from "~/utils/validation";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatPhone } from "~/ui/format";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled((d) => d?.agency.name, NO_SCRIPTS);

// Public: the agency's profile. Only public fields are selected by getPublicAgency.
export async function loader({ params }: LoaderFunctionArgs) {
  const id = params.id ?? "";
  // Read side by side: one round trip fewer on a page looked up ten thousand different ways.
  const [agency, cases, scorecard] = await Promise.all([
    getPublicAgency({ id }),
    isUuid(id) ? agencyCaseCounts(id) : null,
    isUuid(id) ? agencyScorecard(id) : null,
  ]);
  if (!agency || !cases || !scorecard) throw new Response("Not found", { status: 404 });
  return { agency, cases, scorecard };
}

export default function AgencyPage() {
  const t = useT();
  const locale = useLocale();
  const { agency: a, cases, scorecard } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const note =
    a.status === "ACTIVE"
      ? t(a.linked.length ? "agency.note.ACTIVE_LINKED" : "agency.note.ACTIVE", {
          date: formatDate(a.validUntil, locale),
        })
      : t(`agency.note.${a.status}`);
  return (
    <section className="page">
      <h1>
        {a.name} <AgencyStatusBadge status={a.status} caution={a.linked.length > 0} />
      </h1>
      {/* The link to a revoked agency comes first, in red as in the search results: the calm
          "licensed" note under it must not be what she reads and stops at. */}
      {a.linked.length ? (
        <div className="alert alert-error" role="alert">
          <h2>{t("agency.linked.title")}</h2>
          <p>{t("agency.linked.body")}</p>
          <ul>
            {a.linked.map((l) => (
              <li key={l.id}>
                <Link to={`/agencies/${l.id}`}>{l.name}</Link> ({t(`status.${l.status}`)}):{" "}
                {l.reasons.map((r) => t(`agency.linked.${r}`)).join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p
        // Amber, not green, when the agency is linked to a revoked one: the warning above stands.
        className={`alert ${a.status !== "ACTIVE" ? "alert-error" : a.linked.length ? "alert-warn" : "alert-success"} status-note`}
        role="status"
      >
        {note}
      </p>
      {/* Reporting is one tap from the top, not under the history table. */}
      <p>
        <Link to={`/report?agency=${a.id}`}>{t("agency.report")}</Link>
      </p>
      <dl className="facts">
        <div>
          <dt>{t("agency.licenceNo")}</dt>
          <dd>{a.licenceNo ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("agency.validFrom")}</dt>
          <dd>{formatDate(a.validFrom, locale)}</dd>
        </div>
        <div>
          <dt>{t("agency.validUntil")}</dt>
          <dd>{formatDate(a.validUntil, locale)}</dd>
        </div>
        <div>
          <dt>{t("agency.location")}</dt>
          <dd>{[a.address, a.town, a.county?.name].filter(Boolean).join(", ") || "—"}</dd>
        </div>
        <div>
          <dt>{t("agency.contacts")}</dt>
          <dd>
            {formatPhone(a.phone)}
            {a.email ? (
              <>
                <br />
                {a.email}
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("agency.upheld")}</dt>
          <dd>{a.upheldComplaints}</dd>
        </div>
        <div>
          <dt>{t("nav.cases")}</dt>
          <dd>
            {t("cases.agencyPage", { total: String(cases.total), active: String(cases.active) })}
          </dd>
        </div>
        {a.verificationCode ? (
          <div>
            <dt>{t("agency.verifyCode")}</dt>
            <dd>
              <Link className="code" to={`/verify/${a.verificationCode}`}>
                {formatVerificationCode(a.verificationCode)}
              </Link>
            </dd>
          </div>
        ) : null}
      </dl>
      {/* Only an active licence allows recruiting: a revoked or suspended agency's old list would
          read as "it may still recruit there". */}
      {a.status === "ACTIVE" ? (
        <>
          <h2>{t("agency.countries")}</h2>
          <p>
            {a.countries.length
              ? a.countries.map((c) => (locale === "sw" ? c.nameSw : c.nameEn)).join(", ")
              : t("agency.countries.none")}
          </p>
        </>
      ) : null}
      <ScorecardSection s={scorecard} />
      <h2>{t("agency.history")}</h2>
      {a.actions.length ? (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.date")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">
                  {t("col.reason")}
                  {/* NEA's own record, stored in English only: said so on a Kiswahili page. */}
                  {locale === "en" ? null : (
                    <span className="muted"> ({t("warnings.reasonEnglish")})</span>
                  )}
                </th>
              </tr>
            </thead>
            <tbody>
              {a.actions.map((h, i) => (
                <tr key={i}>
                  <td>{formatDate(h.at, locale)}</td>
                  <td>{t(`action.${h.action}`)}</td>
                  <td>
                    <span lang="en">{h.reason}</span>
                    {h.hearingDate ? (
                      <>
                        <br />
                        <span className="muted">
                          {t("agency.hearing", {
                            notice: formatDate(h.noticeDate, locale),
                            hearing: formatDate(h.hearingDate, locale),
                          })}
                        </span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("agency.history.none")}</p>
      )}
      {a.status === "ACTIVE" ? (
        <p>
          <a href={`/agencies/${a.id}/certificate.pdf`}>{t("agencyHome.certificate")}</a>
        </p>
      ) : null}
      {root?.user && can(root.user, "licence:review") ? (
        <p>
          <Link to={`/nea/agencies/${a.id}`}>{t("sanction.link")}</Link>
        </p>
      ) : null}
    </section>
  );
}
