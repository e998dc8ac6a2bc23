// Job-order workflow (conventions §5): anything not in the table answers 409.
import type { Permission } from "~/auth/permissions";
import type { JobOrderStatus } from "~/generated/prisma/enums";

export type JobOrderAction = "verify" | "reject" | "withdraw";

export const JOB_ORDER_FLOW: Record<
  JobOrderStatus,
  Partial<Record<JobOrderAction, { next: JobOrderStatus; permission: Permission }>>
> = {
  SUBMITTED: {
    verify: { next: "VERIFIED", permission: "jobOrder:verify" },
    reject: { next: "REJECTED", permission: "jobOrder:verify" },
    withdraw: { next: "WITHDRAWN", permission: "jobOrder:submit" },
  },
  VERIFIED: { withdraw: { next: "WITHDRAWN", permission: "jobOrder:submit" } }, // → EXPIRED by the scheduled job
  REJECTED: {},
  EXPIRED: {},
  WITHDRAWN: {},
};

export function jobOrderStep(status: JobOrderStatus, action: JobOrderAction) {
  return JOB_ORDER_FLOW[status][action] ?? null;
}
