// Each departure condition on its own: a complete set of facts passes, and breaking any one
// condition fails exactly that one.
import { describe, expect, it } from "vitest";
import {
  clearanceChecks,
  clearanceLiveStatus,
  type ClearanceFacts,
} from "~/domain/departure/clearance.rules";

const now = new Date("2026-11-22T10:00:00Z");
const start = new Date("2026-12-20T00:00:00Z");
const good = (): ClearanceFacts => ({
  now,
  country: "QA",
  startDate: start,
  agency: {
    status: "ACTIVE",
    validUntil: new Date("2027-06-30T00:00:00Z"),
    licensedCountries: ["QA", "SA"],
  },
  jobOrderStatus: "VERIFIED",
  contract: { status: "SIGNED", signedAt: now, termsHash: "ab".repeat(32) },
  certificates: [{ expiresAt: new Date("2028-01-01T00:00:00Z"), revokedAt: null }],
  worker: {
    dateOfBirth: new Date("1996-05-01T00:00:00Z"),
    passportNo: "AK1234567",
    passportExpiry: new Date("2027-06-20T00:00:00Z"),
    nextOfKinWithConsent: true,
  },
  age: { min: 18, max: 60 },
  missionCovers: true,
});
const failing = (f: ClearanceFacts) =>
  clearanceChecks(f)
    .filter((r) => !r.ok)
    .map((r) => r.check);

describe("clearance conditions", () => {
  it("all hold for a complete file", () => {
    expect(failing(good())).toEqual([]);
  });

  it.each<[string, (f: ClearanceFacts) => void, string]>([
    [
      "agency suspended",
      (f) => {
        f.agency.status = "SUSPENDED";
      },
      "AGENCY",
    ],
    [
      "agency licence expired",
      (f) => {
        f.agency.validUntil = new Date("2026-11-01T00:00:00Z");
      },
      "AGENCY",
    ],
    [
      "agency not licensed for the country",
      (f) => {
        f.agency.licensedCountries = ["SA"];
      },
      "AGENCY",
    ],
    [
      "job order rejected",
      (f) => {
        f.jobOrderStatus = "REJECTED";
      },
      "JOB_ORDER",
    ],
    [
      "job order withdrawn",
      (f) => {
        f.jobOrderStatus = "WITHDRAWN";
      },
      "JOB_ORDER",
    ],
    [
      "contract approved but not signed",
      (f) => {
        f.contract = { status: "APPROVED", signedAt: null, termsHash: "x" };
      },
      "CONTRACT",
    ],
    [
      "contract terminated",
      (f) => {
        f.contract.status = "TERMINATED";
      },
      "CONTRACT",
    ],
    [
      "no certificate",
      (f) => {
        f.certificates = [];
      },
      "TRAINING",
    ],
    [
      "certificate revoked",
      (f) => {
        f.certificates = [{ expiresAt: new Date("2028-01-01T00:00:00Z"), revokedAt: now }];
      },
      "TRAINING",
    ],
    [
      "certificate expired",
      (f) => {
        f.certificates = [{ expiresAt: new Date("2026-11-01T00:00:00Z"), revokedAt: null }];
      },
      "TRAINING",
    ],
    [
      "too young for Saudi Arabia (21)",
      (f) => {
        f.age = { min: 21, max: null };
        f.worker.dateOfBirth = new Date("2006-01-01T00:00:00Z");
      },
      "AGE",
    ],
    [
      "under 18 anywhere",
      (f) => {
        f.age = { min: 0, max: null };
        f.worker.dateOfBirth = new Date("2009-01-01T00:00:00Z");
      },
      "AGE",
    ],
    [
      "over the maximum",
      (f) => {
        f.worker.dateOfBirth = new Date("1960-01-01T00:00:00Z");
      },
      "AGE",
    ],
    [
      "date of birth unknown",
      (f) => {
        f.worker.dateOfBirth = null;
      },
      "AGE",
    ],
    [
      "no passport",
      (f) => {
        f.worker.passportNo = null;
      },
      "PASSPORT",
    ],
    [
      "passport expires 5 months after start",
      (f) => {
        f.worker.passportExpiry = new Date("2027-05-20T00:00:00Z");
      },
      "PASSPORT",
    ],
    [
      "no next of kin or no consent",
      (f) => {
        f.worker.nextOfKinWithConsent = false;
      },
      "NEXT_OF_KIN",
    ],
    [
      "no mission covers the country",
      (f) => {
        f.missionCovers = false;
      },
      "MISSION",
    ],
  ])("%s fails only %s", (_name, breakIt, check) => {
    const f = good();
    breakIt(f);
    expect(failing(f)).toEqual([check]);
  });

  it("boundaries: a passport expiring exactly 6 months after the start, a worker turning 21 on the start date", () => {
    const f = good();
    f.worker.passportExpiry = new Date("2027-06-20T00:00:00Z");
    f.age = { min: 21, max: null };
    f.worker.dateOfBirth = new Date("2005-12-20T00:00:00Z");
    expect(failing(f)).toEqual([]);
    f.worker.dateOfBirth = new Date("2005-12-21T00:00:00Z");
    expect(failing(f)).toEqual(["AGE"]);
  });

  it("a job order past its recruiting deadline still counts as approved", () => {
    expect(failing({ ...good(), jobOrderStatus: "EXPIRED" })).toEqual([]);
  });
});

describe("an issued clearance, today", () => {
  const base = {
    stored: "VALID" as const,
    contractStatus: "SIGNED",
    agency: good().agency,
    country: "QA",
    now,
  };
  it("holds while the contract is in force and the agency licensed", () => {
    expect(clearanceLiveStatus(base)).toEqual({ status: "VALID", reason: null });
    expect(clearanceLiveStatus({ ...base, contractStatus: "ARRIVED" })).toEqual({
      status: "VALID",
      reason: null,
    });
  });
  it("stops holding when either stops being valid, saying why", () => {
    expect(clearanceLiveStatus({ ...base, contractStatus: "WITHDRAWN" })).toEqual({
      status: "INVALID",
      reason: "CONTRACT",
    });
    expect(clearanceLiveStatus({ ...base, agency: { ...base.agency, status: "REVOKED" } })).toEqual(
      { status: "INVALID", reason: "AGENCY" },
    );
    expect(clearanceLiveStatus({ ...base, stored: "INVALIDATED" })).toEqual({
      status: "INVALID",
      reason: "WITHDRAWN",
    });
  });
});
