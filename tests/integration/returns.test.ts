// A worker's return home and her debrief (issue 20 §3), on a real database, through the routes'
// own actions: who may record a return (her, her mission, NEA's desk) and who may not; early
// returns say why; the return closes the deployment; her debrief opens a wage claim, a case and
// referrals for help, once, in one transaction.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { confirmArrival } from "~/domain/mission/mission.server";
import { recordDebrief, recordReturn } from "~/domain/returns/returns.server";
import { DebriefSchema } from "~/domain/returns/returns.schema";
import { nairobiDay, nairobiToday } from "~/utils/validation";
import { createUser, sessionCookie } from "../factories/users";
import { attache, login, registered } from "../factories/departure";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "returns", ip: "10.9.9.91" };
const myReturn = import("~/routes/my.return.$registrationId");
const missionPage = import("~/routes/mission.workers.$id");

/** A Saudi deployment the Riyadh mission confirmed ten days ago. */
async function abroad() {
  const w = await registered("SA");
  const riyadh = await attache("riyadh");
  await confirmArrival(riyadh, w.reg.id, new Date(Date.now() - 10 * 86_400_000), ctx);
  return { ...w, riyadh };
}

const answers = (over: Record<string, string | string[]> = {}) => {
  const fields: Record<string, string | string[]> = {
    intent: "debrief",
    paidInFull: "no",
    owedAmount: "3,000",
    owedCurrency: "SAR",
    passportKept: "yes",
    contractRespected: "no",
    abused: "no",
    goAgain: "YES",
    sameAgency: "no",
    skills: ["COOKING", "LANGUAGE"],
    help: ["BUSINESS_TRAINING"],
    ...over,
  };
  return fields;
};

/** The debrief as the browser posts it: a ticked box repeats its name. */
const debrief = (over: Record<string, string | string[]> = {}) => {
  const f = new URLSearchParams();
  for (const [k, v] of Object.entries(answers(over)))
    for (const one of Array.isArray(v) ? v : [v]) f.append(k, one);
  return f;
};

