// Check-ins by SMS (issue 16 §5), run as a scheduled job on every app server:
// - when a check-in falls due, the worker gets "are you OK? reply OK and your PIN";
// - REMIND_AFTER_DAYS later, still unanswered, a reminder that the mission will look for her;
// - when the next check-in's date has passed too (two in a row missed), her next of kin — only with
//   her consent to share, and only by SMS to the number she gave — are asked to contact the mission.
// Each is claimed with FOR UPDATE SKIP LOCKED and stamped in the transaction that queues the SMS, so
// two servers never send the same one and a crash sends it on the next run.
import { db, transaction, type Tx } from "~/utils/db.server";
import { notifyWorker, sendSmsOnly } from "~/notifications/notify.server";
import { normalizePhone } from "~/domain/agencies/normalize";
import { checkInDue, nextCheckInAfter } from "./checkin.rules";
import { missionNames } from "~/i18n/mission-name";

export const REMIND_AFTER_DAYS = 2;
/** The shortest gap between two scheduled check-ins (day 3 → day 30): candidates for "two missed". */
const SHORTEST_GAP_DAYS = 27;
/** At most this many of each kind per run; the rest wait for the next run. */
const BATCH = 500;
/**
 * Claimed and written per transaction. A claim holds its rows until their messages are queued
 * (three or four statements each): 500 in one transaction outlived the 15-second limit on a busy
 * server with a backlog (the 1M-worker benchmark), rolled back and was retried, forever.
 */
export const CLAIM_BATCH = 50;
const DAY = 86_400_000;

type Claimed = {
  id: string;
  workerId: string;
  arrivedAt: Date | null;
  dueAt: Date;
  mission: string;
  missionKind: string;
  missionCity: string;
};

const isFirst = (c: Claimed) =>
  !!c.arrivedAt && c.dueAt.getTime() === checkInDue(c.arrivedAt, 0).getTime();

const names = (c: Claimed) =>
  missionNames({ name: c.mission, kind: c.missionKind, city: c.missionCity });

/** Stamps up to CLAIM_BATCH open check-ins due by `dueBefore` whose `column` is unset; returns them. */
async function claim(
  tx: Tx,
  column: "promptedAt" | "remindedAt",
  dueBefore: Date,
  now: Date,
): Promise<Claimed[]> {
  // The column name comes from the union above, never from input.
  return tx.$queryRawUnsafe<Claimed[]>(
    `UPDATE "CheckIn" c SET "${column}" = $2
       FROM "MissionRegistration" r, "Mission" m
      WHERE c."id" IN (
              SELECT c2."id" FROM "CheckIn" c2
                JOIN "MissionRegistration" r2 ON r2."id" = c2."registrationId"
               WHERE c2."answeredAt" IS NULL AND c2."${column}" IS NULL AND c2."dueAt" <= $1
                 AND r2."status"::text IN ('ARRIVED', 'ACTIVE', 'UNREACHABLE')
               ORDER BY c2."dueAt"
               LIMIT ${CLAIM_BATCH}
               FOR UPDATE OF c2 SKIP LOCKED)
        AND r."id" = c."registrationId" AND m."id" = r."missionId"
    RETURNING c."id", r."workerId", r."arrivedAt", c."dueAt", m."name" AS "mission",
              m."kind"::text AS "missionKind", m."city" AS "missionCity"`,
    dueBefore,
    now,
  );
}

/** Claims and messages in transactions of CLAIM_BATCH, up to BATCH a run; returns how many. */
async function inBatches(write: (tx: Tx) => Promise<number>) {
  let total = 0;
  while (total < BATCH) {
    const n = await transaction(write);
    total += n;
    if (n < CLAIM_BATCH) break;
  }
  return total;
}

export async function sendCheckInSms(now = new Date()) {
  const sent = { due: 0, reminders: 0, kin: 0 };
  sent.due = await inBatches(async (tx) => {
    const claimed = await claim(tx, "promptedAt", now, now);
    for (const c of claimed)
      await notifyWorker(tx, c.workerId, {
        key: `checkin:${c.id}:due`,
        template: "checkInDue",
        // The first one asks her whether the job is what was agreed (JOB and her PIN).
        data: { ...names(c), first: isFirst(c) },
      });
    return claimed.length;
  });
  const remindBefore = new Date(now.getTime() - REMIND_AFTER_DAYS * DAY);
  sent.reminders = await inBatches(async (tx) => {
    const claimed = await claim(tx, "remindedAt", remindBefore, now);
    for (const c of claimed)
      await notifyWorker(tx, c.workerId, {
        key: `checkin:${c.id}:reminder`,
        template: "checkInReminder",
        data: names(c),
      });
    return claimed.length;
  });
  // Two in a row: the next scheduled date after an open check-in has passed as well. The pure rule
  // decides, over the open check-ins old enough to qualify, read in pages by id; those it picks are
  // stamped and told in one transaction (the stamp is conditional, so two servers tell once).
  const before = new Date(now.getTime() - SHORTEST_GAP_DAYS * DAY);
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const page = await db.checkIn.findMany({
      where: {
        id: { gt: after },
        answeredAt: null,
        kinToldAt: null,
        dueAt: { lte: before },
        registration: { status: { in: ["ARRIVED", "ACTIVE", "UNREACHABLE"] } },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, dueAt: true, registration: { select: { arrivedAt: true } } },
    });
    if (page.length === 0) break;
    after = page[page.length - 1]!.id;
    const missed = page
      .filter(
        (c) =>
          !!c.registration.arrivedAt && nextCheckInAfter(c.registration.arrivedAt, c.dueAt) <= now,
      )
      .map((c) => c.id);
    for (let i = 0; i < missed.length; i += CLAIM_BATCH)
      sent.kin += await tellKin(missed.slice(i, i + CLAIM_BATCH), now);
    if (page.length < BATCH) break;
  }
  return sent;
}

async function tellKin(ids: string[], now: Date) {
  return transaction(async (tx) => {
    let told = 0;
    const claimed = await tx.$queryRaw<Claimed[]>`
      UPDATE "CheckIn" c SET "kinToldAt" = ${now}
        FROM "MissionRegistration" r, "Mission" m
       WHERE c."id" = ANY(${ids}::uuid[]) AND c."kinToldAt" IS NULL AND c."answeredAt" IS NULL
         AND r."id" = c."registrationId" AND m."id" = r."missionId"
      RETURNING c."id", r."workerId", r."arrivedAt", c."dueAt", m."name" AS "mission",
              m."kind"::text AS "missionKind", m."city" AS "missionCity"`;
    for (const c of claimed) {
      const worker = await tx.worker.findUniqueOrThrow({
        where: { id: c.workerId },
        select: {
          firstName: true,
          lastName: true,
          nextOfKin: { where: { consentAt: { not: null } }, select: { id: true, phone: true } },
        },
      });
      for (const kin of worker.nextOfKin) {
        const to = normalizePhone(kin.phone);
        if (!to) continue;
        await sendSmsOnly(tx, {
          key: `checkin:${c.id}:kin:${kin.id}`,
          to,
          template: "kinCheckInsMissed",
          data: { worker: `${worker.firstName} ${worker.lastName}`, ...names(c) },
        });
        told++;
      }
    }
    return told;
  });
}
