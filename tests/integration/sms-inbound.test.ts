// Two-way SMS (issue 16): a worker abroad texts the service number. Through POST /sms/inbound, with
// the gateway secret, against the real registry; the answer goes back by SMS through the outbox.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { action } from "~/routes/sms.inbound";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { setCheckInPin } from "~/domain/mission/checkins.server";
import { overdueWorkerAbroad } from "../factories/departure";
import { CALLS_PER_NUMBER_PER_HOUR } from "~/domain/ussd/caller.server";

const ctx = { requestId: "test", ip: "10.9.9.16" };
let seq = 0;

async function text(from: string, body: string, opts: { id?: string; key?: string | null } = {}) {
  const id = opts.id ?? `ATXid_in_${Date.now()}_${++seq}`;
  const key = opts.key === undefined ? DEMO_GATEWAY_SECRET : opts.key;
  const res = (await action({
    request: new Request(`http://127.0.0.1/sms/inbound${key ? `?key=${key}` : ""}`, {
      method: "POST",
      body: new URLSearchParams({ from, to: "20880", text: body, id, date: "2026-12-01 10:00:00" }),
    }),
    params: {},
    context: {},
  } as never)) as Response;
  const digits = from.replace(/\D/g, "");
  const reply = await db.outboxMessage.findUnique({ where: { idempotencyKey: `sms-reply:${id}` } });
  return { status: res.status, id, reply, digits };
}

async function overdueWorker() {
  const w = await overdueWorkerAbroad();
  await setCheckInPin(w.user, "8642", ctx);
  return w;
}

describe("POST /sms/inbound", () => {
  it("SAWA with her PIN answers her check-in, and she gets the answer by SMS in Kiswahili, once", async () => {
    const w = await overdueWorker();
    expect(await w.open()).toBeGreaterThan(0);
    const r = await text(w.phone, "Sawa 8642");
    expect(r.status).toBe(200);
    expect(await w.open()).toBe(0);
    expect(r.reply).toMatchObject({ channel: "SMS", to: r.digits, locale: "sw" });
    expect(r.reply!.text).toMatch(/^Asante\. Ubalozi umepata jibu lako/);
    const stored = await db.inboundSms.findUniqueOrThrow({ where: { id: r.id } });
    expect(stored).toMatchObject({ fromNumber: r.digits, command: "ok" });
    expect(JSON.stringify(stored)).not.toContain("8642"); // never the PIN
    // The gateway repeats the callback: nothing more happens.
    const again = await text(w.phone, "Sawa 8642", { id: r.id });
    expect(again.status).toBe(200);
    expect(await db.checkIn.count({ where: { registrationId: w.reg.id, channel: "SMS" } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: r.digits, template: "smsText" } })).toBe(1);
  });

  it("HELP with her PIN opens a case her mission's attachés are alerted to", async () => {
    const w = await overdueWorker();
    const r = await text(w.phone, "HELP 8642");
    expect(r.reply!.text).toMatch(/^The mission has your answer and will call you/);
    const c = await db.case.findFirstOrThrow({ where: { registrationId: w.reg.id } });
    expect(c).toMatchObject({ category: "OTHER", raisedBy: "WORKER", missionId: w.reg.missionId });
    expect(
      await db.outboxMessage.count({ where: { to: w.riyadh.email!, template: "caseAlert" } }),
    ).toBeGreaterThan(0);
    expect(
      await db.checkIn.count({ where: { registrationId: w.reg.id, outcome: "CONCERN" } }),
    ).toBe(1);
  });

  it("without her PIN nothing is cleared or opened; the mission sees the attempt; the reply says why", async () => {
    const w = await overdueWorker();
    const before = await w.open();
    const wrong = await text(w.phone, "MSAADA 0000");
    expect(wrong.reply!.text).toMatch(/^Halijahesabiwa: PIN si sahihi/);
    const none = await text(w.phone, "OK");
    expect(none.reply!.text).toMatch(/^Not counted: the PIN is not right/);
    expect(await w.open()).toBe(before);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(await db.unverifiedCheckIn.count({ where: { registrationId: w.reg.id } })).toBe(2);
  });

  it("anything else gets how to check in, in both languages; an unknown number is told to add its phone", async () => {
    const w = await overdueWorker();
    const chat = await text(w.phone, "Habari yako?");
    expect(chat.reply!.text).toContain("reply OK and your PIN");
    expect(chat.reply!.text).toContain("Jibu SAWA na PIN yako");
    const stranger = await text("+966500000001", "SAWA 1234");
    expect(stranger.reply!.text).toMatch(/^Hakuna jibu la hali linalosubiriwa/);
  });

  it("reads the number as USSD does, and answers a number at most CALLS_PER_NUMBER_PER_HOUR.SMS times an hour", async () => {
    const w = await overdueWorker();
    // The same phone as a gateway may write it, without the "+".
    const spaced = w.phone.slice(1);
    const r = await text(spaced, "SAWA 8642");
    expect(r.reply!.text).toMatch(/^Asante|^Thank you/);
    expect(await w.open()).toBe(0);
    const noisy = `+2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    for (let i = 0; i < CALLS_PER_NUMBER_PER_HOUR.SMS; i++)
      expect((await text(noisy, "hello")).reply).not.toBeNull();
    const over = await text(noisy, "hello");
    expect(over.status).toBe(200);
    expect(over.reply).toBeNull(); // no answer: each one is an SMS we pay for
  });

  it("refuses a callback without the gateway secret, and bad input, changing nothing", async () => {
    const w = await overdueWorker();
    const before = await w.open();
    for (const key of [null, "wrong-secret-0000"]) {
      const r = await text(w.phone, "SAWA 8642", { key });
      expect(r.status).toBe(401);
      expect(r.reply).toBeNull();
    }
    expect((await text("not-a-number", "SAWA 8642")).status).toBe(400);
    expect((await text(w.phone, "SAWA 8642", { id: "" })).status).toBe(400);
    expect(await w.open()).toBe(before);
  });
});
