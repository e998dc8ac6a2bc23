// Check-ins of workers abroad: answering the open one (on the web, by USSD or SMS with the worker's
// PIN, or by the attaché after a visit) and scheduling the next; the worker's check-in PIN; the
// worker's open registrations for "Get help". Split from mission.server.ts.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { hashPassword } from "~/auth/crypto.server";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { isUuid } from "~/utils/validation";
import { expectsCheckIns, nextCheckInAfter } from "./checkin.rules";
import { actorOf, registrationInScope } from "./mission.server";
import { PIN_PATTERN } from "./mission.schema";
import { emergencyOf, identifyCaller, pinKey } from "./phone-caller.server";
import { normalizePhone } from "~/domain/agencies/normalize";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

/**
 * Answers the open check-in (the worker on the web or USSD, or the attaché after a visit) and
 * schedules the next one from the arrival date. A worker who answers "I need help" is sent on to
 * raise a case; the answer itself is kept either way.
 */
export async function answerCheckIn(
  tx: Tx,
  registrationId: string,
  answer: {
    outcome: "OK" | "CONCERN";
    channel: "WEB" | "USSD" | "SMS" | "VISIT";
    note?: string | null;
  },
  now = new Date(),
) {
  await tx.$executeRaw`SELECT 1 FROM "MissionRegistration" WHERE "id" = ${registrationId}::uuid FOR UPDATE`;
  const r = await tx.missionRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: { status: true, arrivedAt: true },
  });
  if (!r.arrivedAt || !expectsCheckIns(r.status))
    throw new DomainError("mission.error.noCheckIn", { kind: "conflict" });
  const open = await tx.checkIn.findFirst({
    where: { registrationId, answeredAt: null },
    orderBy: { dueAt: "asc" },
    select: { id: true, dueAt: true },
  });
  // Answering before anything is due still counts (as the next due one); a visit is always welcome.
  const answered = open
    ? await tx.checkIn.update({
        where: { id: open.id },
        data: {
          answeredAt: now,
          channel: answer.channel,
          outcome: answer.outcome,
          note: answer.note ?? null,
        },
        select: { id: true, dueAt: true },
      })
    : await tx.checkIn.create({
        data: {
          registrationId,
          dueAt: now,
          answeredAt: now,
          channel: answer.channel,
          outcome: answer.outcome,
          note: answer.note ?? null,
        },
        select: { id: true, dueAt: true },
      });
  const next = nextCheckInAfter(r.arrivedAt, now > answered.dueAt ? now : answered.dueAt);
  await tx.checkIn.create({ data: { registrationId, dueAt: next } });
  // Heard from: an unreachable worker is active again.
  await tx.missionRegistration.update({
    where: { id: registrationId },
    data: {
      nextCheckInDue: next,
      ...(r.status === "UNREACHABLE" || r.status === "ARRIVED" ? { status: "ACTIVE" } : {}),
    },
  });
  return { checkInId: answered.id, next };
}

/** The attaché records a visit or a call as the answer to the open check-in. */
export async function recordVisit(
  actor: User,
  id: string,
  input: { outcome: "OK" | "CONCERN"; note: string },
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  await transaction(async (tx) => {
    await registrationInScope(tx, actor, id);
    // A second click records one visit, not two.
    const scope = { key: submissionKey, actorId: actor.id, action: "mission.visit" };
    await once(
      tx,
      scope,
      async () => {
        const r = await answerCheckIn(tx, id, {
          outcome: input.outcome,
          channel: "VISIT",
          note: input.note,
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "mission.check_in_recorded",
          entityType: "MissionRegistration",
          entityId: id,
          summary: { channel: "VISIT", outcome: input.outcome, next: r.next.toISOString() },
          ctx,
        });
      },
      () => id,
    );
  });
}

/** The worker answers their own open check-in on the web. */
export async function workerCheckIn(
  actor: User,
  registrationId: string,
  outcome: "OK" | "CONCERN",
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<{ next: Date }> {
  if (!can(actor, "worker:self") || !isUuid(registrationId)) throw notFound();
  return transaction(async (tx) => {
    const r = await tx.missionRegistration.findUnique({
      where: { id: registrationId },
      select: { worker: { select: { userId: true } } },
    });
    if (!r || r.worker.userId !== actor.id) throw notFound();
    // A second click must not answer the next check-in too (it would skip one she never answered).
    const outcomeOf = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `mission.check_in:${registrationId}` },
      async () => {
        const done = await answerCheckIn(tx, registrationId, { outcome, channel: "WEB" });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "mission.check_in_recorded",
          entityType: "MissionRegistration",
          entityId: registrationId,
          summary: { channel: "WEB", outcome, next: done.next.toISOString() },
          ctx,
        });
        return done;
      },
      (done) => done.next.toISOString(),
    );
    return outcomeOf.repeated ? { next: new Date(outcomeOf.resultRef!) } : outcomeOf.result;
  });
}

export { PIN_FAILURES_ALLOWED } from "./phone-caller.server";

export type PhoneCheckIn =
  | {
      verified: true;
      next: Date;
      emergency: string | null;
      locale: string | null;
      registrationId: string;
    }
  | {
      verified: false;
      reason: "NO_PIN" | "WRONG_PIN" | "LOCKED" | "SHARED_NUMBER";
      emergency: string | null;
      locale: null;
    };

