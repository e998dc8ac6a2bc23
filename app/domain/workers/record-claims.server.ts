// Claiming a worker record that someone else made (an agency starting a contract, a training
// institution recording a course). Surname, national ID and date of birth are not secrets: anyone
// who knows them could otherwise take over a worker's record and contract. So the worker proves the
// record is hers with a one-time code sent to the phone number (or email) recorded on it, and:
// - a worker's own account never takes a national ID on her word (that would let an account squat an
//   ID and catch the contract an agency later starts for its real holder): every new ID is a claim;
// - every claim answers the same way, whether a record holds the ID or not and whatever it holds:
//   "if the details match, a code was sent to the contact recorded" — no record, a wrong surname, a
//   record linked to another account, no contact, a record past its limit are told apart only in the
//   audit trail;
// - attempts are limited per account (claims a day), per account and record (codes a day, so
//   others asking cannot spend the holder's), per record (codes a day from everyone, so her phone
//   is not flooded) and per claim (wrong codes).
import { randomInt, timingSafeEqual } from "node:crypto";
import type { User } from "lucia";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { sha256 } from "~/auth/crypto.server";
import { sameIdentity } from "./identity.rules";
import { actorOf, holdsIdentity, ownWorkerId, requireWorker } from "./worker-record.server";
import { DomainError } from "~/domain/errors";

export const CLAIMS_PER_ACCOUNT_PER_DAY = 5;
/** Codes one account gets for one record a day: others asking cannot spend its holder's. */
export const CODES_PER_CLAIMANT_PER_DAY = 3;
/** Codes a record's contact gets a day from all accounts together: her phone is not flooded. */
export const CODES_PER_RECORD_PER_DAY = 10;
export const WRONG_CODES_PER_CLAIM = 5;
export const CLAIM_MINUTES = 30;
const DAY_MS = 86400_000;

const codeHash = (userId: string, code: string) => sha256(`record-claim:${userId}:${code}`);

type Claimed = {
  id: string;
  userId: string | null;
  lastName: string;
  dateOfBirth: Date | null;
  phone: string | null;
  email: string | null;
};

/**
 * Starts a claim of `other` (the record that holds the national ID the worker typed) inside the
 * profile's transaction. Sends a code only when the typed details are that person's, the record is
 * not linked to an account and has a contact, and the record has not had its codes for the day.
 */
export async function startClaim(
  tx: Tx,
  actor: User,
  other: Claimed | null,
  typed: { lastName: string; dateOfBirth?: string },
  ctx: RequestContext,
) {
  const since = new Date(Date.now() - DAY_MS);
  const mine = await tx.recordClaim.count({
    where: { userId: actor.id, createdAt: { gte: since } },
  });
  if (mine >= CLAIMS_PER_ACCOUNT_PER_DAY)
    throw new DomainError("profile.error.claimLimit", { field: "nationalId" });

  const contacts = [
    other?.phone ? { channel: "SMS" as const, to: other.phone } : null,
    other?.email ? { channel: "EMAIL" as const, to: other.email } : null,
  ].filter((c) => c !== null);
  const codesSince = { workerId: other?.id, codeHash: { not: null }, createdAt: { gte: since } };
  const [recordCodes, myCodes] = other
    ? await Promise.all([
        tx.recordClaim.count({ where: codesSince }),
        tx.recordClaim.count({ where: { ...codesSince, userId: actor.id } }),
      ])
    : [0, 0];
  const outcome = !other
    ? "no_record"
    : other.userId
      ? "linked_to_another_account"
      : !sameIdentity(other, typed)
        ? "details_differ"
        : contacts.length === 0
          ? "no_contact"
          : myCodes >= CODES_PER_CLAIMANT_PER_DAY
            ? "claimant_limit"
            : recordCodes >= CODES_PER_RECORD_PER_DAY
              ? "record_limit"
              : "code_sent";
  const code = outcome === "code_sent" ? String(randomInt(0, 1_000_000)).padStart(6, "0") : null;

  // One open claim per account: a new one replaces the last.
  await tx.recordClaim.updateMany({
    where: { userId: actor.id, closedAt: null },
    data: { closedAt: new Date() },
  });
  const claim = await tx.recordClaim.create({
    data: {
      userId: actor.id,
      workerId: outcome === "code_sent" ? other!.id : null,
      codeHash: code ? codeHash(actor.id, code) : null,
      expiresAt: new Date(Date.now() + CLAIM_MINUTES * 60_000),
    },
    select: { id: true },
  });
  if (code) {
    for (const c of contacts)
      await enqueueEmail(tx, {
        key: `record-claim:${claim.id}:${c.channel}`,
        channel: c.channel,
        to: c.to,
        locale: actor.locale === "en" ? "en" : "sw",
        template: "recordClaimCode",
        data: { code, minutes: CLAIM_MINUTES },
      });
  }
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: "worker.record_claim_started",
    entityType: "Worker",
    entityId: other?.id ?? null,
    summary: { claimId: claim.id, outcome, channels: code ? contacts.map((c) => c.channel) : [] },
    ctx,
  });
}

/** The open claim of this account, if any: the page asks for the code while there is one. */
export async function openClaim(actor: User) {
  return db.recordClaim.findFirst({
    where: { userId: actor.id, closedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, expiresAt: true },
  });
}

