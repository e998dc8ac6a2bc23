// Complaint workflow (conventions §5): anything not in the table answers 409.
import type { ComplaintStatus } from "~/generated/prisma/enums";

export type ComplaintAction = "triage" | "uphold" | "dismiss";

export const COMPLAINT_FLOW: Record<
  ComplaintStatus,
  Partial<Record<ComplaintAction, ComplaintStatus>>
> = {
  RECEIVED: { triage: "TRIAGED", uphold: "UPHELD", dismiss: "NOT_UPHELD" },
  TRIAGED: { uphold: "UPHELD", dismiss: "NOT_UPHELD" },
  UPHELD: {},
  NOT_UPHELD: {},
};

export function complaintNext(status: ComplaintStatus, action: ComplaintAction) {
  return COMPLAINT_FLOW[status][action] ?? null;
}

export function formatComplaintReference(year: number, seq: number) {
  return `KS-C-${year}-${String(seq).padStart(6, "0")}`;
}
