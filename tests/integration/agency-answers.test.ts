// The agency answers a contract-substitution case (issue 19 §1): it sees the cases about its own
// workers' reported terms (never another agency's, never a welfare case), answers once, and the
// mission reads the answer on the case.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { reportTerms, termsToConfirm } from "~/domain/mission/terms-check.server";
import {
  answerAsAgency,
  caseForAgency,
  casesToAnswer,
  escalateUnansweredByAgencies,
} from "~/domain/cases/agency-answers.server";
import { caseForOfficial, raiseCaseByWorker } from "~/domain/cases/cases.server";
import { login, overdueWorkerAbroad } from "../factories/departure";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "agency-answer-test", ip: "10.9.9.41" };
const ANSWER = "We met the employer on 3 December; the wage is restored to the approved amount.";

/** A worker who reported lower pay; the case, and a signed-in admin of her agency. */
async function substitution() {
  const w = await overdueWorkerAbroad();
  const { approved } = await termsToConfirm(w.user, w.reg.id);
  const r = await reportTerms(
    w.user,
    w.reg.id,
    {
      monthlyWage: approved.monthlyWage - 300,
      dailyHours: approved.dailyHours,
      weeklyRestDays: approved.weeklyRestDays,
      passportHeldBy: "WORKER",
      sameEmployer: true,
      city: approved.city,
    },
    ctx,
  );
  const c = await db.case.findUniqueOrThrow({ where: { reference: r.caseReference! } });
  const row = await createUser("AGENCY_ADMIN");
  await db.user.update({ where: { id: row.id }, data: { agencyId: w.contract.agencyId } });
  return { w, c, approved, admin: await login(row), adminRow: row };
}

describe("an agency answers a reported substitution", () => {
  it("sees the case with what was reported, answers once, and the mission reads the answer", async () => {
    const { w, c, approved, admin } = await substitution();
    const list = await casesToAnswer(admin, null);
    expect(list.cases.map((x) => x.id)).toContain(c.id);
    const seen = await caseForAgency(admin, c.id);
    expect(seen).toMatchObject({
      reference: c.reference,
      answer: null,
      differences: [
        {
          field: "monthlyWage",
          approved: approved.monthlyWage,
          reported: approved.monthlyWage - 300,
        },
      ],
    });
    // Its own worker by initial and surname only.
    expect(seen.worker).toMatch(/^[A-Z]\. \S/);
    // Where she is now is never the agency's to know.
    await db.termsReport.updateMany({
      where: { caseId: c.id },
      data: {
        differences: [{ field: "city", approved: approved.city, reported: "Dammam" }],
      },
    });
    expect((await caseForAgency(admin, c.id)).differences).toEqual([
      { field: "city", approved: approved.city, reported: "" },
    ]);
    expect((await caseForOfficial(w.riyadh, c.id, ctx)).termsReport?.differences[0]).toMatchObject({
      reported: "Dammam",
    });
    await answerAsAgency(admin, c.id, ANSWER, ctx);
    expect((await caseForAgency(admin, c.id)).answer).toBe(ANSWER);
    await expect(answerAsAgency(admin, c.id, `${ANSWER} Again.`, ctx)).rejects.toMatchObject({
      kind: "conflict",
    });
    const official = await caseForOfficial(w.riyadh, c.id, ctx);
    expect(official.agencyAnswer).toBe(ANSWER);
    expect(official.agencyAnsweredAt).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "case.agency_answered", entityId: c.id } }),
    ).toBe(1);
  });

  it("another agency, a worker, an attaché: not found or forbidden, and nothing changes; a welfare case is never the agency's to see", async () => {
    const { w, c } = await substitution();
    const stranger = await login(await createUser("AGENCY_ADMIN")); // another agency
    await expect(caseForAgency(stranger, c.id)).rejects.toMatchObject({ status: 404 });
    await expect(answerAsAgency(stranger, c.id, ANSWER, ctx)).rejects.toMatchObject({
      status: 404,
    });
    expect((await casesToAnswer(stranger, null)).cases.map((x) => x.id)).not.toContain(c.id);
    for (const who of [w.user, w.riyadh]) {
      await expect(caseForAgency(who, c.id)).rejects.toMatchObject({ status: 403 });
      await expect(answerAsAgency(who, c.id, ANSWER, ctx)).rejects.toMatchObject({ status: 403 });
    }
    // Through the route, with the case id in the address.
    const status = await postStatus(
      import("~/routes/agency.cases.$id"),
      `/agency/cases/${c.id}`,
      await sessionCookie((await createUser("AGENCY_ADMIN")).id),
      { answer: ANSWER },
      { id: c.id },
    );
    expect(status).toBe(404);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).agencyAnswer).toBeNull();

    // Her own agency never sees a welfare case she raised (it may be part of what she reports).
    const ownAgency = await createUser("AGENCY_ADMIN");
    await db.user.update({ where: { id: ownAgency.id }, data: { agencyId: w.contract.agencyId } });
    const ref = await raiseCaseByWorker(
      w.user,
      { registrationId: w.reg.id, category: "ABUSE", description: "My employer beats me." },
      ctx,
      null,
    );
    const welfare = await db.case.findUniqueOrThrow({ where: { reference: ref } });
    const agencyUser = await login(ownAgency);
    expect((await casesToAnswer(agencyUser, null)).cases.map((x) => x.id)).not.toContain(
      welfare.id,
    );
    await expect(caseForAgency(agencyUser, welfare.id)).rejects.toMatchObject({ status: 404 });
  });

  it("a deadline passed without an answer goes to NEA, once; an answered case never does", async () => {
    const { c } = await substitution();
    const answered = await substitution();
    await answerAsAgency(answered.admin, answered.c.id, ANSWER, ctx);
    const officer = await createUser("NEA_OFFICER");
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await escalateUnansweredByAgencies(new Date())).toBe(0); // not yet due
    await Promise.all([escalateUnansweredByAgencies(later), escalateUnansweredByAgencies(later)]);
    expect(
      (await db.case.findUniqueOrThrow({ where: { id: c.id } })).agencyOverdueAt,
    ).not.toBeNull();
    expect(
      (await db.case.findUniqueOrThrow({ where: { id: answered.c.id } })).agencyOverdueAt,
    ).toBeNull();
    const told = await db.outboxMessage.findMany({
      where: { idempotencyKey: `case:${c.id}:agency-overdue:${officer.id}` },
    });
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain(c.reference);
    expect(
      await db.auditEvent.count({ where: { action: "case.agency_overdue", entityId: c.id } }),
    ).toBe(1);
  });

  it("a short answer gets 400 and changes nothing", async () => {
    const { c, adminRow } = await substitution();
    const status = await postStatus(
      import("~/routes/agency.cases.$id"),
      `/agency/cases/${c.id}`,
      await sessionCookie(adminRow.id),
      { answer: "done" },
      { id: c.id },
    );
    expect(status).toBe(400);
    expect((await db.case.findUniqueOrThrow({ where: { id: c.id } })).agencyAnswer).toBeNull();
  });
});
