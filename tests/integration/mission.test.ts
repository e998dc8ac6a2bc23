// The mission on a real database: pre-registration reaches the mission covering the destination,
// the attaché confirms arrival, check-ins fall due and become overdue, answers schedule the next
// one, and one mission sees nothing of another's workers (out of scope looks exactly like not found).
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  changeRegistrationStatus,
  confirmArrival,
  listMissionWorkers,
  missionWorker,
} from "~/domain/mission/mission.server";
import {
  answerCheckIn,
  recordVisit,
  workerCheckIn,
  setCheckInPin,
} from "~/domain/mission/checkins.server";
import { listEmployersForActor } from "~/domain/joborders/joborders.server";
import { transaction } from "~/utils/db.server";
import { myRating } from "~/domain/scorecard/ratings.server";
import { recordReturn } from "~/domain/returns/returns.server";
import { nairobiToday } from "~/utils/validation";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";
import { attache, login, readyWorker, registered } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.13" };
const DAY = 86_400_000;

describe("scope", () => {
  it("an attaché sees only their own mission's workers; another mission's worker is not found", async () => {
    const [riyadh, doha] = [await attache("riyadh"), await attache("doha")];
    const saudi = await registered("SA");
    const qatar = await registered("QA");
    const riyadhList = (await listMissionWorkers(riyadh, {}, ctx)).workers.map((w) => w.id);
    expect(riyadhList).toContain(saudi.reg.id);
    expect(riyadhList).not.toContain(qatar.reg.id);
    expect((await listMissionWorkers(doha, {}, ctx)).workers.map((w) => w.id)).not.toContain(
      saudi.reg.id,
    );
    const missing = "01900000-0000-7000-8000-000000000000";
    for (const id of [saudi.reg.id, missing]) {
      await expect(missionWorker(doha, id, ctx)).rejects.toMatchObject({ status: 404 });
      await expect(confirmArrival(doha, id, new Date(), ctx)).rejects.toMatchObject({
        status: 404,
      });
      await expect(
        changeRegistrationStatus(doha, id, "UNREACHABLE", "note", ctx),
      ).rejects.toMatchObject({ status: 404 });
      await expect(
        recordVisit(doha, id, { outcome: "OK", note: "visit" }, ctx),
      ).rejects.toMatchObject({ status: 404 });
    }
    // Searching Riyadh's worker by passport from Doha finds nothing either.
    expect((await listMissionWorkers(doha, { q: saudi.worker.passportNo! }, ctx)).workers).toEqual(
      [],
    );
    expect(
      (await listMissionWorkers(riyadh, { q: saudi.worker.passportNo! }, ctx)).workers.map(
        (w) => w.id,
      ),
    ).toEqual([saudi.reg.id]);
    // Other roles are refused.
    for (const role of ["NEA_SUPERVISOR", "WORKER", "AGENCY_ADMIN"] as const) {
      await expect(
        listMissionWorkers(await login(await createUser(role)), {}, ctx),
      ).rejects.toMatchObject({ status: 403 });
    }
  });

  it("every view of a worker's data by an attaché is audited", async () => {
    const riyadh = await attache("riyadh");
    const saudi = await registered("SA");
    await listMissionWorkers(riyadh, { status: "PRE_REGISTERED" }, ctx);
    await missionWorker(riyadh, saudi.reg.id, ctx);
    expect(
      await db.viewEvent.count({
        where: { actorId: riyadh.id, action: "worker.personal_data_viewed" },
      }),
    ).toBe(2);
    expect(
      await db.viewEvent.count({
        where: {
          actorId: riyadh.id,
          entityId: saudi.worker.id,
          action: "worker.personal_data_viewed",
        },
      }),
    ).toBe(1);
  });

  it("the employer watch list shows an attaché only the employers in their mission's countries", async () => {
    const riyadh = await attache("riyadh");
    await registered("QA");
    const saudi = await registered("SA");
    const items = (await listEmployersForActor(riyadh, {})).items;
    expect(items.every((e) => e.countryCode === "SA")).toBe(true);
    expect(items.map((e) => e.id)).toContain(saudi.employer.id);
  });
});