/** Work that must commit with the check-in (an SMS channel's reply, its inbound record). */
export type OnCheckIn = (tx: Tx, r: PhoneCheckIn | null) => Promise<void>;

/**
 * A check-in by USSD or SMS from the caller's number. The number is the one a worker gave as her
 * phone abroad (or her Kenyan phone); workers type it freely, so several registrations may give the
 * same number (an independent review: a worker typed another's number, and the owner's check-ins
 * were filed on the wrong registration, where her PIN never verified). The check-in goes to the
 * registration whose PIN verifies; if none does, every registration with that number gets the
 * unverified attempt — marked SHARED_NUMBER when there are several — so no mission misses it.
 */
export async function checkInByPhone(
  phoneNumber: string,
  outcome: "OK" | "CONCERN",
  pin: string,
  channel: "USSD" | "SMS" = "USSD",
  now = new Date(),
  onCommit?: OnCheckIn,
): Promise<PhoneCheckIn | null> {
  // The gateway's number, read as every gateway channel reads it (ussd/caller.server.ts).
  const digits = normalizePhone(phoneNumber);
  if (!digits || digits.length < 8) return null;
  const caller = await identifyCaller(digits, pin);
  if (!caller) {
    if (onCommit) await transaction((tx) => onCommit(tx, null));
    return null;
  }

  if (caller.verified) {
    const reg = caller.verified;
    return transaction(async (tx) => {
      await tx.rateLimitBucket.deleteMany({ where: { key: pinKey(digits, reg.worker.id) } });
      const r = await answerCheckIn(tx, reg.id, { outcome, channel }, now);
      await recordAudit(tx, {
        actor: null,
        action: "mission.check_in_recorded",
        entityType: "MissionRegistration",
        entityId: reg.id,
        summary: { channel, outcome, next: r.next.toISOString() },
      });
      const done: PhoneCheckIn = {
        verified: true,
        next: r.next,
        emergency: emergencyOf(reg),
        locale: reg.worker.user?.locale ?? null,
        registrationId: reg.id,
      };
      await onCommit?.(tx, done);
      return done;
    });
  }

  const { candidates, reasons } = caller;
  const shared = candidates.length > 1;
  const first = candidates[0]!;
  return transaction(async (tx) => {
    for (const reg of candidates) {
      const own = reasons.get(reg.id)!;
      const reason = shared ? "SHARED_NUMBER" : own;
      await tx.unverifiedCheckIn.create({
        data: { registrationId: reg.id, at: now, channel, outcome, reason },
      });
      await recordAudit(tx, {
        actor: null,
        action: "mission.check_in_unverified",
        entityType: "MissionRegistration",
        entityId: reg.id,
        summary: { channel, outcome, reason, ...(shared ? { pin: own } : {}) },
      });
    }
    const refused: PhoneCheckIn = {
      verified: false,
      reason: shared ? "SHARED_NUMBER" : reasons.get(first.id)!,
      emergency: emergencyOf(first),
      locale: null,
    };
    await onCommit?.(tx, refused);
    return refused;
  });
}

/** The worker sets (or changes) the PIN that makes their USSD and SMS check-ins count. */
export async function setCheckInPin(actor: User, pin: string, ctx: RequestContext) {
  if (!can(actor, "worker:self")) throw forbidden();
  if (!PIN_PATTERN.test(pin)) throw new DomainError("mission.error.pin");
  const worker = await db.worker.findUnique({
    where: { userId: actor.id },
    select: { id: true },
  });
  if (!worker) throw notFound();
  const hash = await hashPassword(pin);
  // A new PIN lifts her own locks (whatever number they were on), never another worker's.
  const locks = { startsWith: "checkin-pin:", endsWith: `:${worker.id}` };
  await transaction(async (tx) => {
    await tx.worker.update({
      where: { id: worker.id },
      data: {
        checkInPinHash: hash,
        checkInPinSetAt: new Date(),
        pinFailures: 0,
        pinLockedUntil: null,
      },
    });
    await tx.rateLimitBucket.deleteMany({ where: { key: locks } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "worker.pin_set",
      entityType: "Worker",
      entityId: worker.id,
      ctx,
    });
  });
}

/** Whether the worker has a check-in PIN (never the PIN). */
export async function hasCheckInPin(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  const w = await db.worker.findUnique({
    where: { userId: actor.id },
    select: { checkInPinHash: true },
  });
  return !!w?.checkInPinHash;
}

/** The worker's own registrations that are not closed, with the mission's numbers (for "Get help"). */
export async function openRegistrations(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  return db.missionRegistration.findMany({
    where: { worker: { userId: actor.id }, status: { not: "RETURNED" } },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      id: true,
      status: true,
      contract: {
        select: {
          jobOrder: { select: { title: true } },
          jobCategory: true,
          countryCode: true,
          country: { select: { nameEn: true, nameSw: true } },
        },
      },
      employer: { select: { name: true, city: true } },
      mission: {
        select: { name: true, kind: true, city: true, phone: true, emergencyPhone: true },
      },
    },
  });
}