describe("recording a return", () => {
  it("she records her own early return with why: the deployment closes and she is asked for her debrief", async () => {
    const w = await abroad();
    const cookie = await sessionCookie(w.user.id);
    const path = `/my/return/${w.reg.id}`;
    const today = nairobiToday();
    // Before the contract's end, "my contract ended" is not a reason: 400, nothing recorded.
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: today, reason: "CONTRACT_ENDED" },
        { registrationId: w.reg.id },
      ),
    ).toBe(400);
    expect(await db.workerReturn.count({ where: { registrationId: w.reg.id } })).toBe(0);
    // A day in the future, or no reason: 400.
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: nairobiDay({ days: 2 }), reason: "ILLNESS" },
        { registrationId: w.reg.id },
      ),
    ).toBe(400);
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: today },
        { registrationId: w.reg.id },
      ),
    ).toBe(400);
    // Not before the arrival the mission recorded (ten days ago).
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: nairobiDay({ days: -20 }), reason: "ILLNESS" },
        { registrationId: w.reg.id },
      ),
    ).toBe(400);
    // Typed day first, as on her ID.
    const [y, m, d] = today.split("-");
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: `${d}/${m}/${y}`, reason: "UNPAID_WAGES" },
        { registrationId: w.reg.id },
      ),
    ).toBe(302);
    const ret = await db.workerReturn.findUniqueOrThrow({ where: { registrationId: w.reg.id } });
    expect(ret).toMatchObject({
      early: true,
      reason: "UNPAID_WAGES",
      recordedBy: "WORKER",
      countryCode: "SA",
    });
    expect(ret.returnedOn.toISOString().slice(0, 10)).toBe(today);
    const reg = await db.missionRegistration.findUniqueOrThrow({ where: { id: w.reg.id } });
    expect(reg).toMatchObject({ status: "RETURNED", nextCheckInDue: null });
    expect(await db.checkIn.count({ where: { registrationId: w.reg.id, answeredAt: null } })).toBe(
      0,
    );
    expect((await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } })).status).toBe(
      "REPATRIATED",
    );
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: { startsWith: `return:${ret.id}:welcome` } },
      }),
    ).toBeGreaterThan(0);
    expect(
      await db.auditEvent.count({ where: { action: "return.recorded", entityId: ret.id } }),
    ).toBe(1);
    // Once.
    expect(
      await postStatus(
        myReturn,
        path,
        cookie,
        { intent: "return", returnedOn: today, reason: "ILLNESS" },
        { registrationId: w.reg.id },
      ),
    ).toBe(409);
  });

  it("not before she signed; a submission key used on another registration records that one too", async () => {
    const w = await abroad();
    await db.contract.update({
      where: { id: w.contract.id },
      data: { signedAt: new Date(Date.now() - 5 * 86_400_000) },
    });
    const early = { returnedOn: nairobiDay({ days: -7 }), reason: "ILLNESS" as const, note: "" };
    await expect(recordReturn(w.riyadh, w.reg.id, early, ctx)).rejects.toMatchObject({
      key: "returns.error.beforeSigning",
    });
    const input = { returnedOn: nairobiToday(), reason: "ILLNESS" as const, note: "" };
    const other = await abroad();
    await recordReturn(w.riyadh, w.reg.id, input, ctx, "same-key");
    await recordReturn(w.riyadh, other.reg.id, input, ctx, "same-key");
    expect(await db.workerReturn.count({ where: { registrationId: other.reg.id } })).toBe(1);
  });

  it("on time, the contract is completed", async () => {
    const w = await abroad();
    await db.contract.update({
      where: { id: w.contract.id },
      data: {
        startDate: new Date("2023-01-01T00:00:00Z"),
        signedAt: new Date("2022-12-01T00:00:00Z"),
      },
    });
    await recordReturn(
      w.riyadh,
      w.reg.id,
      { returnedOn: nairobiDay({ days: -3 }), reason: "CONTRACT_ENDED", note: "" },
      ctx,
    );
    const ret = await db.workerReturn.findUniqueOrThrow({ where: { registrationId: w.reg.id } });
    expect(ret).toMatchObject({ early: false, recordedBy: "MISSION" });
    expect((await db.contract.findUniqueOrThrow({ where: { id: w.contract.id } })).status).toBe(
      "COMPLETED",
    );
  });

  it("her mission and NEA's desk may record it; another worker, another mission and an agency may not, and nothing changes", async () => {
    const w = await abroad();
    const input = { returnedOn: nairobiToday(), reason: "ILLNESS" as const, note: "" };
    const other = await registered("SA");
    await expect(recordReturn(other.user, w.reg.id, input, ctx)).rejects.toMatchObject({
      status: 404,
    });
    await expect(recordReturn(await attache("doha"), w.reg.id, input, ctx)).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      recordReturn(await login(await createUser("AGENCY_ADMIN")), w.reg.id, input, ctx),
    ).rejects.toMatchObject({ status: 403 });
    expect(
      await postStatus(
        missionPage,
        `/mission/workers/${w.reg.id}`,
        await sessionCookie((await attache("doha")).id),
        { intent: "return", ...input },
        { id: w.reg.id },
      ),
    ).toBe(404);
    expect(await db.workerReturn.count({ where: { registrationId: w.reg.id } })).toBe(0);
    expect(
      (await db.missionRegistration.findUniqueOrThrow({ where: { id: w.reg.id } })).status,
    ).toBe("ARRIVED");
    // The mission, through its worker page.
    expect(
      await postStatus(
        missionPage,
        `/mission/workers/${w.reg.id}`,
        await sessionCookie(w.riyadh.id),
        { intent: "return", ...input },
        { id: w.reg.id },
      ),
    ).toBe(302);
    expect(
      await db.workerReturn.findUniqueOrThrow({ where: { registrationId: w.reg.id } }),
    ).toMatchObject({ recordedBy: "MISSION" });
    // NEA's desk, for another.
    const next = await abroad();
    await recordReturn(await login(await createUser("NEA_OFFICER")), next.reg.id, input, ctx);
    expect(
      await db.workerReturn.findUniqueOrThrow({ where: { registrationId: next.reg.id } }),
    ).toMatchObject({ recordedBy: "NEA_DESK" });
  });

  it("the status form no longer returns a worker without saying when and why", async () => {
    const w = await abroad();
    expect(
      await postStatus(
        missionPage,
        `/mission/workers/${w.reg.id}`,
        await sessionCookie(w.riyadh.id),
        { intent: "status", to: "RETURNED", note: "Flew home" },
        { id: w.reg.id },
      ),
    ).toBe(409);
    expect(
      (await db.missionRegistration.findUniqueOrThrow({ where: { id: w.reg.id } })).status,
    ).toBe("ARRIVED");
  });
});

