// The licensing workflows as data (conventions §5; app/domain/workflow): (status, action) → next
// status and the permission it needs. Anything not in a table is refused with 409.
import { stepOf, type DoneBy, type Workflow } from "~/domain/workflow/workflow";
import type { AgencyStatus, LicenceApplicationStatus } from "~/generated/prisma/enums";

export type ApplicationAction =
  | "submit"
  | "withdraw"
  | "startReview"
  | "requestChanges"
  | "recommendGrant"
  | "recommendRefusal"
  | "returnToReview"
  | "grant"
  | "refuse";

/** Four eyes: whoever started the review or recommended never grants or refuses. */
const DECISION = ["startReview", "recommendGrant", "recommendRefusal"] as const;

export const APPLICATION_FLOW: Workflow<LicenceApplicationStatus, ApplicationAction> = {
  DRAFT: {
    submit: { next: "SUBMITTED", permission: "licence:apply" },
    withdraw: { next: "WITHDRAWN", permission: "licence:apply" },
  },
  CHANGES_REQUESTED: {
    submit: { next: "SUBMITTED", permission: "licence:apply" },
    withdraw: { next: "WITHDRAWN", permission: "licence:apply" },
  },
  SUBMITTED: {
    startReview: { next: "UNDER_REVIEW", permission: "licence:review" },
    withdraw: { next: "WITHDRAWN", permission: "licence:apply" },
  },
  UNDER_REVIEW: {
    requestChanges: { next: "CHANGES_REQUESTED", permission: "licence:review" },
    recommendGrant: { next: "RECOMMENDED_GRANT", permission: "licence:review" },
    recommendRefusal: { next: "RECOMMENDED_REFUSAL", permission: "licence:review" },
  },
  // A decision follows the recommendation, so two officials agree on every grant and refusal: a
  // decider who disagrees returns the application to review (an independent review found a licence
  // granted against a refusal recommendation, with no checklist ticked).
  RECOMMENDED_GRANT: {
    grant: { next: "GRANTED", permission: "licence:decide", notBy: DECISION },
    returnToReview: { next: "UNDER_REVIEW", permission: "licence:decide" },
  },
  RECOMMENDED_REFUSAL: {
    refuse: { next: "REFUSED", permission: "licence:decide", notBy: DECISION },
    returnToReview: { next: "UNDER_REVIEW", permission: "licence:decide" },
  },
};

/** Who took the earlier steps of an application, as recorded on it. */
export function applicationDoneBy(a: {
  reviewerId: string | null;
  recommendedById: string | null;
}): DoneBy<ApplicationAction> {
  return {
    startReview: a.reviewerId,
    recommendGrant: a.recommendedById,
    recommendRefusal: a.recommendedById,
  };
}

export function applicationStep(status: LicenceApplicationStatus, action: ApplicationAction) {
  return stepOf(APPLICATION_FLOW, status, action);
}

export function applicationActions(status: LicenceApplicationStatus): ApplicationAction[] {
  return Object.keys(APPLICATION_FLOW[status] ?? {}) as ApplicationAction[];
}

/** Statuses an agency may still edit its application in. */
export const EDITABLE_APPLICATION: readonly LicenceApplicationStatus[] = [
  "DRAFT",
  "CHANGES_REQUESTED",
];
/** Statuses in which an application is still open (an agency has at most one). */
export const OPEN_APPLICATION: readonly LicenceApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "RECOMMENDED_GRANT",
  "RECOMMENDED_REFUSAL",
];

export type AgencyAction = "grant" | "suspend" | "reinstate" | "revoke" | "expire";

export const AGENCY_FLOW: Record<AgencyStatus, Partial<Record<AgencyAction, AgencyStatus>>> = {
  PENDING: { grant: "ACTIVE" },
  ACTIVE: { grant: "ACTIVE", suspend: "SUSPENDED", revoke: "REVOKED", expire: "EXPIRED" },
  SUSPENDED: { reinstate: "ACTIVE", revoke: "REVOKED", expire: "EXPIRED" },
  EXPIRED: { grant: "ACTIVE", revoke: "REVOKED" },
  REVOKED: {}, // final: a revoked company cannot come back; a new one is flagged by its directors
};

export function agencyNext(status: AgencyStatus, action: AgencyAction): AgencyStatus | null {
  return AGENCY_FLOW[status][action] ?? null;
}

// ─────────────── Licence terms (kenya-rules §1.4) ───────────────

/** Months of validity: a new licence is one year; a renewal one or two years (fees from 23 Sept 2024). */
export const LICENCE_TERMS = { NEW: [12], RENEWAL: [12, 24] } as const;

export function licenceValidity(opts: {
  decidedAt: Date;
  months: number;
  currentUntil: Date | null;
}) {
  // A renewal granted before the old licence ends continues from its end, so no day is lost.
  const start =
    opts.currentUntil && opts.currentUntil > opts.decidedAt ? opts.currentUntil : opts.decidedAt;
  const until = new Date(start);
  until.setUTCMonth(until.getUTCMonth() + opts.months);
  return { validFrom: opts.decidedAt, validUntil: until };
}

export function formatLicenceNo(year: number, seq: number) {
  return `NEA/PEA/${year}/${String(seq).padStart(4, "0")}`;
}

// ─────────────── The LN 110/2016 checklist (kenya-rules §1.2–1.3) ───────────────

export const CHECKLIST = [
  "incorporation",
  "kenyanShareholder",
  "shareCapital",
  "directorEducation",
  "managerQualification",
  "countyLicence",
  "office",
  "taxCompliance",
  "securityBond",
  "goodConduct",
  "association",
  "codeOfConduct",
] as const;
export type ChecklistItem = (typeof CHECKLIST)[number];

/** Documents an application carries (kenya-rules §1.3); the first three are required to submit. */
export const DOCUMENT_KINDS = [
  "incorporation",
  "cr12",
  "securityBond",
  "taxCompliance",
  "countyLicence",
  "lease",
  "goodConduct",
  "academic",
  "codeOfConduct",
  "other",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const REQUIRED_DOCUMENTS: readonly DocumentKind[] = [
  "incorporation",
  "cr12",
  "securityBond",
];

/** Minimum security bond for foreign recruitment (LN 110/2016, First Schedule). */
export const MIN_BOND_KES = 1_500_000;
