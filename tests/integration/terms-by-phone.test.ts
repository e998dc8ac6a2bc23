// "Is your job what was agreed?" by USSD and by SMS (issue 19 §1): with her check-in PIN, one
// question a screen or a message, and the same consequences as the web form — the check-in
// answered, a substitution case for her mission, the contract flagged, the agency told. Through the
// gateway routes, against the real database.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { action as ussd } from "~/routes/ussd";
import { action as smsInbound } from "~/routes/sms.inbound";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { setCheckInPin } from "~/domain/mission/checkins.server";
import { overdueWorkerAbroad } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.42" };
let seq = 0;

async function dial(phoneNumber: string, text: string, sessionId: string) {
  const res = (await ussd({
    request: new Request(`http://127.0.0.1/ussd?key=${DEMO_GATEWAY_SECRET}`, {
      method: "POST",
      body: new URLSearchParams({ sessionId, serviceCode: "*384*123#", phoneNumber, text }),
    }),
    params: {},
    context: {},
  })) as Response;
  expect(res.status).toBe(200);
  return res.text();
}

async function text(from: string, body: string) {
  const id = `ATXid_terms_${Date.now()}_${++seq}`;
  const res = (await smsInbound({
    request: new Request(`http://127.0.0.1/sms/inbound?key=${DEMO_GATEWAY_SECRET}`, {
      method: "POST",
      body: new URLSearchParams({ from, to: "20880", text: body, id, date: "2026-12-02 10:00:00" }),
    }),
    params: {},
    context: {},
  } as never)) as Response;
  expect(res.status).toBe(200);
  const reply = await db.outboxMessage.findUniqueOrThrow({
    where: { idempotencyKey: `sms-reply:${id}` },
  });
  return reply.text;
}

async function workerAbroad() {
  const w = await overdueWorkerAbroad(); // in Riyadh, her day-3 check-in overdue
  await setCheckInPin(w.user, "8642", ctx);
  const terms = (await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } })).terms as {
    monthlyWage: number;
  };
  return { ...w, wage: terms.monthlyWage };
}

describe("the terms questions by phone", () => {
  it("by USSD: lower pay and the passport with her employer open a case for her mission, once", async () => {
    const w = await workerAbroad();
    const session = `ATUid_terms_${++seq}`;
    expect(await dial(w.phone, "1*5", session)).toMatch(/^CON Enter your check-in PIN/);
    // A wrong PIN: not counted, nothing recorded.
    expect(await dial(w.phone, "1*5*1111", session)).toMatch(/^END Your PIN is not right/);
    const path = ["1", "5", "8642", "2", String(w.wage - 300), "1", "1", "2", "1", "1"];
    expect(await dial(w.phone, path.slice(0, 3).join("*"), session)).toContain(
      `Agreed: ${w.wage} `,
    );
    const end = await dial(w.phone, path.join("*"), session);
    expect(end).toMatch(/^END The mission has your answers: case (KS-\S+)\./);
    // The gateway sends the last step again: the same answer, nothing twice.
    expect(await dial(w.phone, path.join("*"), session)).toBe(end);

    const reports = await db.termsReport.findMany({ where: { registrationId: w.reg.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ channel: "USSD", reportedById: null });
    expect((reports[0]!.differences as { field: string }[]).map((d) => d.field)).toEqual([
      "monthlyWage",
      "passportHeldBy",
    ]);
    const c = await db.case.findFirstOrThrow({ where: { id: reports[0]!.caseId! } });
    expect(c).toMatchObject({ category: "CONTRACT_SUBSTITUTION", missionId: w.reg.missionId });
    expect(end).toContain(c.reference);
    expect(
      (await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } }))
        .substitutionReportedAt,
    ).not.toBeNull();
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: `case:${c.id}:agency-substitution` },
      }),
    ).toBe(1);
    const answered = await db.checkIn.findMany({
      where: { registrationId: w.reg.id, answeredAt: { not: null } },
    });
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ channel: "USSD", outcome: "CONCERN" });
  });

  it("by USSD: all as agreed answers her check-in, and another number's caller gets nothing of hers", async () => {
    const w = await workerAbroad();
    const stranger = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
    expect(await dial(stranger, "2*5*8642", `ATUid_terms_${++seq}`)).toMatch(
      /^END Hakuna jibu la hali/,
    );
    const end = await dial(w.phone, "2*5*8642*1*1*1*1*1*1", `ATUid_terms_${++seq}`);
    expect(end).toMatch(/^END Asante: kazi yako ni kama ilivyokubaliwa/);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(
      await db.termsReport.findFirstOrThrow({ where: { registrationId: w.reg.id } }),
    ).toMatchObject({ channel: "USSD", differences: [] });
  });

  it("by SMS: KAZI and her PIN, then one answer a message; a wrong answer is asked again", async () => {
    const w = await workerAbroad();
    expect(await text(w.phone, "JOB 0000")).toMatch(/^Your PIN is not right/);
    expect(await db.smsConversation.count({ where: { registrationId: w.reg.id } })).toBe(0);

    const start = await text(w.phone, "kazi 8642");
    expect(start).toMatch(/^Kazi Salama: je, kazi yako ni kama ilivyokubaliwa\?/);
    expect(start).toContain(`Mshahara wako kwa mwezi. Uliokubaliwa: ${w.wage} `);
    expect(await text(w.phone, "2")).toMatch(/^Unalipwa kiasi gani kwa mwezi/);
    expect(await text(w.phone, "elfu moja")).toMatch(
      /^Jibu halikueleweka, tafadhali jibu tena\.\nUnalipwa kiasi gani/,
    );
    // "1,300" reads like a digit and a PIN; in the conversation it is her pay (a review).
    const pay = (w.wage - 500).toLocaleString("en");
    expect(pay).toContain(",");
    expect(await text(w.phone, pay)).toMatch(/^Saa za kazi kwa siku/);
    expect(await text(w.phone, "1")).toMatch(/^Siku za mapumziko/);
    expect(await text(w.phone, "1")).toMatch(/^Pasipoti yako iko kwa nani\?/);
    expect(await text(w.phone, "1")).toMatch(/^Je, unamfanyia kazi/);
    expect(await text(w.phone, "1")).toMatch(/^Je, unafanya kazi/);
    const end = await text(w.phone, "2");
    expect(end).toBe("Unafanya kazi mji gani?");
    const done = await text(w.phone, "Jeddah");
    expect(done).toMatch(/^Ubalozi umepata majibu yako: kesi KS-/);

    const report = await db.termsReport.findFirstOrThrow({ where: { registrationId: w.reg.id } });
    expect(report.channel).toBe("SMS");
    expect((report.differences as { field: string }[]).map((d) => d.field)).toEqual([
      "monthlyWage",
      "city",
    ]);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(1);
    // The conversation is over: "1" is a check-in again (without a PIN, not counted).
    expect(await text(w.phone, "1")).toMatch(/^Halijahesabiwa: PIN si sahihi/);
  });

  it("by SMS: a conversation left too long is closed, and she is told to start again", async () => {
    const w = await workerAbroad();
    await text(w.phone, "JOB 8642");
    await db.smsConversation.updateMany({
      where: { registrationId: w.reg.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(await text(w.phone, "1")).toBe(
      "Kazi Salama: your answers came too late. Send JOB and your PIN to start again.",
    );
    expect(await db.termsReport.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(
      await db.smsConversation.count({ where: { registrationId: w.reg.id, doneAt: null } }),
    ).toBe(0);
  });
});
