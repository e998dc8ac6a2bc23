// A worker's return home and what her debrief sets in motion (issue 20 §3). Pure.
//
// - A return is early when she landed before the contract's end (its start plus its length); an
//   early return says why, and "the contract ended" is not a reason for one.
// - The contract closes with the return: COMPLETED on time, REPATRIATED early (a contract cut short
//   is not a revoked one: the public check reads both as ended).
// - The debrief is hers: what she reports opens what follows, and nothing she did not report.
//   Wages owed open a wage claim (an unpaid-wages case with the mission that covers her employer,
//   which can still pursue the employer) and a referral to legal aid; abuse opens a case and a
//   referral to counselling; the help she asks for is referred too. Each kind of referral once.
import type {
  CaseCategory,
  GoAgain,
  ReintegrationKind,
  ReturnReason,
  ReturnRecorder,
  ReturnSkill,
} from "~/generated/prisma/enums";

export const RETURN_REASONS = [
  "CONTRACT_ENDED",
  "UNPAID_WAGES",
  "ABUSE",
  "ILLNESS",
  "FAMILY",
  "EMPLOYER_ENDED",
  "DEPORTED",
  "OTHER",
] as const satisfies readonly ReturnReason[];
export const EARLY_REASONS = RETURN_REASONS.filter((r) => r !== "CONTRACT_ENDED");

export const RETURN_RECORDERS = [
  "WORKER",
  "MISSION",
  "NEA_DESK",
] as const satisfies readonly ReturnRecorder[];

export const REINTEGRATION_KINDS = [
  "COUNSELLING",
  "SKILLS_RECOGNITION",
  "BUSINESS_TRAINING",
  "HEALTH",
  "LEGAL_AID",
] as const satisfies readonly ReintegrationKind[];

export const GO_AGAIN = ["YES", "NO", "UNSURE"] as const satisfies readonly GoAgain[];

export const RETURN_SKILLS = [
  "COOKING",
  "CHILDCARE",
  "ELDERLY_CARE",
  "CLEANING",
  "DRIVING",
  "LANGUAGE",
  "OTHER",
] as const satisfies readonly ReturnSkill[];

/** The contract's last day, as a Nairobi calendar day: its start plus its length in months. */
export function contractEndDay(startDay: string, durationMonths: number): string {
  const d = new Date(`${startDay}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + durationMonths);
  return d.toISOString().slice(0, 10);
}

/** Early: she landed before the contract's end day. Days are compared as YYYY-MM-DD. */
export function isEarlyReturn(returnedOn: string, endDay: string) {
  return returnedOn < endDay;
}

/** What the return makes of a return's reason: a reason for an early one; on time, the contract's end. */
export function returnReasonProblem(early: boolean, reason: ReturnReason | undefined) {
  if (early) return !reason || reason === "CONTRACT_ENDED" ? "returns.error.earlyReason" : null;
  return null;
}

export function contractStatusOnReturn(early: boolean) {
  return early ? ("REPATRIATED" as const) : ("COMPLETED" as const);
}

export type DebriefAnswers = {
  paidInFull: boolean;
  owedAmount?: number | null;
  owedCurrency?: string | null;
  passportKept: boolean;
  contractRespected: boolean;
  abused: boolean;
  goAgain: GoAgain;
  sameAgency?: boolean | null;
  skills: readonly ReturnSkill[];
  help: readonly ReintegrationKind[];
};

export type DebriefEffects = {
  cases: { category: Extract<CaseCategory, "UNPAID_WAGES" | "ABUSE">; owed?: string }[];
  referrals: ReintegrationKind[];
};

/** The cases and referrals her answers open: only what she reported, each referral kind once. */
export function debriefEffects(a: DebriefAnswers): DebriefEffects {
  const cases: DebriefEffects["cases"] = [];
  const referrals = new Set<ReintegrationKind>();
  if (!a.paidInFull) {
    cases.push({
      category: "UNPAID_WAGES",
      ...(a.owedAmount && a.owedCurrency ? { owed: `${a.owedAmount} ${a.owedCurrency}` } : {}),
    });
    referrals.add("LEGAL_AID");
  }
  if (a.abused) {
    cases.push({ category: "ABUSE" });
    referrals.add("COUNSELLING");
  }
  for (const h of a.help) referrals.add(h);
  return { cases, referrals: REINTEGRATION_KINDS.filter((k) => referrals.has(k)) };
}
