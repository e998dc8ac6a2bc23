// The contract workflow (domain.md §5) as one table (app/domain/workflow); anything else answers
// 409. Four eyes: whoever started the review or recommended never approves or rejects, and the
// decision follows the recommendation (as for licences): a decider who disagrees returns the
// contract to review, so two officials agree on every approval and every rejection.
import type { ContractStatus } from "~/generated/prisma/enums";
import type { DoneBy, Workflow } from "~/domain/workflow/workflow";

export type ContractAction =
  | "submit"
  | "withdraw"
  | "startReview"
  | "requestChanges"
  | "recommend"
  | "recommendRejection"
  | "returnToReview"
  | "approve"
  | "reject"
  | "sign";

const DECISION = ["startReview", "recommend", "recommendRejection"] as const;

export const CONTRACT_FLOW: Workflow<ContractStatus, ContractAction> = {
  DRAFT: {
    submit: { next: "SUBMITTED", permission: "contract:draft" },
    withdraw: { next: "WITHDRAWN", permission: "contract:draft" },
  },
  CHANGES_REQUESTED: {
    submit: { next: "SUBMITTED", permission: "contract:draft" },
    withdraw: { next: "WITHDRAWN", permission: "contract:draft" },
  },
  SUBMITTED: {
    startReview: { next: "UNDER_REVIEW", permission: "contract:review" },
    withdraw: { next: "WITHDRAWN", permission: "contract:draft" },
  },
  UNDER_REVIEW: {
    requestChanges: { next: "CHANGES_REQUESTED", permission: "contract:review" },
    recommend: { next: "RECOMMENDED", permission: "contract:review" },
    recommendRejection: { next: "RECOMMENDED_REJECTION", permission: "contract:review" },
  },
  // RECOMMENDED is the recommendation to approve (an independent review found a supervisor alone
  // rejecting a contract an officer had recommended).
  RECOMMENDED: {
    approve: { next: "APPROVED", permission: "contract:approve", notBy: DECISION },
    returnToReview: { next: "UNDER_REVIEW", permission: "contract:approve" },
  },
  RECOMMENDED_REJECTION: {
    reject: { next: "REJECTED", permission: "contract:approve", notBy: DECISION },
    returnToReview: { next: "UNDER_REVIEW", permission: "contract:approve" },
  },
  APPROVED: { sign: { next: "SIGNED", permission: "worker:self" } },
};

/** Who took the earlier steps of a contract, as recorded on it. */
export function contractDoneBy(c: {
  reviewerId: string | null;
  recommendedById: string | null;
}): DoneBy<ContractAction> {
  return {
    startReview: c.reviewerId,
    recommend: c.recommendedById,
    recommendRejection: c.recommendedById,
  };
}

/** Statuses in which a worker is taken: a second contract cannot be submitted for them. */
export const ACTIVE_CONTRACT: readonly ContractStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "RECOMMENDED",
  "RECOMMENDED_REJECTION",
  "APPROVED",
  "SIGNED",
  "DEPARTED",
  "ARRIVED",
];
export const EDITABLE_CONTRACT: readonly ContractStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/** Canonical JSON (keys sorted at every level): the same terms always give the same hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export function formatContractReference(year: number, seq: number) {
  return `KS-K-${year}-${String(seq).padStart(6, "0")}`;
}
