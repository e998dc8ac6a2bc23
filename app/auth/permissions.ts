// One closed vocabulary of permissions, mapped to roles in one place. Pure: used by the server to
// decide and by the UI to hide controls (the UI hiding a button decides nothing).
import type { Role } from "~/generated/prisma/enums";

export const ROLES = [
  "WORKER",
  "AGENCY_STAFF",
  "AGENCY_ADMIN",
  "NEA_OFFICER",
  "NEA_SUPERVISOR",
  "LABOUR_ATTACHE",
  "TRAINING_PROVIDER",
  "ADMIN",
] as const satisfies readonly Role[];

export type Permission =
  | "account:self"
  | "worker:self"
  | "agency:read-own"
  | "agency:manage-staff"
  | "licence:apply"
  | "agency:import"
  | "licence:review"
  | "licence:decide"
  | "jobOrder:submit"
  | "jobOrder:verify"
  | "contract:draft"
  | "contract:review"
  | "worker:correct"
  | "contract:approve"
  | "rules:edit"
  | "rules:propose"
  | "complaint:triage"
  | "mission:workers"
  | "case:handle"
  | "case:oversee"
  | "returns:handle"
  | "refund:decide"
  | "employer:watchlist"
  | "training:record"
  | "training:author"
  | "admin:users"
  | "admin:audit"
  | "admin:mail";

const officer: Permission[] = [
  "account:self",
  "licence:review",
  "jobOrder:verify",
  "contract:review",
  "complaint:triage",
  "employer:watchlist",
  "worker:correct",
  "case:oversee",
  "returns:handle", // NEA's returnee desk: returns, debriefs, reintegration referrals and directory
  "refund:decide", // one proposes, another decides (four eyes in the refund workflow)
  "rules:propose",
  "agency:import", // prepares an import; a supervisor confirms it (ADR 0016)
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  WORKER: ["account:self", "worker:self"],
  AGENCY_STAFF: ["account:self", "agency:read-own", "jobOrder:submit", "contract:draft"],
  AGENCY_ADMIN: [
    "account:self",
    "agency:read-own",
    "agency:manage-staff",
    "licence:apply",
    "jobOrder:submit",
    "contract:draft",
  ],
  NEA_OFFICER: officer,
  NEA_SUPERVISOR: [...officer, "licence:decide", "contract:approve", "rules:edit"],
  LABOUR_ATTACHE: ["account:self", "mission:workers", "case:handle", "employer:watchlist"],
  TRAINING_PROVIDER: ["account:self", "training:record"],
  ADMIN: ["account:self", "admin:users", "admin:audit", "admin:mail", "training:author"],
};

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!user && ROLE_PERMISSIONS[user.role].includes(permission);
}

/** Officials must pass a second factor (TOTP) before any page beyond enrolment. */
export const SECOND_FACTOR_ROLES: readonly Role[] = [
  "NEA_OFFICER",
  "NEA_SUPERVISOR",
  "LABOUR_ATTACHE",
  "ADMIN",
];

export function requiresSecondFactor(role: Role) {
  return SECOND_FACTOR_ROLES.includes(role);
}
