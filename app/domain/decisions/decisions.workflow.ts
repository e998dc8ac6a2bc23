// Decisions that need a second official (ADR 0016): one proposes, another confirms or refuses, and
// only the proposer may withdraw. One table per kind, built the same way, so the guard and the
// buttons a page shows come from the same place (`refusal` / `allowedActions`). Pure.
import type { Permission } from "~/auth/permissions";
import type { ProposalKind, ProposalStatus } from "~/generated/prisma/enums";
import type { Workflow } from "~/domain/workflow/workflow";

export const PROPOSAL_KINDS = [
  "AGENCY_SANCTION",
  "BULK_SANCTION",
  "CERTIFICATE_REVOCATION",
  "RULE_SET_PUBLICATION",
  "OFFICIAL_ACCOUNT",
  "SECOND_FACTOR_RESET",
  "OFFICIAL_REACTIVATION",
  "AGENCY_IMPORT",
  "RECORD_LINK",
  "ID_CORRECTION",
] as const satisfies readonly ProposalKind[];

export type ProposalAction = "propose" | "confirm" | "refuse" | "withdraw";
/** `NEW` is the state before anything was proposed: the only step from it is `propose`. */
export type ProposalState = "NEW" | ProposalStatus;

/** Who may propose and who may decide, per kind. */
export const PROPOSAL_PERMISSIONS: Record<
  ProposalKind,
  { propose: Permission; decide: Permission }
> = {
  AGENCY_SANCTION: { propose: "licence:review", decide: "licence:decide" },
  BULK_SANCTION: { propose: "licence:review", decide: "licence:decide" },
  CERTIFICATE_REVOCATION: { propose: "contract:review", decide: "contract:approve" },
  RULE_SET_PUBLICATION: { propose: "rules:propose", decide: "rules:edit" },
  // One admin must not be able to make the second official of any decision (an independent review).
  OFFICIAL_ACCOUNT: { propose: "admin:users", decide: "admin:users" },
  SECOND_FACTOR_RESET: { propose: "admin:users", decide: "admin:users" },
  // A deactivated official keeps password and second factor: bringing one back is a second
  // official's decision too (a review: one admin reactivated an official alone).
  OFFICIAL_REACTIVATION: { propose: "admin:users", decide: "admin:users" },
  // An agency list can grant licences (rows marked ACTIVE): one person's upload must not (a review).
  AGENCY_IMPORT: { propose: "agency:import", decide: "licence:decide" },
  // Linking an account to a record no code can reach, after an officer saw the ID card (a review).
  RECORD_LINK: { propose: "worker:correct", decide: "worker:correct" },
  // A new national ID decides whose contracts a record catches (a review: one officer applied it).
  ID_CORRECTION: { propose: "worker:correct", decide: "worker:correct" },
};

export function proposalFlow(kind: ProposalKind): Workflow<ProposalState, ProposalAction> {
  const { propose, decide } = PROPOSAL_PERMISSIONS[kind];
  return {
    NEW: { propose: { next: "PROPOSED", permission: propose } },
    PROPOSED: {
      confirm: { next: "CONFIRMED", permission: decide, notBy: ["propose"] },
      refuse: { next: "REFUSED", permission: decide, notBy: ["propose"] },
      withdraw: { next: "WITHDRAWN", permission: propose, onlyBy: ["propose"] },
    },
  };
}

export const proposalDoneBy = (p: { proposedById: string }) => ({ propose: p.proposedById });
