// One verification surface for every kind of code (licence now; job orders, training certificates
// and departure clearances add a resolver here). The answer is live: it says what the document
// proves today, not what it said when printed.
import { db } from "~/utils/db.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { parseVerificationCode, type CodeKind } from "./code";
import { certificateStatus } from "~/domain/training/training.rules";
import { clearanceByCode } from "~/domain/departure/clearances.server";

/** INVALID: a departure clearance whose contract or agency licence no longer holds. */
export type VerifyStatus = "VALID" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "INVALID";

export type LicenceSubject = {
  name: string;
  licenceNo: string | null;
  agencyId: string;
  validFrom: string | null;
  validUntil: string | null;
  county: string | null;
  countries: string[];
};

export type JobOrderSubject = {
  title: string;
  jobCategory: string;
  country: string;
  positions: number;
  positionsLeft: number;
  offeredWage: number;
  currency: string;
  validUntil: string;
  /** A household is a private person: only its city is shown. */
  employer: { kind: string; name: string | null; city: string };
  agency: { id: string; name: string; licenceNo: string | null };
};

export type ContractSubject = {
  reference: string;
  version: number;
  /** Initials only: a public check must not reveal who the worker is. */
  workerInitials: string;
  country: string;
  jobTitle: string;
  startDate: string;
  agency: { id: string; name: string; licenceNo: string | null };
  /** SHA-256 of the approved terms: a printed copy whose terms hash differently was altered. */
  termsHash: string | null;
  approvedAt: string | null;
};

export type TrainingCertificateSubject = {
  /** Initials and the last 3 digits of the national ID: enough to match a person, not to find one. */
  workerInitials: string;
  nationalIdTail: string | null;
  country: string;
  issuedAt: string;
  expiresAt: string;
  revokeReason: string | null;
};

export type DepartureClearanceSubject = {
  /** Initials and the last 3 passport characters: enough to match the traveller at the desk. */
  workerInitials: string;
  passportTail: string | null;
  country: string;
  employer: string | null;
  employerCity: string;
  agency: { id: string; name: string; licenceNo: string | null };
  termsHash: string | null;
  issuedAt: string;
  /** Why it no longer holds, when it does not. */
  invalidReason: "CONTRACT" | "AGENCY" | "WITHDRAWN" | null;
};

export type VerifyResult =
  | { kind: "LICENCE"; code: string; status: VerifyStatus; subject: LicenceSubject }
  | { kind: "JOB_ORDER"; code: string; status: VerifyStatus; subject: JobOrderSubject }
  | { kind: "CONTRACT"; code: string; status: VerifyStatus; subject: ContractSubject }
  | {
      kind: "TRAINING_CERTIFICATE";
      code: string;
      status: VerifyStatus;
      subject: TrainingCertificateSubject;
    }
  | {
      kind: "DEPARTURE_CLEARANCE";
      code: string;
      status: VerifyStatus;
      subject: DepartureClearanceSubject;
    };

type Resolver = (code: string, now: Date) => Promise<VerifyResult | null>;

const resolvers: Partial<Record<CodeKind, Resolver>> = {
  async LICENCE(code, now) {
    const a = await db.agency.findUnique({
      where: { verificationCode: code },
      select: {
        id: true,
        name: true,
        licenceNo: true,
        status: true,
        validFrom: true,
        validUntil: true,
        county: { select: { name: true } },
        countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      },
    });
    if (!a || a.status === "PENDING") return null;
    const status: VerifyStatus =
      a.status === "REVOKED"
        ? "REVOKED"
        : a.status === "SUSPENDED"
          ? "SUSPENDED"
          : a.status === "EXPIRED" || !a.validUntil || a.validUntil <= now
            ? "EXPIRED"
            : "VALID";
    return {
      kind: "LICENCE",
      code,
      status,
      subject: {
        name: a.name,
        licenceNo: a.licenceNo,
        agencyId: a.id,
        validFrom: a.validFrom?.toISOString() ?? null,
        validUntil: a.validUntil?.toISOString() ?? null,
        county: a.county?.name ?? null,
        countries: a.countries.map((c) => c.countryCode),
      },
    };
  },
};