describe("arrival and check-ins", () => {
  it("arrival schedules day 3; a missed check-in is overdue and listed; an answer schedules day 30", async () => {
    const riyadh = await attache("riyadh");
    const saudi = await registered("SA");
    const arrived = new Date(Date.now() - 10 * DAY);
    await confirmArrival(riyadh, saudi.reg.id, arrived, ctx);
    await expect(confirmArrival(riyadh, saudi.reg.id, arrived, ctx)).rejects.toMatchObject({
      key: "mission.error.alreadyArrived",
    });
    const reg = await db.missionRegistration.findUniqueOrThrow({ where: { id: saudi.reg.id } });
    expect(reg).toMatchObject({ status: "ARRIVED", confirmedById: riyadh.id });
    expect(reg.nextCheckInDue!.getTime()).toBe(arrived.getTime() + 3 * DAY);
    expect((await db.contract.findUniqueOrThrow({ where: { id: saudi.contract.id } })).status).toBe(
      "ARRIVED",
    );
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: `registration:${saudi.reg.id}:arrived` },
      }),
    ).toBe(1);

    const overdue = await listMissionWorkers(riyadh, { overdue: true }, ctx);
    expect(overdue.workers.find((w) => w.id === saudi.reg.id)).toMatchObject({ overdue: true });
    const page = await missionWorker(riyadh, saudi.reg.id, ctx);
    expect(page.checkIns).toHaveLength(1);
    expect(page.checkIns[0]!.overdue).toBe(true);

    const r = await workerCheckIn(saudi.user, saudi.reg.id, "OK", ctx);
    expect(r.next.getTime()).toBe(arrived.getTime() + 30 * DAY);
    expect(
      (await listMissionWorkers(riyadh, { overdue: true }, ctx)).workers.map((w) => w.id),
    ).not.toContain(saudi.reg.id);
    const after = await missionWorker(riyadh, saudi.reg.id, ctx);
    expect(after.status).toBe("ACTIVE");
    expect(after.checkIns.map((c) => [c.channel, c.outcome])).toEqual([
      [null, null],
      ["WEB", "OK"],
    ]);
    // Another worker cannot answer for her.
    const other = await readyWorker("SA");
    await expect(workerCheckIn(other.user, saudi.reg.id, "OK", ctx)).rejects.toMatchObject({
      status: 404,
    });
  });

  it("a late answer moves to the next date in the schedule; an unreachable worker who answers is active again", async () => {
    const riyadh = await attache("riyadh");
    const saudi = await registered("SA");
    const arrived = new Date(Date.now() - 85 * DAY);
    await confirmArrival(riyadh, saudi.reg.id, arrived, ctx);
    await changeRegistrationStatus(riyadh, saudi.reg.id, "UNREACHABLE", "No answer for weeks", ctx);
    await expect(
      changeRegistrationStatus(riyadh, saudi.reg.id, "PRE_REGISTERED", "back", ctx),
    ).rejects.toMatchObject({ key: "mission.error.move" });
    await recordVisit(
      riyadh,
      saudi.reg.id,
      { outcome: "CONCERN", note: "Found at the employer's house; wages late" },
      ctx,
    );
    const reg = await db.missionRegistration.findUniqueOrThrow({ where: { id: saudi.reg.id } });
    expect(reg.status).toBe("ACTIVE");
    expect(reg.nextCheckInDue!.getTime()).toBe(arrived.getTime() + 90 * DAY);
    expect(
      await db.checkIn.count({ where: { registrationId: saudi.reg.id, answeredAt: null } }),
    ).toBe(1);
  });

  it("a returned worker is asked no more; check-ins before arrival are refused", async () => {
    const riyadh = await attache("riyadh");
    const saudi = await registered("SA");
    await expect(workerCheckIn(saudi.user, saudi.reg.id, "OK", ctx)).rejects.toMatchObject({
      key: "mission.error.noCheckIn",
    });
    await confirmArrival(riyadh, saudi.reg.id, new Date(Date.now() - DAY), ctx);
    // A return home is recorded with when and why (issue 20 §3), not by the status form.
    await recordReturn(
      riyadh,
      saudi.reg.id,
      { returnedOn: nairobiToday(), reason: "FAMILY", note: "Flew home" },
      ctx,
    );
    const reg = await db.missionRegistration.findUniqueOrThrow({ where: { id: saudi.reg.id } });
    expect(reg).toMatchObject({ status: "RETURNED", nextCheckInDue: null });
    expect(
      await db.checkIn.count({ where: { registrationId: saudi.reg.id, answeredAt: null } }),
    ).toBe(0);
    await expect(
      transaction((tx) => answerCheckIn(tx, saudi.reg.id, { outcome: "OK", channel: "WEB" })),
    ).rejects.toMatchObject({ key: "mission.error.noCheckIn" });
  });
});

