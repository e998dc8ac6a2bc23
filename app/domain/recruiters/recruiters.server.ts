// "Check a recruiter's number before you pay" (issue 20 §1): what the register knows of a phone
// number, M-Pesa paybill/till or page — an agency's official contact, a reported unlicensed
// recruiter (confirmed by NEA, or under review without naming anyone), or nothing — and the intake
// of reports naming one, from /report and from payments a worker made to a person.
import { readDb, type Tx } from "~/utils/db.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { recruiterIdOf, type RecruiterIdKind } from "./recruiter-id";

export type RecruiterCheck =
  | { verdict: "INVALID" }
  | {
      verdict: "AGENCY";
      kind: RecruiterIdKind;
      agency: {
        id: string;
        name: string;
        licenceNo: string | null;
        status: "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED" | "PENDING";
        validUntil: Date | null;
      };
    }
  | {
      verdict: "REPORTED";
      kind: RecruiterIdKind;
      /** Times reported (every identifier NEA merged with it). */
      reports: number;
      /** Confirmed by NEA: published with NEA's name for it; otherwise "under review", unnamed. */
      confirmed: boolean;
      label: string | null;
    }
  | { verdict: "UNKNOWN"; kind: RecruiterIdKind };

/** The identifiers of one recruiter: the head NEA decides on, and those merged into it. */
export async function clusterOf(client: Tx | ReturnType<typeof readDb>, headId: string) {
  const merged = await client.recruiterIdentifier.findMany({
    where: { mergedIntoId: headId },
    select: { id: true },
  });
  return [headId, ...merged.map((m) => m.id)];
}

/** What the register knows of what she typed. */
export async function checkRecruiter(raw: string): Promise<RecruiterCheck> {
  const id = recruiterIdOf(raw);
  if (!id) return { verdict: "INVALID" };
  const db = readDb();
  const [contact, identifier] = await Promise.all([
    db.agencyContact.findUnique({
      where: { kind_value: id },
      select: {
        agency: {
          select: { id: true, name: true, licenceNo: true, status: true, validUntil: true },
        },
      },
    }),
    db.recruiterIdentifier.findUnique({
      where: { kind_value: id },
      select: {
        id: true,
        status: true,
        label: true,
        mergedInto: { select: { id: true, status: true, label: true } },
      },
    }),
  ]);
  // An applicant's numbers are not public (none can be registered since; older ones are ignored).
  if (contact && contact.agency.status !== "PENDING")
    return { verdict: "AGENCY", kind: id.kind, agency: contact.agency };
  if (!identifier) return { verdict: "UNKNOWN", kind: id.kind };
  const head = identifier.mergedInto ?? identifier;
  if (head.status === "DISMISSED") return { verdict: "UNKNOWN", kind: id.kind };
  const reports = await db.recruiterReport.count({
    where: { identifierId: { in: await clusterOf(db, head.id) } },
  });
  if (!reports) return { verdict: "UNKNOWN", kind: id.kind };
  const confirmed = head.status === "CONFIRMED";
  return {
    verdict: "REPORTED",
    kind: id.kind,
    reports,
    confirmed,
    label: confirmed ? head.label : null,
  };
}

/** Checks a caller (an address, a phone) may make in ten minutes, on every channel. */
export const CHECKS_PER_10_MINUTES = 120;

/** The check, limited per caller: "rate-limited" once the caller has used up the allowance. */
export async function checkRecruiterLimited(
  raw: string,
  caller: string | null,
): Promise<RecruiterCheck | "rate-limited"> {
  const limit = await hitRateLimit(
    `recruiter-check:${caller ?? "unknown"}`,
    CHECKS_PER_10_MINUTES,
    600_000,
  );
  if (!limit.allowed) return "rate-limited";
  return checkRecruiter(raw);
}

export type ReportedTo = { agencyId: string } | { identifierId: string } | null;

/**
 * One report naming `raw` (in the transaction of what it comes from). An agency's official contact
 * goes to that agency's record (the caller attaches it); otherwise it counts against the
 * identifier, created on first report; a dismissed one is reopened by new reports. Null when `raw`
 * identifies nothing.
 */
export async function reportRecruiter(
  tx: Tx,
  raw: string | null | undefined,
  source: "REPORT" | "FEE_PAYMENT" | "CASE" | "FAMILY",
  sourceId: string,
): Promise<ReportedTo> {
  const id = raw ? recruiterIdOf(raw) : null;
  if (!id) return null;
  const contact = await tx.agencyContact.findUnique({
    where: { kind_value: id },
    select: { agencyId: true, agency: { select: { status: true } } },
  });
  if (contact && contact.agency.status !== "PENDING") return { agencyId: contact.agencyId };
  // Two first reports of one number at once: one row, never a unique-key error for the second.
  await tx.recruiterIdentifier.createMany({
    data: [{ ...id, display: raw!.trim().slice(0, 200) }],
    skipDuplicates: true,
  });
  const identifier = await tx.recruiterIdentifier.findUniqueOrThrow({
    where: { kind_value: id },
    select: { id: true, mergedIntoId: true },
  });
  await tx.recruiterReport.createMany({
    data: [{ identifierId: identifier.id, source, sourceId }],
    skipDuplicates: true,
  });
  // New evidence on a dismissed recruiter: NEA looks again.
  await tx.recruiterIdentifier.updateMany({
    where: { id: identifier.mergedIntoId ?? identifier.id, status: "DISMISSED" },
    data: {
      status: "UNDER_REVIEW",
      proposedById: null,
      proposalNote: null,
      version: { increment: 1 },
    },
  });
  return { identifierId: identifier.id };
}
