// Check-ins by SMS (issue 16 §5): the worker is asked when one falls due and reminded; her next of
// kin, with her consent, are asked to contact the mission when two in a row are missed. Each SMS
// once, even with two servers running the job at once.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  CLAIM_BATCH,
  REMIND_AFTER_DAYS,
  sendCheckInSms,
} from "~/domain/mission/check-in-sms.server";
import { workerCheckIn } from "~/domain/mission/checkins.server";
import { overdueWorkerAbroad } from "../factories/departure";

const DAY = 86_400_000;
const texts = (prefix: string) =>
  db.outboxMessage.findMany({
    where: { channel: "SMS", idempotencyKey: { startsWith: prefix } },
    orderBy: { idempotencyKey: "asc" },
  });

describe("check-ins by SMS", () => {
  it("asks the worker when a check-in falls due, reminds her once, on her phone abroad, in her language — once with two servers", async () => {
    const w = await overdueWorkerAbroad(); // arrived 10 days ago: the day-3 check-in is 7 days overdue
    await db.user.update({ where: { id: w.userRow.id }, data: { locale: "sw" } });
    const open = await db.checkIn.findFirstOrThrow({
      where: { registrationId: w.reg.id, answeredAt: null },
    });
    await Promise.all([sendCheckInSms(), sendCheckInSms()]);
    await sendCheckInSms();
    const sms = await texts(`checkin:${open.id}:`);
    expect(sms.map((m) => m.idempotencyKey.split(":")[2])).toEqual(["due", "reminder"]);
    expect(sms.every((m) => m.to === w.phone.replace(/\D/g, "") && m.locale === "sw")).toBe(true);
    // Her first check-in asks whether the job is what was agreed, by SMS too (issue 19 §1).
    expect(sms[0]!.text).toContain("Jibu KAZI na PIN yako (mfano KAZI 1234) kwa maswali 6 mafupi");
    // The mission is named in Kiswahili, from its kind and city, not by its stored English name.
    expect(sms[1]!.text).toMatch(/Usipojibu, Ubalozi (Mdogo )?wa Kenya, \S+/);
    expect(sms[1]!.text).not.toMatch(/Embassy|Consulate/);
    // Not two in a row yet (the day-30 check-in is still ahead): her family is not told.
    expect(await texts(`checkin:${open.id}:kin`)).toHaveLength(0);
  });

  it("a backlog larger than one transaction's batch is all asked for in one run", async () => {
    // A server back after a day down: more check-ins due than one transaction claims. Each
    // transaction is kept small (a long one outlived its time limit under load and was retried
    // forever); the run goes on to the next batch.
    const w = await overdueWorkerAbroad();
    const n = CLAIM_BATCH * 2 + 3;
    await db.checkIn.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        registrationId: w.reg.id,
        // Older than anything else in the test database: claimed first.
        dueAt: new Date(Date.UTC(2001, 0, 1) + i * 60_000),
      })),
    });
    const backlog = await db.checkIn.findMany({
      where: { registrationId: w.reg.id, dueAt: { lt: new Date(Date.UTC(2002, 0, 1)) } },
      select: { id: true },
    });
    await sendCheckInSms();
    const due = await db.outboxMessage.count({
      where: {
        channel: "SMS",
        idempotencyKey: { in: backlog.map((c) => `checkin:${c.id}:due:sms`) },
      },
    });
    expect(due).toBe(n);
  });

  it("a check-in due today is asked for, but not reminded of before its time; an answered one is left alone", async () => {
    const w = await overdueWorkerAbroad();
    const open = await db.checkIn.findFirstOrThrow({
      where: { registrationId: w.reg.id, answeredAt: null },
    });
    await db.checkIn.update({
      where: { id: open.id },
      data: { dueAt: new Date(Date.now() - 3600_000) },
    });
    await sendCheckInSms();
    expect((await texts(`checkin:${open.id}:`)).map((m) => m.idempotencyKey.split(":")[2])).toEqual(
      ["due"],
    );
    await sendCheckInSms(new Date(Date.now() + REMIND_AFTER_DAYS * DAY));
    expect(await texts(`checkin:${open.id}:reminder`)).toHaveLength(1);

    const other = await overdueWorkerAbroad();
    await workerCheckIn(other.user, other.reg.id, "OK", { requestId: "t", ip: null });
    await sendCheckInSms();
    const answered = await db.checkIn.findFirstOrThrow({
      where: { registrationId: other.reg.id, answeredAt: { not: null } },
    });
    expect(await texts(`checkin:${answered.id}:`)).toHaveLength(0);
  });

  it("when two in a row are missed, next of kin who may be told get one SMS each; others none", async () => {
    const w = await overdueWorkerAbroad();
    const kin = await db.nextOfKin.findFirstOrThrow({ where: { workerId: w.worker.id } });
    const noConsent = await db.nextOfKin.create({
      data: { workerId: w.worker.id, name: "Uncle", relation: "Uncle", phone: "254722999888" },
    });
    const open = await db.checkIn.findFirstOrThrow({
      where: { registrationId: w.reg.id, answeredAt: null },
    });
    const { arrivedAt } = await db.missionRegistration.findUniqueOrThrow({
      where: { id: w.reg.id },
    });
    const day = (n: number) => new Date(arrivedAt!.getTime() + n * DAY);
    // The open one is the day-30 check-in: a month later, the day-90 one is still ahead.
    await db.checkIn.update({ where: { id: open.id }, data: { dueAt: day(30) } });
    await sendCheckInSms(day(60));
    expect(await texts(`checkin:${open.id}:kin`)).toHaveLength(0);
    // Past day 90 too: two in a row missed.
    await Promise.all([sendCheckInSms(day(91)), sendCheckInSms(day(91))]);
    await sendCheckInSms(day(92));
    const toKin = await texts(`checkin:${open.id}:kin:`);
    expect(toKin.map((m) => m.to)).toEqual(["254711000111"]);
    expect(toKin[0]!.idempotencyKey).toBe(`checkin:${open.id}:kin:${kin.id}`);
    expect(toKin[0]!.text).toContain("Halima Chebet");
    expect(await texts(`checkin:${open.id}:kin:${noConsent.id}`)).toHaveLength(0);
  });
});
