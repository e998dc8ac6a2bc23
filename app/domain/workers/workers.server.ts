// The worker's own record: profile, next of kin with consent, and "download my data". A national ID
// that an agency or training institution already recorded is not simply taken: the worker proves the
// record is hers with a one-time code sent to the contact recorded on it (record-claims.server.ts).
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import type { ProfileInput } from "./profile.schema";
import {
  actorOf,
  asDate,
  day,
  identityLocked,
  ownWorkerId,
  PERSONAL_FIELDS,
  requireWorker,
} from "./worker-record.server";
import { openClaim, startClaim } from "./record-claims.server";
import { DomainError } from "~/domain/errors";

export const NEXT_OF_KIN_CONSENT = "next_of_kin";
const profileSelect = {
  ...PERSONAL_FIELDS,
  userId: true,
  nextOfKin: {
    select: { id: true, name: true, relation: true, phone: true, email: true, consentAt: true },
    orderBy: { createdAt: "asc" },
    take: 1,
  },
} satisfies Prisma.WorkerSelect;

export async function getOwnProfile(actor: User) {
  requireWorker(actor);
  const id = await ownWorkerId(db, actor);
  const [worker, locked, corrections, counties, claim] = await Promise.all([
    db.worker.findUniqueOrThrow({ where: { id }, select: profileSelect }),
    identityLocked(db, id),
    db.correctionRequest.findMany({
      where: { workerId: id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        field: true,
        requestedValue: true,
        status: true,
        decisionNote: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
    db.county.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    openClaim(actor),
  ]);
  return {
    worker: {
      ...worker,
      dateOfBirth: day(worker.dateOfBirth),
      passportExpiry: day(worker.passportExpiry),
    },
    locked,
    corrections,
    counties,
    claim: claim ? { expiresAt: claim.expiresAt.toISOString() } : null,
  };
}

/**
 * Saves the worker's own details. A new national ID is not taken here: a claim starts (a code goes
 * to the contact recorded on the record that holds it, if any), the ID stays as it was, and `claim`
 * says so. The answer is the same whether a record holds the ID or not, and whatever it holds.
 */
export async function saveProfile(
  actor: User,
  input: ProfileInput,
  ctx: RequestContext,
): Promise<{ claim: boolean }> {
  requireWorker(actor);
  try {
    return await saveProfileOnce(actor, input, ctx);
  } catch (e) {
    // Two accounts taking the same new ID or passport at the same instant: the database decides.
    if ((e as { code?: string }).code === "P2002") {
      const target = JSON.stringify((e as { meta?: unknown }).meta ?? "");
      throw target.includes("passportNo")
        ? new DomainError("profile.error.passportTaken", { field: "passportNo" })
        : new DomainError("profile.error.idTaken", { field: "nationalId" });
    }
    throw e;
  }
}

/**
 * A passport number held by another record is refused, which tells the typist it is on record: so
 * each account may hit that at most PASSPORT_CONFLICTS_PER_DAY times, and each time is audited on
 * the record it touched (an independent review found passport numbers could be tested freely).
 */
const PASSPORT_CONFLICTS_PER_DAY = 3;

async function checkPassportFree(
  tx: Tx,
  actor: User,
  workerId: string,
  passportNo: string,
  ctx: RequestContext,
) {
  const key = `passport-conflict:${actor.id}`;
  if (await isRateLimited(key, PASSPORT_CONFLICTS_PER_DAY))
    throw new DomainError("profile.error.passportLimit", { field: "passportNo" });
  const taken = await tx.worker.findFirst({
    where: { passportNo, id: { not: workerId } },
    select: { id: true },
  });
  if (!taken) return;
  // Counted and audited outside the profile's transaction, which the refusal rolls back.
  await hitRateLimit(key, PASSPORT_CONFLICTS_PER_DAY, 24 * 3600_000);
  await transaction((t) =>
    recordAudit(t, {
      actor: actorOf(actor),
      action: "worker.passport_conflict",
      entityType: "Worker",
      entityId: taken.id,
      summary: { by: workerId },
      ctx,
    }),
  );
  throw new DomainError("profile.error.passportTaken", { field: "passportNo" });
}

async function saveProfileOnce(actor: User, input: ProfileInput, ctx: RequestContext) {
  return transaction(async (tx) => {
    const id = await ownWorkerId(tx, actor);
    await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const me = await tx.worker.findUniqueOrThrow({ where: { id }, select: profileSelect });
    const locked = await identityLocked(tx, id);
    const identityChanged =
      me.firstName !== input.firstName ||
      me.lastName !== input.lastName ||
      (me.nationalId ?? undefined) !== input.nationalId ||
      day(me.dateOfBirth) !== input.dateOfBirth;
    if (locked && identityChanged)
      throw new DomainError("profile.error.locked", { field: "nationalId" });

    // A national ID is never taken on the worker's word: typing one always starts a claim, whether
    // a record holds it or not (the answer is the same), and it joins her record only with the code
    // sent to the contact recorded by whoever made that record. Otherwise an account could squat an
    // ID and catch the contract an agency later starts for its real holder.
    const claimed = !!input.nationalId && input.nationalId !== me.nationalId;
    if (claimed) {
      const other = await tx.worker.findUnique({
        where: { nationalId: input.nationalId },
        select: {
          id: true,
          userId: true,
          lastName: true,
          dateOfBirth: true,
          phone: true,
          email: true,
        },
      });
      await startClaim(tx, actor, other, input, ctx);
    }
    if (input.passportNo && input.passportNo !== me.passportNo)
      await checkPassportFree(tx, actor, id, input.passportNo, ctx);
    const saved = {
      ...input,
      nationalId: claimed ? (me.nationalId ?? undefined) : input.nationalId,
    };
    await tx.worker.update({
      where: { id },
      data: {
        firstName: saved.firstName,
        lastName: saved.lastName,
        nationalId: saved.nationalId ?? null,
        dateOfBirth: asDate(saved.dateOfBirth),
        sex: saved.sex ?? null,
        countyCode: saved.countyCode ?? null,
        phone: saved.phone ?? null,
        passportNo: saved.passportNo ?? null,
        passportExpiry: saved.passportNo ? asDate(saved.passportExpiry) : null,
        languages: saved.languages,
      },
    });
    await saveNextOfKin(tx, id, me.nextOfKin[0] ?? null, saved);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "worker.profile_updated",
      entityType: "Worker",
      entityId: id,
      summary: { fields: changedFields(me, saved) },
      ctx,
    });
    return { claim: claimed };
  });
}

/** Names of the fields that changed (values stay out of the audit trail). */
function changedFields(me: { [k: string]: unknown }, input: ProfileInput) {
  const now: Record<string, unknown> = {
    firstName: input.firstName,
    lastName: input.lastName,
    nationalId: input.nationalId ?? null,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex ?? null,
    countyCode: input.countyCode ?? null,
    phone: input.phone ?? null,
    passportNo: input.passportNo ?? null,
    passportExpiry: input.passportExpiry,
    languages: input.languages.join(","),
  };
  const before: Record<string, unknown> = {
    ...me,
    dateOfBirth: day(me.dateOfBirth as Date | null),
    passportExpiry: day(me.passportExpiry as Date | null),
    languages: (me.languages as string[]).join(","),
  };
  return Object.keys(now).filter((k) => (before[k] ?? null) !== (now[k] ?? null));
}

async function saveNextOfKin(
  tx: Tx,
  workerId: string,
  current: { id: string } | null,
  input: ProfileInput,
) {
  const activeConsent = await tx.consent.findFirst({
    where: { workerId, purpose: NEXT_OF_KIN_CONSENT, withdrawnAt: null },
    select: { id: true },
  });
  if (!input.kinName) {
    // Clearing the next of kin withdraws the consent to hold and share their details.
    if (current) await tx.nextOfKin.delete({ where: { id: current.id } });
    if (activeConsent)
      await tx.consent.update({
        where: { id: activeConsent.id },
        data: { withdrawnAt: new Date() },
      });
    return;
  }
  const data = {
    name: input.kinName,
    relation: input.kinRelation!,
    phone: input.kinPhone!,
    email: input.kinEmail ?? null,
  };
  if (current) await tx.nextOfKin.update({ where: { id: current.id }, data });
  else await tx.nextOfKin.create({ data: { ...data, workerId, consentAt: new Date() } });
  if (!activeConsent) await tx.consent.create({ data: { workerId, purpose: NEXT_OF_KIN_CONSENT } });
}

export { exportOwnData } from "./data-export.server";
