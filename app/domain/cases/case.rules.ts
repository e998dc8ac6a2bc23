// Welfare cases: how urgent each kind of case is, how soon the mission must respond, which steps
// are possible from where, and when an unanswered case is escalated. Pure: no database here.
import type { CaseCategory, CasePriority, CaseStatus } from "~/generated/prisma/enums";

/** What a worker (or family) can report, in the order the form lists them. */
export const WORKER_CATEGORIES = [
  "UNPAID_WAGES",
  "PASSPORT_CONFISCATED",
  "ABUSE",
  "OVERWORK",
  "CONTRACT_SUBSTITUTION",
  "HEALTH",
  "DETENTION",
  "DEATH",
  "TRAFFICKING_SUSPECTED",
  "WANTS_TO_RETURN",
  "OTHER",
] as const satisfies readonly CaseCategory[];

export const PRIORITIES = ["CRITICAL", "HIGH", "NORMAL"] as const satisfies readonly CasePriority[];
export const REFERRAL_KINDS = [
  "SHELTER",
  "LEGAL_AID",
  "REPATRIATION",
  "MEDICAL",
  "POLICE",
  "NATIONAL_REFERRAL_MECHANISM",
] as const;
/** Referrals made with the general form; the NRM has its own, which records the worker's consent. */
export const GENERAL_REFERRAL_KINDS = REFERRAL_KINDS.filter(
  (k): k is Exclude<(typeof REFERRAL_KINDS)[number], "NATIONAL_REFERRAL_MECHANISM"> =>
    k !== "NATIONAL_REFERRAL_MECHANISM",
);

/**
 * Danger to life or liberty is critical; loss of documents, pay, health or contact is high; the
 * rest is normal. The attaché can change a case's priority when they know more.
 */
export const PRIORITY_OF: Record<CaseCategory, CasePriority> = {
  ABUSE: "CRITICAL",
  DEATH: "CRITICAL",
  DETENTION: "CRITICAL",
  TRAFFICKING_SUSPECTED: "CRITICAL",
  PASSPORT_CONFISCATED: "HIGH",
  UNPAID_WAGES: "HIGH",
  HEALTH: "HIGH",
  CANNOT_REACH: "HIGH",
  OVERWORK: "NORMAL",
  CONTRACT_SUBSTITUTION: "NORMAL",
  WANTS_TO_RETURN: "NORMAL",
  // She is waiting to decide whether to accept: NEA answers within three days.
  CONTRACT_QUESTION: "HIGH",
  OTHER: "NORMAL",
};

/** How soon the mission must respond (take the case on, refer it or resolve it): a project rule until NEA sets one. */
export const RESPONSE_HOURS: Record<CasePriority, number> = { CRITICAL: 24, HIGH: 72, NORMAL: 168 };

export function responseDeadline(raisedAt: Date, priority: CasePriority) {
  return new Date(raisedAt.getTime() + RESPONSE_HOURS[priority] * 3_600_000);
}

export type CaseStep = "start" | "refer" | "resolve" | "reopen";

/** Which step leads where; anything not in the table is refused (409). Notes are always possible until resolved. */
export const CASE_FLOW: Record<CaseStatus, Partial<Record<CaseStep, CaseStatus>>> = {
  OPEN: { start: "IN_PROGRESS", refer: "REFERRED", resolve: "RESOLVED" },
  IN_PROGRESS: { refer: "REFERRED", resolve: "RESOLVED" },
  REFERRED: { start: "IN_PROGRESS", refer: "REFERRED", resolve: "RESOLVED" },
  RESOLVED: { reopen: "IN_PROGRESS" },
  CLOSED: {},
};

export function caseNext(status: CaseStatus, step: CaseStep): CaseStatus | null {
  return CASE_FLOW[status][step] ?? null;
}

export const ACTIVE_CASE_STATES = [
  "OPEN",
  "IN_PROGRESS",
  "REFERRED",
] as const satisfies readonly CaseStatus[];

/** A case nobody has responded to by its deadline. */
export function isCaseOverdue(c: { status: CaseStatus; dueAt: Date }, now: Date) {
  return c.status === "OPEN" && c.dueAt < now;
}

export function needsEscalation(
  c: { status: CaseStatus; dueAt: Date; escalatedAt: Date | null },
  now: Date,
) {
  return isCaseOverdue(c, now) && !c.escalatedAt;
}

export function formatCaseReference(year: number, seq: number) {
  return `KS-W-${year}-${String(seq).padStart(6, "0")}`;
}
