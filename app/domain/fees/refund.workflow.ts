// The refund claim's one workflow table (ADR 0016): the guards and the buttons each page shows come
// from it. The agency refunds or disputes; the worker confirms she got the money or says she did
// not; a dispute is decided by NEA with four eyes (one official proposes, another decides).
import type { RefundClaimStatus } from "~/generated/prisma/enums";
import type { DoneBy, Workflow } from "~/domain/workflow/workflow";

export type RefundAction =
  | "refund"
  | "dispute"
  | "confirm"
  | "deny"
  | "proposeUphold"
  | "proposeDismiss"
  | "decide"
  | "sendBack";

const PROPOSED = ["proposeUphold", "proposeDismiss"] as const;

export const REFUND_FLOW: Workflow<RefundClaimStatus, RefundAction> = {
  OPEN: {
    refund: { next: "REFUND_REPORTED", permission: "agency:read-own" },
    dispute: { next: "DISPUTED", permission: "agency:read-own" },
  },
  REFUND_REPORTED: {
    confirm: { next: "REFUNDED", permission: "worker:self" },
    deny: { next: "DISPUTED", permission: "worker:self" },
  },
  // Disputed by the agency, or by the worker (the refund did not arrive), or by silence: the
  // deadline passed unanswered. The agency can still refund until NEA has decided.
  DISPUTED: {
    refund: { next: "REFUND_REPORTED", permission: "agency:read-own" },
    proposeUphold: { next: "UPHOLD_PROPOSED", permission: "refund:decide" },
    proposeDismiss: { next: "DISMISS_PROPOSED", permission: "refund:decide" },
  },
  UPHOLD_PROPOSED: {
    decide: { next: "UPHELD", permission: "refund:decide", notBy: PROPOSED },
    sendBack: { next: "DISPUTED", permission: "refund:decide", notBy: PROPOSED },
  },
  DISMISS_PROPOSED: {
    decide: { next: "DISMISSED", permission: "refund:decide", notBy: PROPOSED },
    sendBack: { next: "DISPUTED", permission: "refund:decide", notBy: PROPOSED },
  },
  // NEA found the money is owed: the agency refunds (and the worker confirms) as before.
  UPHELD: {
    refund: { next: "REFUND_REPORTED", permission: "agency:read-own" },
  },
};

/** Claims the agency still owes an answer or a refund on: the deadline runs. */
export const AWAITING_AGENCY: readonly RefundClaimStatus[] = ["OPEN", "UPHELD"];
/** Claims that are finished. */
export const CLOSED_CLAIMS: readonly RefundClaimStatus[] = ["REFUNDED", "DISMISSED"];

export const refundDoneBy = (c: { proposedById: string | null }): DoneBy<RefundAction> => ({
  proposeUphold: c.proposedById,
  proposeDismiss: c.proposedById,
});

/** NEA's views of the claims (a page's filter; the agency's are always its own, newest first). */
export const REFUND_VIEWS = ["needsNea", "awaitingAgency", "closed", "all"] as const;
export type RefundView = (typeof REFUND_VIEWS)[number];