describe("her debrief", () => {
  it("wages owed open a wage claim and legal aid; her asks are referred; once; the agency never sees it", async () => {
    const w = await abroad();
    await recordReturn(
      w.user,
      w.reg.id,
      { returnedOn: nairobiToday(), reason: "UNPAID_WAGES", note: "" },
      ctx,
    );
    const cookie = await sessionCookie(w.user.id);
    const path = `/my/return/${w.reg.id}`;
    const params = { registrationId: w.reg.id };
    // Bad answers: 400, nothing recorded (no answer; a currency that is neither hers nor KES).
    expect(await postStatus(myReturn, path, cookie, debrief({ paidInFull: "" }), params)).toBe(400);
    expect(await postStatus(myReturn, path, cookie, debrief({ owedCurrency: "QAR" }), params)).toBe(
      400,
    );
    expect(await postStatus(myReturn, path, cookie, debrief({ owedAmount: "lots" }), params)).toBe(
      400,
    );
    expect(
      await postStatus(myReturn, path, cookie, debrief({ goAgain: "YES", sameAgency: "" }), params),
    ).toBe(400);
    expect(await db.returnDebrief.count()).toBe(
      await db.returnDebrief.count({ where: { ret: { registrationId: { not: w.reg.id } } } }),
    );
    // The mission records returns, not her answers.
    await expect(
      recordDebrief(w.riyadh, w.reg.id, DebriefSchema.parse(answers()), ctx),
    ).rejects.toMatchObject({ status: 403 });

    expect(await postStatus(myReturn, path, cookie, debrief(), params)).toBe(302);
    const ret = await db.workerReturn.findUniqueOrThrow({
      where: { registrationId: w.reg.id },
      include: { debrief: true, referrals: true },
    });
    expect(ret.debrief).toMatchObject({
      paidInFull: false,
      owedCurrency: "SAR",
      passportKept: true,
      contractRespected: false,
      goAgain: "YES",
      sameAgency: false,
      answeredBy: "WORKER",
    });
    expect(ret.debrief!.owedAmount!.toString()).toBe("3000");
    expect(ret.debrief!.skills).toEqual(["COOKING", "LANGUAGE"]);
    expect(ret.referrals.map((r) => [r.kind, r.status, r.serviceId]).sort()).toEqual([
      ["BUSINESS_TRAINING", "REQUESTED", null],
      ["LEGAL_AID", "REQUESTED", null],
    ]);
    const claim = await db.case.findFirstOrThrow({
      where: { registrationId: w.reg.id, category: "UNPAID_WAGES" },
    });
    expect(claim).toMatchObject({
      raisedBy: "WORKER",
      agencyId: w.reg.agencyId,
      missionId: w.reg.missionId,
      status: "OPEN",
    });
    expect(claim.description).toContain("3000 SAR");
    expect(await db.case.count({ where: { registrationId: w.reg.id, category: "ABUSE" } })).toBe(0);
    expect(
      await db.auditEvent.count({ where: { action: "return.debriefed", entityId: ret.id } }),
    ).toBe(1);
    // Once: a second answer is refused and opens nothing more.
    expect(await postStatus(myReturn, path, cookie, debrief({ abused: "yes" }), params)).toBe(409);
    expect(await db.case.count({ where: { registrationId: w.reg.id } })).toBe(1);
  });

  it("abuse opens a case and counselling; a debrief before the return is refused", async () => {
    const w = await abroad();
    const neaDesk = await login(await createUser("NEA_OFFICER"));
    const parsed = DebriefSchema.parse(answers({ paidInFull: "yes", abused: "yes", help: [] }));
    await expect(recordDebrief(neaDesk, w.reg.id, parsed, ctx)).rejects.toMatchObject({
      key: "returns.error.notReturned",
    });
    await recordReturn(
      neaDesk,
      w.reg.id,
      { returnedOn: nairobiToday(), reason: "ABUSE", note: "" },
      ctx,
    );
    const refs = await recordDebrief(neaDesk, w.reg.id, parsed, ctx);
    expect(refs).toHaveLength(1);
    const c = await db.case.findUniqueOrThrow({ where: { reference: refs[0] } });
    expect(c).toMatchObject({ category: "ABUSE", raisedBy: "NEA" });
    const ret = await db.workerReturn.findUniqueOrThrow({
      where: { registrationId: w.reg.id },
      include: { referrals: true, debrief: true },
    });
    expect(ret.referrals.map((r) => r.kind)).toEqual(["COUNSELLING"]);
    expect(ret.debrief!.answeredBy).toBe("NEA_DESK");
    // Another worker cannot read or answer hers.
    const other = await registered("SA");
    await expect(recordDebrief(other.user, w.reg.id, parsed, ctx)).rejects.toMatchObject({
      status: 404,
    });
  });
});