resolvers.JOB_ORDER = async (code, now) => {
  const j = await db.jobOrder.findUnique({
    where: { verificationCode: code },
    select: {
      title: true,
      jobCategory: true,
      countryCode: true,
      positions: true,
      positionsFilled: true,
      offeredWage: true,
      currency: true,
      validUntil: true,
      status: true,
      employer: { select: { kind: true, name: true, city: true, watchListed: true } },
      agency: { select: { id: true, name: true, licenceNo: true, status: true } },
    },
  });
  if (!j) return null;
  // The order is only as good as the agency behind it and the employer in it.
  const status: VerifyStatus =
    j.status === "REJECTED" || j.status === "WITHDRAWN" || j.agency.status === "REVOKED"
      ? "REVOKED"
      : j.employer.watchListed || j.agency.status === "SUSPENDED"
        ? "SUSPENDED"
        : j.status === "EXPIRED" || j.validUntil <= now || j.agency.status !== "ACTIVE"
          ? "EXPIRED"
          : "VALID";
  return {
    kind: "JOB_ORDER",
    code,
    status,
    subject: {
      title: j.title,
      jobCategory: j.jobCategory,
      country: j.countryCode,
      positions: j.positions,
      positionsLeft: Math.max(0, j.positions - j.positionsFilled),
      offeredWage: Number(j.offeredWage),
      currency: j.currency,
      validUntil: j.validUntil.toISOString(),
      employer: {
        kind: j.employer.kind,
        name: j.employer.kind === "HOUSEHOLD" ? null : j.employer.name,
        city: j.employer.city,
      },
      agency: { id: j.agency.id, name: j.agency.name, licenceNo: j.agency.licenceNo },
    },
  };
};

resolvers.CONTRACT = async (code) => {
  const c = await db.contract.findUnique({
    where: { verificationCode: code },
    select: {
      reference: true,
      version: true,
      status: true,
      countryCode: true,
      startDate: true,
      termsHash: true,
      decidedAt: true,
      worker: { select: { firstName: true, lastName: true } },
      jobOrder: { select: { title: true } },
      agency: { select: { id: true, name: true, licenceNo: true } },
    },
  });
  if (!c) return null;
  const status: VerifyStatus =
    c.status === "WITHDRAWN" || c.status === "REJECTED" || c.status === "TERMINATED"
      ? "REVOKED"
      : c.status === "COMPLETED" || c.status === "REPATRIATED"
        ? "EXPIRED"
        : "VALID";
  return {
    kind: "CONTRACT",
    code,
    status,
    subject: {
      reference: c.reference,
      version: c.version,
      workerInitials: `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName.slice(0, 1)}.`,
      country: c.countryCode,
      jobTitle: c.jobOrder.title,
      startDate: c.startDate.toISOString().slice(0, 10),
      agency: c.agency,
      termsHash: c.termsHash,
      approvedAt: c.decidedAt?.toISOString() ?? null,
    },
  };
};

resolvers.TRAINING_CERTIFICATE = async (code, now) => {
  const c = await db.certificate.findUnique({
    where: { code },
    select: {
      countryCode: true,
      issuedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
      worker: { select: { firstName: true, lastName: true, nationalId: true } },
    },
  });
  if (!c) return null;
  return {
    kind: "TRAINING_CERTIFICATE",
    code,
    status: certificateStatus(c, now),
    subject: {
      workerInitials: `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName.slice(0, 1)}.`,
      nationalIdTail: c.worker.nationalId ? c.worker.nationalId.slice(-3) : null,
      country: c.countryCode,
      issuedAt: c.issuedAt.toISOString(),
      expiresAt: c.expiresAt.toISOString(),
      revokeReason: c.revokedAt ? c.revokeReason : null,
    },
  };
};

resolvers.DEPARTURE_CLEARANCE = async (code, now) => {
  const c = await clearanceByCode(code, now);
  if (!c) return null;
  return {
    kind: "DEPARTURE_CLEARANCE",
    code,
    status: c.live.status,
    subject: { ...c.subject, invalidReason: c.live.reason },
  };
};

/** What a typed code proves; null when it is not a code or no document carries it. */
export async function verifyCode(input: string, now = new Date()): Promise<VerifyResult | null> {
  const parsed = parseVerificationCode(input);
  if (!parsed) return null;
  const resolve = resolvers[parsed.kind];
  return resolve ? resolve(parsed.code, now) : null;
}

/**
 * Codes are short: limit how fast one source can try them (the window holds across app servers).
 * `source` is the client's address on the web and the API, `ussd:<number>` by USSD: one limit for
 * every channel.
 */
export async function verifyCodeLimited(
  input: string,
  source: string | null,
): Promise<VerifyResult | null | "rate-limited"> {
  const limit = await hitRateLimit(`verify:${source ?? "unknown"}`, 120, 10 * 60_000);
  if (!limit.allowed) return "rate-limited";
  return verifyCode(input);
}
