// Departure clearance: the conditions a worker must meet before leaving, each with what to do about
// it, and whether an issued clearance is still good today. Pure: no database here.
import { addMonths } from "~/domain/training/training.rules";
import { ageOn } from "~/domain/compliance/engine";

export const PASSPORT_MONTHS_PAST_START = 6;

export const CLEARANCE_CHECKS = [
  "AGENCY",
  "JOB_ORDER",
  "CONTRACT",
  "TRAINING",
  "AGE",
  "PASSPORT",
  "NEXT_OF_KIN",
  "MISSION",
] as const;
export type ClearanceCheck = (typeof CLEARANCE_CHECKS)[number];

export type ClearanceFacts = {
  now: Date;
  country: string;
  startDate: Date;
  agency: { status: string; validUntil: Date | null; licensedCountries: string[] };
  jobOrderStatus: string;
  contract: { status: string; signedAt: Date | null; termsHash: string | null };
  /** The worker's certificates for this destination. */
  certificates: { expiresAt: Date; revokedAt: Date | null }[];
  worker: {
    dateOfBirth: Date | null;
    passportNo: string | null;
    passportExpiry: Date | null;
    nextOfKinWithConsent: boolean;
  };
  age: { min: number; max: number | null };
  /** A Kenyan mission covers the destination (it will hold the registration). */
  missionCovers: boolean;
};

export type CheckResult = { check: ClearanceCheck; ok: boolean };

/** Contract states in which a clearance holds: signed, and on the way or arrived. */
export const CLEARED_CONTRACT_STATES = ["SIGNED", "DEPARTED", "ARRIVED"] as const;

export function agencyLicensed(a: ClearanceFacts["agency"], country: string, now: Date) {
  return (
    a.status === "ACTIVE" &&
    !!a.validUntil &&
    a.validUntil > now &&
    a.licensedCountries.includes(country)
  );
}

/** Every condition, in the order the worker meets them, with whether it holds today. */
export function clearanceChecks(f: ClearanceFacts): CheckResult[] {
  const age = f.worker.dateOfBirth ? ageOn(f.worker.dateOfBirth, f.startDate) : null;
  const passportNeeded = addMonths(f.startDate, PASSPORT_MONTHS_PAST_START);
  const results: Record<ClearanceCheck, boolean> = {
    AGENCY: agencyLicensed(f.agency, f.country, f.now),
    // Approved by NEA: still verified, or verified and since past its recruiting deadline (not rejected or withdrawn).
    JOB_ORDER: f.jobOrderStatus === "VERIFIED" || f.jobOrderStatus === "EXPIRED",
    CONTRACT:
      (CLEARED_CONTRACT_STATES as readonly string[]).includes(f.contract.status) &&
      !!f.contract.signedAt &&
      !!f.contract.termsHash,
    TRAINING: f.certificates.some((c) => !c.revokedAt && c.expiresAt > f.now),
    AGE: age !== null && age >= Math.max(18, f.age.min) && (f.age.max === null || age <= f.age.max),
    PASSPORT:
      !!f.worker.passportNo &&
      !!f.worker.passportExpiry &&
      f.worker.passportExpiry >= passportNeeded,
    NEXT_OF_KIN: f.worker.nextOfKinWithConsent,
    MISSION: f.missionCovers,
  };
  return CLEARANCE_CHECKS.map((check) => ({ check, ok: results[check] }));
}

export type ClearanceLiveStatus = "VALID" | "INVALID";
export type InvalidReason = "CONTRACT" | "AGENCY" | "WITHDRAWN";

/** An issued clearance holds while its contract stays signed (or under way) and the agency licensed. */
export function clearanceLiveStatus(input: {
  stored: "VALID" | "INVALIDATED";
  contractStatus: string;
  agency: ClearanceFacts["agency"];
  country: string;
  now: Date;
}): { status: ClearanceLiveStatus; reason: InvalidReason | null } {
  if (input.stored === "INVALIDATED") return { status: "INVALID", reason: "WITHDRAWN" };
  if (!(CLEARED_CONTRACT_STATES as readonly string[]).includes(input.contractStatus))
    return { status: "INVALID", reason: "CONTRACT" };
  if (!agencyLicensed(input.agency, input.country, input.now))
    return { status: "INVALID", reason: "AGENCY" };
  return { status: "VALID", reason: null };
}
