// The one thing a worker should do next, from where her contracts stand and the conditions for
// leaving (clearance.rules.ts): shown first on her home page, so a worker who signs in on a phone
// is never left to guess. Pure: the facts come from next-step.server.ts.
import type { ClearanceCheck } from "./clearance.rules";

export type NextStepFacts = {
  /** The account is linked to a worker record (a profile exists). */
  hasProfile: boolean;
  /** Her contracts, newest first, of every state but drafts. */
  contracts: {
    id: string;
    status: string;
    country: string;
    /** Failing conditions for leaving, in the order of clearance.rules.ts (approved and later). */
    failing: ClearanceCheck[];
    hasClearance: boolean;
    /** Registered with the mission, and whether she has told it where she lives and her number. */
    registration: { abroadDetails: boolean } | null;
    /** She asked NEA a question about it that NEA has not yet answered and closed. */
    openQuestion?: boolean;
  }[];
  /** Her latest return home (issue 20 §3): which deployment, how long ago, and her debrief. */
  home?: { registrationId: string; daysAgo: number; debriefed: boolean } | null;
};

export type NextStepKind =
  | "PROFILE"
  | "NO_CONTRACT"
  | "IN_REVIEW"
  | "SIGN"
  | "QUESTION_OPEN"
  | "TRAINING"
  | "PROFILE_FOR_DEPARTURE"
  | "WAIT_FOR_AGENCY"
  | "CLEARANCE"
  | "READY"
  | "ABROAD_DETAILS"
  | "ABROAD"
  | "DEBRIEF"
  | "HOME";

export type NextStep = { kind: NextStepKind; href: string };

const IN_REVIEW = ["SUBMITTED", "UNDER_REVIEW", "CHANGES_REQUESTED", "RECOMMENDED"];
const PROFILE_CHECKS: ClearanceCheck[] = ["AGE", "PASSPORT", "NEXT_OF_KIN"];
/** For this long after she comes home, her page at home is her next step when nothing else is. */
export const HOME_DAYS = 90;

export function nextStep(f: NextStepFacts): NextStep {
  if (!f.hasProfile) return { kind: "PROFILE", href: "/my/profile" };
  // Abroad first: the contract she is living under matters more than a new one.
  const abroad = f.contracts.find((c) => ["DEPARTED", "ARRIVED"].includes(c.status));
  if (abroad?.registration)
    return abroad.registration.abroadDetails
      ? { kind: "ABROAD", href: "/my/departure" }
      : { kind: "ABROAD_DETAILS", href: "/my/departure" };
  // Back home and not yet asked how the job was: her answers open claims and help.
  const home = f.home ? `/my/return/${f.home.registrationId}` : null;
  if (f.home && home && !f.home.debriefed) return { kind: "DEBRIEF", href: home };
  const toSign = f.contracts.find((c) => c.status === "APPROVED");
  // Her question to NEA comes first: she should not accept before it is answered.
  if (toSign)
    return {
      kind: toSign.openQuestion ? "QUESTION_OPEN" : "SIGN",
      href: `/my/contracts/${toSign.id}`,
    };
  const signed = f.contracts.find((c) => c.status === "SIGNED");
  if (signed) {
    if (signed.hasClearance) return { kind: "READY", href: "/my/departure" };
    const first = signed.failing[0];
    if (!first) return { kind: "CLEARANCE", href: "/my/departure" };
    if (first === "TRAINING")
      return { kind: "TRAINING", href: `/training?country=${signed.country}` };
    if (PROFILE_CHECKS.includes(first))
      return { kind: "PROFILE_FOR_DEPARTURE", href: "/my/profile" };
    // The agency's licence, the job order or the mission: not hers to fix; the page says why.
    return { kind: "WAIT_FOR_AGENCY", href: "/my/departure" };
  }
  const inReview = f.contracts.find((c) => IN_REVIEW.includes(c.status));
  if (inReview) return { kind: "IN_REVIEW", href: `/my/contracts/${inReview.id}` };
  if (f.home && home && f.home.daysAgo <= HOME_DAYS) return { kind: "HOME", href: home };
  return { kind: "NO_CONTRACT", href: "/jobs" };
}
