// Contract substitution caught at the first check-in (issue 19 §1), on a real database: what the
// worker reports against the approved terms; a difference opens a case for her mission with both
// values, flags the contract and tells the agency, all in one transaction; only she may report.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  reportPayLate,
  reportTerms,
  reportTermsAtVisit,
  termsForVisit,
  termsToConfirm,
} from "~/domain/mission/terms-check.server";
import { caseForOfficial, ownCases } from "~/domain/cases/cases.server";
import type { ReportedTerms } from "~/domain/mission/terms-check.rules";
import { attache, login, overdueWorkerAbroad, registered } from "../factories/departure";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "terms-test", ip: "10.9.9.40" };

async function asApproved(w: { user: Awaited<ReturnType<typeof login>>; reg: { id: string } }) {
  const { approved } = await termsToConfirm(w.user, w.reg.id);
  const same: ReportedTerms = {
    monthlyWage: approved.monthlyWage,
    dailyHours: approved.dailyHours,
    weeklyRestDays: approved.weeklyRestDays,
    passportHeldBy: "WORKER",
    sameEmployer: true,
    city: approved.city,
  };
  return { approved, same };
}

describe("is your job what was agreed?", () => {
  it("as agreed: her check-in is answered, nothing is opened or flagged", async () => {
    const w = await overdueWorkerAbroad();
    const { same } = await asApproved(w);
    expect(await w.open()).toBe(1);
    const r = await reportTerms(w.user, w.reg.id, same, ctx);
    expect(r).toMatchObject({ differences: [], caseReference: null });
    expect(await w.open()).toBe(0);
    const answered = await db.checkIn.findFirstOrThrow({
      where: { registrationId: w.reg.id, answeredAt: { not: null } },
    });
    expect(answered).toMatchObject({ outcome: "OK", channel: "WEB" });
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(0);
    const report = await db.termsReport.findFirstOrThrow({ where: { registrationId: w.reg.id } });
    expect(report.caseId).toBeNull();
    expect(
      (await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } }))
        .substitutionReportedAt,
    ).toBeNull();
    expect((await termsToConfirm(w.user, w.reg.id)).last).not.toBeNull();
  });

  it("lower pay and her passport with the employer: a case for her mission with both values, the contract flagged, the agency told — at once", async () => {
    const w = await overdueWorkerAbroad();
    const { approved, same } = await asApproved(w);
    const agency = await db.agency.update({
      where: { id: w.contract.agencyId },
      data: { email: `desk-${w.reg.id.slice(0, 8)}@agency.test` },
    });
    const r = await reportTerms(
      w.user,
      w.reg.id,
      { ...same, monthlyWage: approved.monthlyWage - 500, passportHeldBy: "EMPLOYER" },
      ctx,
    );
    expect(r.differences.map((d) => d.field)).toEqual(["monthlyWage", "passportHeldBy"]);
    const c = await db.case.findUniqueOrThrow({ where: { reference: r.caseReference! } });
    expect(c).toMatchObject({
      category: "CONTRACT_SUBSTITUTION",
      missionId: w.reg.missionId,
      registrationId: w.reg.id,
      contractId: w.contract.id,
      agencyId: w.contract.agencyId,
      raisedBy: "WORKER",
    });
    // The agency has a week to answer.
    const week = c.agencyAnswerDueAt!.getTime() - c.createdAt.getTime();
    expect(Math.abs(week - 7 * 86_400_000)).toBeLessThan(5_000);
    expect(
      (await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } }))
        .substitutionReportedAt,
    ).not.toBeNull();
    const told = await db.outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `case:${c.id}:agency-substitution` },
    });
    expect(told.to).toBe(agency.email);
    expect(told.text).toContain("her monthly pay, who holds her passport");
    expect(told.text).toContain(r.caseReference!);
    // Her check-in is answered as a concern; the Riyadh attachés are alerted.
    expect(
      await db.checkIn.findFirstOrThrow({
        where: { registrationId: w.reg.id, answeredAt: { not: null } },
      }),
    ).toMatchObject({ outcome: "CONCERN" });
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: { startsWith: `case:${c.id}:new:` } },
      }),
    ).toBeGreaterThan(0);
    // The attaché sees what she reported beside what was approved.
    const seen = await caseForOfficial(w.riyadh, c.id, ctx);
    expect(seen.termsReport?.differences).toEqual([
      {
        field: "monthlyWage",
        approved: approved.monthlyWage,
        reported: approved.monthlyWage - 500,
      },
      { field: "passportHeldBy", approved: "WORKER", reported: "EMPLOYER" },
    ]);
    expect(seen.termsReport?.currency).toBe(approved.currency);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "mission.terms_reported", entityId: w.reg.id },
    });
    expect(audit.summary).toMatchObject({ differences: ["monthlyWage", "passportHeldBy"] });
  });

  it("reporting again while her case is open adds to it: one case, one message to the agency", async () => {
    const w = await overdueWorkerAbroad();
    const { approved, same } = await asApproved(w);
    await db.agency.update({
      where: { id: w.contract.agencyId },
      data: { email: `again-${w.reg.id.slice(0, 8)}@agency.test` },
    });
    const first = await reportTerms(w.user, w.reg.id, { ...same, sameEmployer: false }, ctx);
    const again = await reportTerms(
      w.user,
      w.reg.id,
      { ...same, sameEmployer: false, monthlyWage: approved.monthlyWage - 1 },
      ctx,
    );
    expect(again.caseReference).toBe(first.caseReference);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(1);
    const c = await db.case.findUniqueOrThrow({ where: { reference: first.caseReference! } });
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: { startsWith: `case:${c.id}:agency` } },
      }),
    ).toBe(1);
    // The mission sees her latest answers.
    const seen = await caseForOfficial(w.riyadh, c.id, ctx);
    expect(seen.termsReport?.differences.map((d) => d.field)).toEqual(["monthlyWage", "employer"]);
  });

  it("an approved wage with cents is accepted back unchanged", async () => {
    const w = await overdueWorkerAbroad();
    const contract = await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } });
    await db.contract.update({
      where: { id: w.contract.id },
      data: { terms: { ...(contract.terms as object), monthlyWage: 1500.5, dailyHours: 8.5 } },
    });
    const { approved } = await termsToConfirm(w.user, w.reg.id);
    const status = await postStatus(
      import("~/routes/my.terms.$registrationId"),
      `/my/terms/${w.reg.id}`,
      await sessionCookie(w.userRow.id),
      {
        monthlyWage: "1500.5",
        dailyHours: "8.5",
        weeklyRestDays: String(approved.weeklyRestDays),
        passportHeldBy: "WORKER",
        sameEmployer: "yes",
        city: approved.city,
      },
      { registrationId: w.reg.id },
    );
    expect(status).toBe(302);
    const report = await db.termsReport.findFirstOrThrow({ where: { registrationId: w.reg.id } });
    expect(report.differences).toEqual([]);
  });

  it("my pay is late: the check-in answered as a concern and one unpaid-wages case for her mission", async () => {
    const w = await overdueWorkerAbroad();
    const cookie = await sessionCookie(w.userRow.id);
    const post = () =>
      postStatus(import("~/routes/my.departure"), "/my/departure", cookie, {
        intent: "checkin",
        registrationId: w.reg.id,
        outcome: "PAY_LATE",
      });
    expect(await post()).toBe(302);
    expect(await post()).toBe(302); // again while it is being handled: the same case
    const cases = await db.case.findMany({ where: { registrationId: w.reg.id } });
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      category: "UNPAID_WAGES",
      missionId: w.reg.missionId,
      contractId: w.contract.id,
    });
    expect(
      await db.checkIn.findFirstOrThrow({
        where: { registrationId: w.reg.id, answeredAt: { not: null } },
        orderBy: { answeredAt: "asc" },
      }),
    ).toMatchObject({ outcome: "CONCERN" });
    // Someone else's registration: not found, nothing opened.
    const other = await overdueWorkerAbroad();
    expect(
      await postStatus(import("~/routes/my.departure"), "/my/departure", cookie, {
        intent: "checkin",
        registrationId: other.reg.id,
        outcome: "PAY_LATE",
      }),
    ).toBe(404);
    expect(await db.case.count({ where: { registrationId: other.reg.id } })).toBe(0);
  });

  it("the attaché records what she says at a visit or call: her mission's workers only", async () => {
    const w = await overdueWorkerAbroad();
    const { same } = await asApproved(w);
    const doha = await attache("doha");
    // Another mission's attaché, or the worker herself, cannot use it; nothing changes.
    await expect(termsForVisit(doha, w.reg.id, ctx)).rejects.toMatchObject({ status: 404 });
    await expect(
      reportTermsAtVisit(doha, w.reg.id, { ...same, sameEmployer: false }, ctx),
    ).rejects.toMatchObject({ status: 404 });
    await expect(reportTermsAtVisit(w.user, w.reg.id, same, ctx)).rejects.toMatchObject({
      status: 403,
    });
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(await w.open()).toBe(1);

    const form = await termsForVisit(w.riyadh, w.reg.id, ctx);
    expect(form.approved).toEqual((await termsToConfirm(w.user, w.reg.id)).approved);
    expect(
      await db.viewEvent.count({
        where: { action: "worker.personal_data_viewed", entityId: w.reg.id },
      }),
    ).toBeGreaterThan(0);
    const r = await reportTermsAtVisit(
      w.riyadh,
      w.reg.id,
      { ...same, passportHeldBy: "EMPLOYER" },
      ctx,
    );
    const c = await db.case.findUniqueOrThrow({ where: { reference: r.caseReference! } });
    expect(c).toMatchObject({ category: "CONTRACT_SUBSTITUTION", raisedBy: "ATTACHE" });
    expect(
      await db.checkIn.findFirstOrThrow({
        where: { registrationId: w.reg.id, answeredAt: { not: null } },
      }),
    ).toMatchObject({ channel: "VISIT", outcome: "CONCERN" });
    expect(
      await db.termsReport.findFirstOrThrow({ where: { registrationId: w.reg.id } }),
    ).toMatchObject({ channel: "VISIT", reportedById: w.riyadh.id });
    // Through the route: bad input 400, another mission 404.
    const route = import("~/routes/mission.workers.$id_.terms");
    const good = {
      monthlyWage: "1500",
      dailyHours: "8",
      weeklyRestDays: "1",
      passportHeldBy: "WORKER",
      sameEmployer: "yes",
    };
    const rCookie = await sessionCookie(w.riyadh.id, { secondFactor: true });
    expect(
      await postStatus(
        route,
        `/mission/workers/${w.reg.id}/terms`,
        rCookie,
        { ...good, dailyHours: "x" },
        { id: w.reg.id },
      ),
    ).toBe(400);
    expect(
      await postStatus(
        route,
        `/mission/workers/${w.reg.id}/terms`,
        await sessionCookie(doha.id, { secondFactor: true }),
        good,
        { id: w.reg.id },
      ),
    ).toBe(404);
    expect(await db.termsReport.count({ where: { registrationId: w.reg.id } })).toBe(1);
  });

  it("what she reads of her case is words in her language, never a field's code", async () => {
    const w = await overdueWorkerAbroad();
    await db.user.update({ where: { id: w.userRow.id }, data: { locale: "sw" } });
    const { approved, same } = await asApproved(w);
    await reportTerms(w.user, w.reg.id, { ...same, monthlyWage: approved.monthlyWage - 1 }, ctx);
    await reportPayLate(w.user, w.reg.id, ctx);
    const mine = (await ownCases(w.user)).map((c) => c.mine ?? "");
    expect(mine).toHaveLength(2);
    expect(mine.join(" ")).toContain("Mshahara wa mwezi");
    expect(mine.join(" ")).toContain("mshahara wangu umechelewa");
    expect(mine.join(" ")).not.toMatch(/monthlyWage|Reported/);
  });

  it("a double submission opens one case", async () => {
    const w = await overdueWorkerAbroad();
    const { same } = await asApproved(w);
    const worse = { ...same, sameEmployer: false };
    const [a, b] = await Promise.all([
      reportTerms(w.user, w.reg.id, worse, ctx, "same-key"),
      reportTerms(w.user, w.reg.id, worse, ctx, "same-key"),
    ]);
    expect(a.caseReference).toBe(b.caseReference);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(1);
    expect(await db.termsReport.count({ where: { registrationId: w.reg.id } })).toBe(1);
  });

  it("only she may report on her job: another worker, an attaché or an agency gets not found, and nothing changes", async () => {
    const w = await overdueWorkerAbroad();
    const { same } = await asApproved(w);
    const other = await overdueWorkerAbroad();
    const agencyAdmin = await login(await createUser("AGENCY_ADMIN"));
    for (const who of [other.user, w.riyadh, agencyAdmin]) {
      await expect(
        reportTerms(who, w.reg.id, { ...same, monthlyWage: 1 }, ctx),
      ).rejects.toMatchObject({ status: 404 });
      await expect(termsToConfirm(who, w.reg.id)).rejects.toMatchObject({ status: 404 });
    }
    // Through the route too, with her registration id in the address.
    const status = await postStatus(
      import("~/routes/my.terms.$registrationId"),
      `/my/terms/${w.reg.id}`,
      await sessionCookie(other.userRow.id),
      {
        monthlyWage: "1",
        dailyHours: "8",
        weeklyRestDays: "1",
        passportHeldBy: "WORKER",
        sameEmployer: "yes",
      },
      { registrationId: w.reg.id },
    );
    expect(status).toBe(404);
    expect(await db.termsReport.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(await w.open()).toBe(1);
  });

  it("bad answers get 400 and change nothing; before arrival there is nothing to answer", async () => {
    const w = await overdueWorkerAbroad();
    const cookie = await sessionCookie(w.userRow.id);
    const post = (fields: Record<string, string>) =>
      postStatus(
        import("~/routes/my.terms.$registrationId"),
        `/my/terms/${w.reg.id}`,
        cookie,
        fields,
        {
          registrationId: w.reg.id,
        },
      );
    const good = {
      monthlyWage: "1500",
      dailyHours: "8",
      weeklyRestDays: "1",
      passportHeldBy: "WORKER",
      sameEmployer: "yes",
    };
    // A blank wage is an answer missing, never a wage of zero.
    for (const bad of [
      { ...good, monthlyWage: "" },
      { ...good, monthlyWage: "1,500.50" },
      { ...good, dailyHours: "25" },
      { ...good, weeklyRestDays: "-1" },
      { ...good, passportHeldBy: "NOBODY" },
      { ...good, sameEmployer: "maybe" },
    ])
      expect(await post(bad)).toBe(400);
    expect(await db.termsReport.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(await w.open()).toBe(1);

    const notYet = await registered("SA"); // cleared, not arrived
    const { same } = await asApproved(notYet);
    await expect(reportTerms(notYet.user, notYet.reg.id, same, ctx)).rejects.toMatchObject({
      kind: "conflict",
    });
    expect(await db.termsReport.count({ where: { registrationId: notYet.reg.id } })).toBe(0);
  });
});
