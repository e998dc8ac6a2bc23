// What is recorded of a return home (issue 20 §3): when, why, her answers, the cases they opened
// and the help she was referred to. Shown to her, to NEA's desk and to her mission.
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatPay } from "~/ui/format";
import { TelLink } from "~/ui/tel-link";
import type { GoAgain, ReturnSkill } from "~/generated/prisma/enums";

type Summary = {
  endDay: string;
  ret: {
    returnedOn: string | Date;
    early: boolean;
    reason: string;
    note: string | null;
    recordedBy: string;
    debrief: {
      paidInFull: boolean;
      owedAmount: string | null;
      owedCurrency: string | null;
      passportKept: boolean;
      contractRespected: boolean;
      abused: boolean;
      goAgain: GoAgain;
      sameAgency: boolean | null;
      skills: ReturnSkill[];
    } | null;
    referrals: {
      id: string;
      kind: string;
      status: string;
      outcome: string | null;
      consentAt: string | Date | null;
      service: { name: string; phone: string; email: string | null; address: string | null } | null;
    }[];
  } | null;
  cases: { reference: string; category: string; status: string }[];
};

export function ReturnSummary({ data, self }: { data: Summary; self: boolean }) {
  const t = useT();
  const locale = useLocale();
  const ret = data.ret;
  if (!ret) return null;
  const yes = (b: boolean) => t(b ? "returns.yes" : "returns.no");
  const d = ret.debrief;
  return (
    <>
      <p>
        {ret.early
          ? t(self ? "returns.facts.early" : "returns.facts.early.other", {
              date: formatDate(ret.returnedOn, locale),
              end: formatDate(`${data.endDay}T12:00:00+03:00`, locale),
              reason: t(
                self
                  ? `returns.reason.${ret.reason as "OTHER"}`
                  : `returns.why.${ret.reason as "OTHER"}`,
              ),
            })
          : t(self ? "returns.facts" : "returns.facts.other", {
              date: formatDate(ret.returnedOn, locale),
            })}{" "}
        <span className="muted">
          {t(
            self
              ? `returns.by.${ret.recordedBy as "WORKER"}`
              : `returns.by.${ret.recordedBy as "WORKER"}.other`,
          )}
        </span>
      </p>
      {ret.note ? <p className="muted">{ret.note}</p> : null}
      {d ? (
        <>
          <h2>{t(self ? "returns.debrief.done" : "returns.debrief.done.other")}</h2>
          <dl className="facts">
            <div>
              <dt>{t("returns.paidInFull")}</dt>
              <dd>
                {yes(d.paidInFull)}
                {d.owedAmount && d.owedCurrency
                  ? ` — ${formatPay(Number(d.owedAmount), d.owedCurrency, locale)}`
                  : ""}
              </dd>
            </div>
            <div>
              <dt>{t("returns.passportKept")}</dt>
              <dd>{yes(d.passportKept)}</dd>
            </div>
            <div>
              <dt>{t("returns.contractRespected")}</dt>
              <dd>{yes(d.contractRespected)}</dd>
            </div>
            <div>
              <dt>{t("returns.abused")}</dt>
              <dd>{yes(d.abused)}</dd>
            </div>
            <div>
              <dt>{t("returns.goAgain")}</dt>
              <dd>
                {t(`returns.goAgain.${d.goAgain}`)}
                {d.sameAgency === null ? "" : ` — ${t("returns.sameAgency")} ${yes(d.sameAgency)}`}
              </dd>
            </div>
            <div>
              <dt>{t("returns.skills.done")}</dt>
              <dd>
                {d.skills.length ? d.skills.map((s) => t(`returns.skill.${s}`)).join(", ") : "—"}
              </dd>
            </div>
          </dl>
        </>
      ) : null}
      {data.cases.length ? (
        <>
          <h2>{t("returns.cases")}</h2>
          <ul>
            {data.cases.map((c) => (
              <li key={c.reference}>
                {c.reference}: {t(`cases.category.${c.category as "OTHER"}`)} —{" "}
                {t(`cases.status.${c.status as "OPEN"}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {ret.referrals.length ? (
        <>
          <h2>{t(self ? "returns.referrals" : "returns.referrals.other")}</h2>
          <ul>
            {ret.referrals.map((r) => (
              <li key={r.id}>
                <strong>{t(`returns.kind.${r.kind as "HEALTH"}`)}</strong>:{" "}
                {t(referralStatusKey(r, self))}
                {r.service ? (
                  <>
                    {" "}
                    — {r.service.name}, <TelLink number={r.service.phone} />
                    {r.service.address ? `, ${r.service.address}` : ""}
                  </>
                ) : null}
                {r.outcome ? <span className="muted"> ({r.outcome})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

/**
 * A referral's state in words, for her (second person) or for officials (third): one her answers
 * suggested waits for her agreement; one she turned down says so; the rest by status.
 */
export function referralStatusKey(
  r: { status: string; consentAt: string | Date | null },
  self: boolean,
) {
  if (r.status === "REQUESTED" && !r.consentAt)
    return self ? "returns.referral.SUGGESTED" : "returns.referral.SUGGESTED.other";
  if (r.status === "DECLINED" && !r.consentAt)
    return self ? "returns.referral.DECLINED.self" : "returns.referral.DECLINED.other";
  if (r.status === "REQUESTED" && !self) return "returns.referral.REQUESTED.other";
  return `returns.referral.${r.status as "SENT"}` as const;
}
