import { describe, expect, it } from "vitest";
import {
  can,
  ROLE_PERMISSIONS,
  ROLES,
  requiresSecondFactor,
  type Permission,
} from "~/auth/permissions";

// The permission matrix stated in full: every (role, permission) pair not listed is denied.
const EXPECTED: Record<Permission, string[]> = {
  "account:self": [...ROLES],
  "worker:self": ["WORKER"],
  "agency:read-own": ["AGENCY_STAFF", "AGENCY_ADMIN"],
  "agency:manage-staff": ["AGENCY_ADMIN"],
  "licence:apply": ["AGENCY_ADMIN"],
  "agency:import": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "licence:review": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "licence:decide": ["NEA_SUPERVISOR"],
  "jobOrder:submit": ["AGENCY_STAFF", "AGENCY_ADMIN"],
  "jobOrder:verify": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "contract:draft": ["AGENCY_STAFF", "AGENCY_ADMIN"],
  "contract:review": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "worker:correct": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "contract:approve": ["NEA_SUPERVISOR"],
  "rules:edit": ["NEA_SUPERVISOR"],
  "rules:propose": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "complaint:triage": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "mission:workers": ["LABOUR_ATTACHE"],
  "case:handle": ["LABOUR_ATTACHE"],
  "case:oversee": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "returns:handle": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "refund:decide": ["NEA_OFFICER", "NEA_SUPERVISOR"],
  "employer:watchlist": ["NEA_OFFICER", "NEA_SUPERVISOR", "LABOUR_ATTACHE"],
  "training:record": ["TRAINING_PROVIDER"],
  "training:author": ["ADMIN"],
  "admin:users": ["ADMIN"],
  "admin:audit": ["ADMIN"],
  "admin:mail": ["ADMIN"],
};

describe("permission catalogue", () => {
  for (const role of ROLES) {
    for (const [permission, roles] of Object.entries(EXPECTED) as [Permission, string[]][]) {
      const allowed = roles.includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can({ role }, permission)).toBe(allowed);
      });
    }
  }

  it("grants nothing outside the stated matrix", () => {
    const granted = Object.values(ROLE_PERMISSIONS).flat().length;
    const stated = Object.values(EXPECTED).flat().length;
    expect(granted).toBe(stated);
  });

  it("admin has no case or contract decisions", () => {
    expect(can({ role: "ADMIN" }, "contract:approve")).toBe(false);
    expect(can({ role: "ADMIN" }, "case:handle")).toBe(false);
  });

  it("requires a second factor for NEA, attachés and admins only", () => {
    expect(ROLES.filter(requiresSecondFactor)).toEqual([
      "NEA_OFFICER",
      "NEA_SUPERVISOR",
      "LABOUR_ATTACHE",
      "ADMIN",
    ]);
  });

  it("nobody unauthenticated has any permission", () => {
    expect(can(null, "account:self")).toBe(false);
  });
});
