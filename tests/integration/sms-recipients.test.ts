// Who gets an SMS (issue 16 §5): a worker hears of her help requests by SMS — abroad, on the phone
// she gave the mission; a reporter who left only a phone hears of the outcome; a relative who could
// not reach a worker hears that the report arrived and was followed up, never what the worker said.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { actOnComplaint, submitComplaint } from "~/domain/complaints/complaints.server";
import { raiseCaseByWorker, reportCannotReach } from "~/domain/cases/case-raising.server";
import { actOnCase } from "~/domain/cases/cases.server";
import { CannotReachSchema, GetHelpSchema } from "~/domain/cases/cases.schema";
import { createAgency } from "../factories/agencies";
import { createUser } from "../factories/users";
import { overdueWorkerAbroad } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.40" };
const sms = (keyPrefix: string) =>
  db.outboxMessage.findMany({
    where: { channel: "SMS", idempotencyKey: { startsWith: keyPrefix } },
    orderBy: { createdAt: "asc" },
  });

describe("who gets an SMS", () => {
  it("a worker abroad hears of her help request and its outcome on her phone there, in her language", async () => {
    const w = await overdueWorkerAbroad();
    await db.worker.update({ where: { id: w.worker.id }, data: { phone: "254722111222" } });
    await db.user.update({ where: { id: w.userRow.id }, data: { locale: "sw" } });
    const ref = await raiseCaseByWorker(
      w.user,
      GetHelpSchema.parse({
        registrationId: w.reg.id,
        category: "UNPAID_WAGES",
        description: "No salary for three months.",
      }),
      ctx,
      null,
    );
    const c = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    await actOnCase(
      w.riyadh,
      c.id,
      { intent: "resolve", outcome: "The employer paid the three months." },
      ctx,
    );
    const texts = await sms(`case:${c.id}:`);
    expect(texts.map((m) => [m.to, m.locale])).toEqual([
      [w.phone.replace(/\D/g, ""), "sw"], // received, to her Saudi number
      [w.phone.replace(/\D/g, ""), "sw"], // resolved
    ]);
    expect(texts[0]!.text).toContain(ref);
    expect(texts.every((m) => m.text.length <= 160)).toBe(true);
  });

  it("a reporter who left only a phone hears of the report and its outcome by SMS", async () => {
    const agency = await createAgency({ name: "SMS Reported Ltd", email: "desk@smsrep.test" });
    const reference = await submitComplaint(
      {
        subject: "AGENCY",
        agencyId: agency.id,
        description: "They asked for KES 60,000 before the visa.",
        reporterPhone: "0733 444 555",
      },
      { ctx, locale: "sw", submissionKey: null },
    );
    const complaint = await db.complaint.findUniqueOrThrow({ where: { reference: reference! } });
    const o = (await createUser("NEA_OFFICER")) as unknown as User;
    await actOnComplaint(o, complaint.id, { intent: "triage" }, ctx);
    await actOnComplaint(
      o,
      complaint.id,
      { intent: "decide", outcome: "UPHELD", note: "The agency refunded the fee." },
      ctx,
    );
    const texts = await sms(`complaint:${complaint.id}:`);
    expect(texts.map((m) => [m.to, m.locale])).toEqual([
      ["254733444555", "sw"],
      ["254733444555", "sw"],
    ]);
    expect(texts[1]!.text).toContain("imethibitishwa");
  });

  it("a relative hears that her report arrived and was followed up, and nothing the worker told the mission", async () => {
    const w = await overdueWorkerAbroad();
    const ref = await reportCannotReach(
      CannotReachSchema.parse({
        reporterName: "Mary Atieno",
        reporterPhone: "0722 000 999",
        relation: "Sister",
        nationalId: w.worker.nationalId!,
        workerName: "Halima Chebet",
      }),
      { ctx, submissionKey: null },
    );
    const c = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    const secret = "She is safe and does not want her family told where she works.";
    await actOnCase(w.riyadh, c.id, { intent: "resolve", outcome: secret }, ctx);
    const toRelative = (await sms(`case:${c.id}:reporter-`)).map((m) => m);
    expect(toRelative.map((m) => m.to)).toEqual(["254722000999", "254722000999"]);
    expect(toRelative[0]!.text).toContain(ref);
    for (const m of toRelative) expect(m.text).not.toContain("safe and does not want");
  });
});