describe("USSD check-ins", () => {
  it("the caller's number finds the worker abroad (phone abroad, or Kenyan number roaming) and answers the open check-in", async () => {
    const riyadh = await attache("riyadh");
    const saudi = await registered("SA");
    await confirmArrival(riyadh, saudi.reg.id, new Date(Date.now() - 5 * DAY), ctx);
    const abroad = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    await db.missionRegistration.update({
      where: { id: saudi.reg.id },
      data: { phoneAbroad: abroad },
    });
    const { handleUssd } = await import("~/domain/ussd/ussd.server");
    await setCheckInPin(saudi.user, "2468", ctx);
    expect(await handleUssd({ sessionId: "u1", phoneNumber: abroad, text: "1*4*1*2468" })).toMatch(
      /^END Thank you\. The mission has your answer\. Next check-in: /,
    );
    let answered = await db.checkIn.findMany({
      where: { registrationId: saudi.reg.id, answeredAt: { not: null } },
    });
    expect(answered.map((c) => [c.channel, c.outcome])).toEqual([["USSD", "OK"]]);
    // Roaming on her Kenyan number works too; an unknown number gets the "no check-in" answer.
    const kenyan = `2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    await db.worker.update({ where: { id: saudi.worker.id }, data: { phone: kenyan } });
    expect(
      await handleUssd({ sessionId: "u2", phoneNumber: `+${kenyan}`, text: "2*4*2*2468" }),
    ).toMatch(/^END Ubalozi umepata jibu lako/);
    answered = await db.checkIn.findMany({
      where: { registrationId: saudi.reg.id, answeredAt: { not: null } },
      orderBy: { answeredAt: "asc" },
    });
    expect(answered.map((c) => c.outcome)).toEqual(["OK", "CONCERN"]);
    expect(
      await handleUssd({ sessionId: "u3", phoneNumber: "+254700000001", text: "1*4*1*2468" }),
    ).toMatch(/^END No check-in is open/);
  });
});

describe("the console at scale", () => {
  it("pages by cursor, and the overdue list pages oldest first by its own cursor", async () => {
    const doha = await attache("doha");
    const seed = await registered("QA");
    const mission = await db.mission.findUniqueOrThrow({ where: { slug: "doha" } });
    const workers = await db.worker.createManyAndReturn({
      data: Array.from({ length: 60 }, (_, i) => ({ firstName: "Bulk", lastName: `Worker ${i}` })),
      select: { id: true },
    });
    const contracts = await db.contract.createManyAndReturn({
      data: workers.map((w, i) => ({
        reference: `KS-K-BULK-${seed.reg.id.slice(0, 8)}-${i}`,
        workerId: w.id,
        agencyId: seed.agency.id,
        employerId: seed.employer.id,
        jobOrderId: seed.jobOrder.id,
        countryCode: "QA",
        jobCategory: "DOMESTIC_WORKER" as const,
        status: "ARRIVED" as const,
        terms: {},
        startDate: new Date(),
      })),
      select: { id: true, workerId: true },
    });
    await db.missionRegistration.createMany({
      data: contracts.map((c, i) => ({
        workerId: c.workerId,
        contractId: c.id,
        missionId: mission.id,
        employerId: seed.employer.id,
        agencyId: seed.agency.id,
        city: "Doha",
        status: "ACTIVE" as const,
        arrivedAt: new Date(Date.now() - 100 * DAY),
        nextCheckInDue: new Date(Date.now() - (i + 1) * DAY),
      })),
    });
    const first = await listMissionWorkers(doha, { agencyId: seed.agency.id }, ctx);
    expect(first.workers).toHaveLength(50);
    const second = await listMissionWorkers(
      doha,
      { agencyId: seed.agency.id, after: first.next },
      ctx,
    );
    expect(new Set([...first.workers, ...second.workers].map((w) => w.id)).size).toBe(61);
    expect(second.next).toBeNull();

    const o1 = await listMissionWorkers(doha, { overdue: true, agencyId: seed.agency.id }, ctx);
    expect(o1.workers).toHaveLength(50);
    const dues = o1.workers.map((w) => w.nextCheckInDue!);
    expect([...dues].sort()).toEqual(dues); // oldest due first
    const o2 = await listMissionWorkers(
      doha,
      { overdue: true, agencyId: seed.agency.id, after: o1.next },
      ctx,
    );
    expect(o2.workers).toHaveLength(10);
    expect(new Set([...o1.workers, ...o2.workers].map((w) => w.id)).size).toBe(60);
  });
});

describe("the routes", () => {
  it("answer 400 for bad input and 409 for an impossible step, changing nothing", async () => {
    const { action } = await import("~/routes/mission.workers.$id");
    const row = await createUser("LABOUR_ATTACHE"); // Riyadh
    const cookie = await sessionCookie(row.id);
    const saudi = await registered("SA");
    const post = (body: Record<string, string>) =>
      action({
        request: new Request(`http://127.0.0.1/mission/workers/${saudi.reg.id}`, {
          method: "POST",
          body: new URLSearchParams(body),
          headers: { cookie },
        }),
        params: { id: saudi.reg.id },
        context: {},
      });
    expect(
      ((await post({ intent: "arrive", arrivedOn: "2999-01-01" })) as { init: ResponseInit | null })
        .init?.status,
    ).toBe(400);
    expect(
      ((await post({ intent: "explode" })) as { init: ResponseInit | null }).init?.status,
    ).toBe(400);
    expect(
      ((await post({ intent: "status", to: "ACTIVE", note: "x" })) as { init: ResponseInit | null })
        .init?.status,
    ).toBe(400);
    expect(
      (
        (await post({ intent: "status", to: "ACTIVE", note: "Seen well" })) as {
          init: ResponseInit | null;
        }
      ).init?.status,
    ).toBe(409);
    expect(
      (await db.missionRegistration.findUniqueOrThrow({ where: { id: saudi.reg.id } })).status,
    ).toBe("PRE_REGISTERED");
    const ok = (await post({
      intent: "arrive",
      arrivedOn: new Date().toISOString().slice(0, 10),
    })) as Response;
    expect(ok.status).toBe(302);
  });

  it("an arrival on today's Nairobi date begins at 00:00 in Nairobi: she may rate from that moment, and dates read back as that day", async () => {
    const row = await createUser("LABOUR_ATTACHE"); // Riyadh
    const saudi = await registered("SA");
    // At 00:30 in Nairobi (21:30 UTC the day before) the attaché records today's arrival: stored
    // as UTC midnight it lay three hours ahead, and the worker could not rate until 03:00.
    const today = nairobiToday();
    const status = await postStatus(
      import("~/routes/mission.workers.$id"),
      `/mission/workers/${saudi.reg.id}`,
      await sessionCookie(row.id),
      { intent: "arrive", arrivedOn: today },
      { id: saudi.reg.id },
    );
    expect(status).toBe(302);
    const reg = await db.missionRegistration.findUniqueOrThrow({ where: { id: saudi.reg.id } });
    expect(reg.arrivedAt).toEqual(new Date(`${today}T00:00:00+03:00`));
    const justAfterMidnight = new Date(`${today}T00:01:00+03:00`);
    expect((await myRating(saudi.user, saudi.reg.id, justAfterMidnight)).open).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "mission.arrival_confirmed", entityId: saudi.reg.id },
    });
    expect(audit.summary).toMatchObject({ arrivedOn: today });
  });
});
