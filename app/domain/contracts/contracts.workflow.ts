// The contract workflow (domain.md §5) as one table; anything else answers 409.
import type { Permission } from "~/auth/permissions";
import type { ContractStatus } from "~/generated/prisma/enums";

export type ContractAction =
  | "submit"
  | "withdraw"
  | "startReview"
  | "requestChanges"
  | "recommend"
  | "approve"
  | "reject"
  | "sign";

type Step = { next: ContractStatus; permission: Permission };

export const CONTRACT_FLOW: Partial<Record<ContractStatus, Partial<Record<ContractAction, Step>>>> =
  {
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
    },
    RECOMMENDED: {
      approve: { next: "APPROVED", permission: "contract:approve" },
      reject: { next: "REJECTED", permission: "contract:approve" },
    },
    APPROVED: { sign: { next: "SIGNED", permission: "worker:self" } },
  };

export function contractStep(status: ContractStatus, action: ContractAction) {
  return CONTRACT_FLOW[status]?.[action] ?? null;
}

/** Statuses in which a worker is taken: a second contract cannot be submitted for them. */
export const ACTIVE_CONTRACT: readonly ContractStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "RECOMMENDED",
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
