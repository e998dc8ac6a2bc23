// The one workflow table of a reported recruiter (ADR 0016): NEA confirms that a number or page is
// an unlicensed recruiter (it is then published) or dismisses the reports, with four eyes — one
// official proposes, another decides. A confirmed recruiter can be proposed for dismissal again (a
// number reassigned, a mistake). New reports on a dismissed one reopen it (recruiters.server.ts).
import type { RecruiterStatus } from "~/generated/prisma/enums";
import type { DoneBy, Workflow } from "~/domain/workflow/workflow";

export type RecruiterAction = "proposeConfirm" | "proposeDismiss" | "decide" | "sendBack";

const PROPOSED = ["proposeConfirm", "proposeDismiss"] as const;

export const RECRUITER_FLOW: Workflow<RecruiterStatus, RecruiterAction> = {
  UNDER_REVIEW: {
    proposeConfirm: { next: "CONFIRM_PROPOSED", permission: "complaint:triage" },
    proposeDismiss: { next: "DISMISS_PROPOSED", permission: "complaint:triage" },
  },
  CONFIRM_PROPOSED: {
    decide: { next: "CONFIRMED", permission: "complaint:triage", notBy: PROPOSED },
    sendBack: { next: "UNDER_REVIEW", permission: "complaint:triage", notBy: PROPOSED },
  },
  DISMISS_PROPOSED: {
    decide: { next: "DISMISSED", permission: "complaint:triage", notBy: PROPOSED },
    sendBack: { next: "UNDER_REVIEW", permission: "complaint:triage", notBy: PROPOSED },
  },
  CONFIRMED: {
    proposeDismiss: { next: "DISMISS_PROPOSED", permission: "complaint:triage" },
  },
};

export const recruiterDoneBy = (r: { proposedById: string | null }): DoneBy<RecruiterAction> => ({
  proposeConfirm: r.proposedById,
  proposeDismiss: r.proposedById,
});

/** NEA's views of the reported recruiters. */
export const RECRUITER_VIEWS = ["review", "confirmed", "dismissed"] as const;
export type RecruiterView = (typeof RECRUITER_VIEWS)[number];
export const STATUSES_OF_VIEW: Record<RecruiterView, RecruiterStatus[]> = {
  review: ["UNDER_REVIEW", "CONFIRM_PROPOSED", "DISMISS_PROPOSED"],
  confirmed: ["CONFIRMED"],
  dismissed: ["DISMISSED"],
};
