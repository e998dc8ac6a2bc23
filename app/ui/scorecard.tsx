import { Link } from "@remix-run/react";
import type { Scorecard } from "~/domain/scorecard/scorecard.rules";
import { useLocale, useT } from "~/i18n/use-t";
import { formatPay } from "~/ui/format";
import { DEBRIEF_ANSWERS } from "~/domain/scorecard/debrief.rules";

/** An agency's record after departure (issue 19 §3), as the public reads it on its page. */
export function ScorecardSection({ s, national = false }: { s: Scorecard; national?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const rate = (v: number) =>
    t("scorecard.rate", { value: v.toLocaleString(locale === "sw" ? "sw-KE" : "en-KE") });
  const p = s.perHundred;
  return (
    <section aria-labelledby="scorecard">
      <h2 id="scorecard">{t("scorecard.title", { months: s.months })}</h2>
      <p>
        {s.deployed === null
          ? t("scorecard.fewer", { min: s.minimum })
          : t(national ? "scorecard.deployedNational" : "scorecard.deployed", { n: s.deployed })}
      </p>
      {!p ? (
        <p className="alert alert-info">{t("scorecard.suppressed", { min: s.minimum })}</p>
      ) : (
        <dl className="facts">
          <div>
            <dt>{t("scorecard.upheld")}</dt>
            <dd>{rate(p.upheldComplaints)}</dd>
          </div>
          <div>
            <dt>{t("scorecard.distress")}</dt>
            <dd>
              {rate(p.distressCases)}
              <PerHundredList
                of={p.cases}
                label={(cat) => t(`stats.category.${cat}` as Parameters<typeof t>[0])}
                rate={rate}
              />
            </dd>
          </div>
          <div>
            <dt>{t("scorecard.substitutions")}</dt>
            <dd>{rate(p.substitutions)}</dd>
          </div>
          <div>
            <dt>{t("scorecard.feeClaims")}</dt>
            <dd>
              {rate(p.feeClaims)}
              {(s.fees ?? []).map((f) => (
                <p key={f.currency}>
                  {t("scorecard.fees", {
                    reported: formatPay(f.reportedAmount, f.currency, locale),
                    refunded: formatPay(f.refundedAmount, f.currency, locale),
                  })}
                  {f.medianDaysToRefund !== null
                    ? `; ${t("scorecard.median", { days: f.medianDaysToRefund })}`
                    : null}
                </p>
              ))}
            </dd>
          </div>
          <div>
            <dt>{t("scorecard.feesRefunded")}</dt>
            <dd>{rate(p.feesRefunded)}</dd>
          </div>
          <div>
            <dt>{t("scorecard.ratings")}</dt>
            <dd>
              {s.ratings
                ? t("scorecard.ratingsValue", {
                    average: s.ratings.average.toLocaleString(locale === "sw" ? "sw-KE" : "en-KE"),
                    n: s.ratings.count,
                    percent: s.ratings.recommendPercent,
                  })
                : t("scorecard.ratingsFewer", { min: s.ratingsMinimum })}
            </dd>
          </div>
          <div>
            <dt>{t("scorecard.early")}</dt>
            <dd>
              {rate(p.earlyReturns)}
              <PerHundredList
                of={p.earlyReasons}
                label={(why) => t(`returns.why.${why as "OTHER"}`)}
                rate={rate}
              />
            </dd>
          </div>
          <div>
            <dt>{t("scorecard.debriefs")}</dt>
            <dd>
              {s.debriefs ? (
                <>
                  {t("scorecard.debriefsOf", { n: s.debriefs.count })}
                  <ul>
                    {DEBRIEF_ANSWERS.map((k) => (
                      <li key={k}>{t(`scorecard.debriefs.${k}`, { percent: s.debriefs![k] })}</li>
                    ))}
                  </ul>
                </>
              ) : (
                t("scorecard.debriefsFewer", { min: s.debriefsMinimum })
              )}
            </dd>
          </div>
          <div>
            <dt>{t("scorecard.checkIns")}</dt>
            <dd>
              {s.checkInCompliance === null
                ? t("scorecard.checkInsNone")
                : t("scorecard.percent", { value: s.checkInCompliance })}
            </dd>
          </div>
        </dl>
      )}
      <p>
        <Link to="/scorecard">{t("scorecard.method")}</Link>
      </p>
    </section>
  );
}

/** Each non-zero rate of a breakdown (by kind of case, by why), as a list; nothing when none. */
function PerHundredList(props: {
  of: Partial<Record<string, number>>;
  label: (key: string) => string;
  rate: (v: number) => string;
}) {
  const rows = Object.entries(props.of);
  if (!rows.length) return null;
  return (
    <ul>
      {rows.map(([k, v]) => (
        <li key={k}>
          {props.label(k)}: {props.rate(v ?? 0)}
        </li>
      ))}
    </ul>
  );
}