/**
 * The worker types the code. Right: the record is merged into hers, with its contracts, training,
 * certificates and cases. Wrong, expired or never sent: the same answer, and the claim closes after
 * WRONG_CODES_PER_CLAIM tries.
 */
export async function confirmClaim(actor: User, code: string, ctx: RequestContext) {
  requireWorker(actor);
  const linked = await transaction(async (tx) => {
    const claim = await tx.recordClaim.findFirst({
      where: { userId: actor.id, closedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    });
    if (!claim) return false;
    await tx.$executeRaw`SELECT 1 FROM "RecordClaim" WHERE "id" = ${claim.id}::uuid FOR UPDATE`;
    const typed = Buffer.from(codeHash(actor.id, code.trim()));
    const right =
      !!claim.codeHash &&
      !!claim.workerId &&
      typed.length === claim.codeHash.length &&
      timingSafeEqual(typed, Buffer.from(claim.codeHash));
    const other = right
      ? await tx.worker.findUnique({ where: { id: claim.workerId! }, select: { userId: true } })
      : null;
    if (!right || !other || other.userId) {
      const failures = claim.failures + 1;
      await tx.recordClaim.update({
        where: { id: claim.id },
        data: { failures, closedAt: failures >= WRONG_CODES_PER_CLAIM ? new Date() : null },
      });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: "worker.record_claim_refused",
        entityType: "Worker",
        entityId: claim.workerId,
        summary: { claimId: claim.id, failures },
        ctx,
      });
      return false;
    }
    await tx.recordClaim.update({
      where: { id: claim.id },
      data: { closedAt: new Date(), linkedAt: new Date() },
    });
    await linkAccountToRecord(tx, actor, claim.workerId!, {
      actor: actorOf(actor),
      summary: { claimId: claim.id },
      ctx,
    });
    return true;
  });
  if (!linked) throw new DomainError("profile.error.claimCode", { field: "code" });
}

/**
 * Joins a record someone else made (an agency, a training institution) to a worker's account: the
 * account's own record keeps its id and takes the record's identity and everything recorded under
 * it. Used by a claim confirmed with its code, and by a link two NEA officials confirm after an
 * in-person check of the worker's ID card (for records with no contact to send a code to).
 */
export async function linkAccountToRecord(
  tx: Tx,
  account: User,
  recordId: string,
  audit: {
    actor: { id: string; role: string };
    summary: Record<string, unknown>;
    ctx: RequestContext;
  },
) {
  const id = await ownWorkerId(tx, account);
  await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE "id" IN (${id}::uuid, ${recordId}::uuid) ORDER BY "id" FOR UPDATE`;
  const record = await tx.worker.findUnique({ where: { id: recordId }, select: { userId: true } });
  if (!record || record.userId || recordId === id)
    throw new DomainError("recordLinks.error.linked", { kind: "conflict" });
  // One account holds one person: a record never merges into an account that already holds a
  // national ID or an identity a contract or certificate relied on (its identity would be replaced).
  if (await holdsIdentity(tx, id))
    throw new DomainError("recordLinks.error.hasIdentity", { field: "code" });
  const gone = await mergeInto(tx, id, recordId);
  const me = await tx.worker.findUniqueOrThrow({ where: { id } });
  await tx.worker.update({
    where: { id },
    data: {
      nationalId: gone.nationalId,
      lastName: gone.lastName,
      dateOfBirth: gone.dateOfBirth,
      phone: me.phone ?? gone.phone,
      passportNo: me.passportNo ?? gone.passportNo,
      passportExpiry: me.passportNo ? me.passportExpiry : gone.passportExpiry,
    },
  });
  await recordAudit(tx, {
    actor: audit.actor,
    action: "worker.record_linked",
    entityType: "Worker",
    entityId: id,
    summary: { mergedRecordId: gone.id, ...audit.summary },
    ctx: audit.ctx,
  });
}

/** Moves everything recorded under an agency-made record onto the worker's own record, then removes it. */
async function mergeInto(tx: Tx, keepId: string, goneId: string) {
  const where = { workerId: goneId };
  const data = { workerId: keepId };
  const kept = await tx.moduleProgress.findMany({
    where: { workerId: keepId },
    select: { moduleId: true },
  });
  await tx.moduleProgress.deleteMany({
    where: { workerId: goneId, moduleId: { in: kept.map((k) => k.moduleId) } },
  });
  await Promise.all([
    tx.contract.updateMany({ where, data }),
    tx.moduleProgress.updateMany({ where, data }),
    tx.certificate.updateMany({ where, data }),
    tx.inPersonCompletion.updateMany({ where, data }),
    tx.departureClearance.updateMany({ where, data }),
    tx.missionRegistration.updateMany({ where, data }),
    tx.case.updateMany({ where, data }),
    tx.consent.updateMany({ where, data }),
    tx.correctionRequest.updateMany({ where, data }),
  ]);
  const hasKin = await tx.nextOfKin.count({ where: { workerId: keepId } });
  if (hasKin) await tx.nextOfKin.deleteMany({ where });
  else await tx.nextOfKin.updateMany({ where, data });
  return tx.worker.delete({ where: { id: goneId } });
}
