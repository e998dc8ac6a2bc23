// Attacker's tests (issue 15 §3): /ussd accepted any POST and took the `phoneNumber` field as the
// worker: anyone could answer "I am OK" for a worker abroad and clear her overdue check-in.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { action } from "~/routes/ussd";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { missionWorker } from "~/domain/mission/mission.server";
import { PIN_FAILURES_ALLOWED, setCheckInPin } from "~/domain/mission/checkins.server";
import { overdueWorkerAbroad } from "../../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.15" };

async function post(body: Record<string, string>, opts: { header?: string; key?: string } = {}) {
  const url = new URL("http://127.0.0.1/ussd");
  if (opts.key) url.searchParams.set("key", opts.key);
  const res = (await action({
    request: new Request(url, {
      method: "POST",
      body: new URLSearchParams({ sessionId: "ATUid_x", serviceCode: "*384#", ...body }),
      headers: opts.header ? { "x-gateway-secret": opts.header } : {},
    }),
    params: {},
    context: {},
  } as never)) as Response;
  return { status: res.status, text: await res.text() };
}

const overdueWorker = overdueWorkerAbroad;

describe("gateway callbacks", () => {
  it("refuse a request without the gateway secret, before any lookup", async () => {
    const w = await overdueWorker();
    const before = await w.open();
    expect(before).toBeGreaterThan(0);
    for (const opts of [{}, { header: "wrong-secret-wrong-secret" }, { key: "kazi" }]) {
      const r = await post({ phoneNumber: w.phone, text: "1*4*1*1234" }, opts);
      expect(r).toEqual({ status: 401, text: "END Unauthorized" });
    }
    expect(await w.open()).toBe(before);
    expect(await db.unverifiedCheckIn.count({ where: { registrationId: w.reg.id } })).toBe(0);
    // The secret in a header or in the callback URL (the gateway cannot sign): the menu answers.
    expect(
      (await post({ phoneNumber: w.phone, text: "" }, { header: DEMO_GATEWAY_SECRET })).status,
    ).toBe(200);
    expect(
      (await post({ phoneNumber: w.phone, text: "" }, { key: DEMO_GATEWAY_SECRET })).status,
    ).toBe(200);
  });

  it("a check-in by phone clears nothing without the worker's PIN; the mission sees the attempt", async () => {
    const w = await overdueWorker();
    const before = await w.open();
    const dial = (text: string) =>
      post({ phoneNumber: w.phone, text }, { key: DEMO_GATEWAY_SECRET });

    // No PIN set yet: "I am OK" from her number is kept as unverified.
    expect((await dial("1*4*1*1234")).text).toMatch(
      /^END Not counted: you have no check-in PIN yet/,
    );
    expect(await w.open()).toBe(before);

    await setCheckInPin(w.user, "8642", ctx);
    // Wrong PINs: not counted; after PIN_FAILURES_ALLOWED the PIN is locked, even the right one.
    for (let i = 0; i < PIN_FAILURES_ALLOWED; i++)
      expect((await dial(`1*4*1*${1000 + i}`)).text).toMatch(
        /^END Not counted: the PIN is not right/,
      );
    expect((await dial("1*4*1*8642")).text).toMatch(/^END Not counted: too many wrong PINs/);
    expect(await w.open()).toBe(before);

    const page = await missionWorker(w.riyadh, w.reg.id, ctx);
    expect(page.unverifiedCheckIns.map((u) => u.reason).sort()).toEqual(
      ["LOCKED", "NO_PIN", ...Array(PIN_FAILURES_ALLOWED).fill("WRONG_PIN")].sort(),
    );
    expect(
      await db.auditEvent.count({
        where: { action: "mission.check_in_unverified", entityId: w.reg.id },
      }),
    ).toBe(PIN_FAILURES_ALLOWED + 2);

    // The worker sets a new PIN on the web (which unlocks it); now her answer counts.
    await setCheckInPin(w.user, "9753", ctx);
    expect((await dial("1*4*1*9753")).text).toMatch(/^END Thank you\. The mission has your answer/);
    expect(await w.open()).toBe(0); // the overdue check-in is answered
    expect(
      await db.checkIn.count({
        where: { registrationId: w.reg.id, channel: "USSD", outcome: "OK" },
      }),
    ).toBe(1);
  });

  // Attacker's test (an independent review): a worker typed another worker's number as her phone
  // abroad, and the victim's phone check-ins went to the attacker's registration (the newest
  // match), where the victim's PIN never verifies. A number given by several workers goes to the
  // one whose PIN verifies; otherwise every mission involved sees the attempt, marked shared.
  it("a phone number given by two workers never files the owner's check-ins on the other", async () => {
    const victim = await overdueWorker();
    const attacker = await overdueWorker();
    await db.missionRegistration.update({
      where: { id: attacker.reg.id },
      data: { phoneAbroad: victim.phone }, // newer registration, same number
    });
    const dial = (text: string) =>
      post({ phoneNumber: victim.phone, text }, { key: DEMO_GATEWAY_SECRET });
    const unverified = (regId: string) =>
      db.unverifiedCheckIn.findMany({ where: { registrationId: regId }, select: { reason: true } });

    // Neither has a PIN: the attempt is shown to both missions, marked as a shared number.
    expect((await dial("1*4*2*1234")).text).toMatch(/^END Not counted/);
    expect(await unverified(victim.reg.id)).toEqual([{ reason: "SHARED_NUMBER" }]);
    expect(await unverified(attacker.reg.id)).toEqual([{ reason: "SHARED_NUMBER" }]);

    // The victim's PIN verifies on her own registration: her check-in counts for her alone.
    await setCheckInPin(victim.user, "8642", ctx);
    await setCheckInPin(attacker.user, "1357", ctx);
    expect((await dial("1*4*1*8642")).text).toMatch(/^END Thank you\. The mission has your answer/);
    expect(await victim.open()).toBe(0);
    expect(await attacker.open()).toBeGreaterThan(0);
    expect(
      await db.checkIn.count({
        where: { registrationId: attacker.reg.id, answeredAt: { not: null } },
      }),
    ).toBe(0);
  });

  // Attacker's test (an independent review): wrong PINs counted against every worker the caller's
  // number matched, so whoever holds a number on her record (her Kenyan phone, typed by an agency)
  // could lock her PIN and silence her check-ins from her phone abroad. Wrong PINs now count per
  // calling number: another number's wrong PINs never lock hers.
  it("wrong PINs from another number never lock the worker's check-ins from her own phone", async () => {
    const w = await overdueWorker();
    const kenyan = `2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    await db.worker.update({ where: { id: w.reg.workerId }, data: { phone: kenyan } });
    await setCheckInPin(w.user, "8642", ctx);
    const from = (phone: string, text: string) =>
      post({ phoneNumber: phone, text }, { key: DEMO_GATEWAY_SECRET });
    for (let i = 0; i < PIN_FAILURES_ALLOWED + 2; i++)
      expect((await from(`+${kenyan}`, `1*4*1*${1000 + i}`)).text).toMatch(/^END Not counted/);
    // That number is now refused, even with the right PIN...
    expect((await from(`+${kenyan}`, "1*4*1*8642")).text).toMatch(/too many wrong PINs/);
    // ...but her own phone abroad still checks in.
    expect((await from(w.phone, "1*4*1*8642")).text).toMatch(
      /^END Thank you\. The mission has your answer/,
    );
    expect(await w.open()).toBe(0);
  });

  // Attacker's test (sixth review, high): setting a PIN cleared the wrong-PIN lock of every number
  // on the worker's profile, and any worker can type any number there. Anyone holding a victim's
  // phone could so guess her PIN without end (type her number, set their own PIN, 5 more guesses).
  it("another worker's new PIN never lifts the lock on her number", async () => {
    const w = await overdueWorker();
    await setCheckInPin(w.user, "8642", ctx);
    const dial = (text: string) =>
      post({ phoneNumber: w.phone, text }, { key: DEMO_GATEWAY_SECRET });
    for (let i = 0; i < PIN_FAILURES_ALLOWED; i++) await dial(`1*4*1*${1000 + i}`);
    expect((await dial("1*4*1*8642")).text).toMatch(/too many wrong PINs/);
    const other = await overdueWorker();
    await db.worker.update({
      where: { id: other.reg.workerId },
      data: { phone: w.phone.replace(/\D/g, "") },
    });
    await db.missionRegistration.update({
      where: { id: other.reg.id },
      data: { phoneAbroad: w.phone },
    });
    await setCheckInPin(other.user, "1111", ctx);
    expect((await dial("1*4*1*8642")).text).toMatch(/^END Not counted/);
    expect(await w.open()).toBeGreaterThan(0);
    expect(
      await db.unverifiedCheckIn.count({ where: { registrationId: w.reg.id, reason: "LOCKED" } }),
    ).toBe(1);
    // Her own new PIN does.
    await setCheckInPin(w.user, "9753", ctx);
    expect((await dial("1*4*1*9753")).text).toMatch(/^END Thank you\. The mission has your answer/);
  });

  // Attacker's test (an independent review of issue 19, high): a worker on the same number as her
  // neighbour set her own PIN to each guess at the neighbour's, then called. A wrong guess verified
  // as her own PIN and was never counted against the neighbour: unlimited guesses, and a right one
  // showed the neighbour's wage, employer and city. A PIN set within the lock period now counts
  // the others' failures.
  it("a neighbour on the same number cannot guess a worker's PIN by changing her own", async () => {
    const attacker = await overdueWorker(); // the older registration
    const victim = await overdueWorker(); // newer: tried first
    await setCheckInPin(victim.user, "8642", ctx);
    await db.missionRegistration.update({
      where: { id: attacker.reg.id },
      data: { phoneAbroad: victim.phone },
    });
    const dial = (text: string) =>
      post({ phoneNumber: victim.phone, text }, { key: DEMO_GATEWAY_SECRET });
    for (let i = 0; i < PIN_FAILURES_ALLOWED; i++) {
      const guess = String(1000 + i);
      await setCheckInPin(attacker.user, guess, ctx);
      expect((await dial(`1*4*1*${guess}`)).text).toMatch(/^END Thank you/); // her own check-in
    }
    // The victim's PIN is now locked from that number: the right guess gets nothing of hers.
    await setCheckInPin(attacker.user, "8642", ctx);
    expect((await dial("1*4*1*8642")).text).toMatch(/^END Thank you/); // the attacker's own
    expect(await victim.open()).toBeGreaterThan(0);
    expect(await db.unverifiedCheckIn.count({ where: { registrationId: victim.reg.id } })).toBe(0);
    // A neighbour whose PIN is a day old costs the victim nothing (an honest shared phone).
    await db.rateLimitBucket.deleteMany({ where: { key: { contains: victim.reg.workerId } } });
    await db.worker.update({
      where: { id: attacker.reg.workerId },
      data: { checkInPinSetAt: new Date(Date.now() - 25 * 3600_000) },
    });
    await setCheckInPin(attacker.user, "1357", ctx);
    await db.worker.update({
      where: { id: attacker.reg.workerId },
      data: { checkInPinSetAt: new Date(Date.now() - 25 * 3600_000) },
    });
    for (let i = 0; i < PIN_FAILURES_ALLOWED + 1; i++) await dial("1*4*1*1357");
    expect((await dial("1*4*1*8642")).text).toMatch(/^END Thank you\. The mission has your answer/);
    expect(await victim.open()).toBe(0);
  });

  it("USSD verification look-ups share the verification limit", async () => {
    const phone = `+2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    await db.rateLimitBucket.create({
      data: {
        key: `verify:ussd:${phone.slice(1)}`,
        count: 120,
        resetAt: new Date(Date.now() + 600_000),
      },
    });
    const r = await post(
      { phoneNumber: phone, text: "1*3*1202600019" },
      { key: DEMO_GATEWAY_SECRET },
    );
    expect(r.text).toBe("END Too many checks from this phone. Try again later.");
  });
});
