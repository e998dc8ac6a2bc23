// NEA's returnee desk (issue 20 §3) on a real database: the queue, finding a returnee by passport
// or ID, the directory, placing each referral with a listed service of its kind (she is told whom
// to call), and its outcome — NEA officers only; another returnee's referral is not found.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { recordDebrief } from "~/domain/returns/returns.server";
import {
  findReturnee,
  recordReferralOutcome,
  returnQueue,
  sendReferral,
} from "~/domain/returns/reintegration.server";
import {
  listServices,
  saveService,
  setServiceListed,
} from "~/domain/returns/reintegration-services.server";
import { DebriefSchema } from "~/domain/returns/returns.schema";
import { ServiceSchema } from "~/domain/returns/reintegration.schema";
import { nairobiToday } from "~/utils/validation";
import { createUser, sessionCookie } from "../factories/users";
import { login } from "../factories/departure";
import { postStatus } from "../factories/routes";
import { returnee as returneeBack } from "../factories/returns";

const ctx = { requestId: "reintegration", ip: "10.9.9.92" };

const answers = DebriefSchema.parse({
  paidInFull: "no",
  owedAmount: "1200",
  owedCurrency: "SAR",
  passportKept: "no",
  contractRespected: "yes",
  abused: "no",
  goAgain: "UNSURE",
  sameAgency: "yes",
  skills: [],
  help: ["HEALTH"],
});

const returnee = () => returneeBack("UNPAID_WAGES");

async function service(kind: "LEGAL_AID" | "HEALTH", officer: Awaited<ReturnType<typeof login>>) {
  const id = await saveService(
    officer,
    ServiceSchema.parse({ name: `${kind} clinic ${Math.random()}`, kind, phone: "0700 000 199" }),
    ctx,
  );
  return id;
}

describe("the returnee desk", () => {
  it("a return waits in the queue until her debrief is in and each referral is placed; then outcomes are tracked", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    const ret = await db.workerReturn.findUniqueOrThrow({ where: { registrationId: w.reg.id } });
    const waiting = async () =>
      (await returnQueue(officer, "waiting", null)).returns.map((r) => r.id);
    expect(await waiting()).toContain(ret.id);
    await recordDebrief(w.user, w.reg.id, answers, ctx);
    expect(await waiting()).toContain(ret.id); // two referrals to place
    const referrals = await db.reintegrationReferral.findMany({ where: { returnId: ret.id } });
    const legal = referrals.find((r) => r.kind === "LEGAL_AID")!;
    const health = referrals.find((r) => r.kind === "HEALTH")!;
    const legalAid = await service("LEGAL_AID", officer);
    const clinic = await service("HEALTH", officer);

    // An outcome before it is placed; a service of another kind; a service off the list: refused.
    await expect(
      recordReferralOutcome(
        officer,
        w.reg.id,
        { intent: "outcome", referralId: legal.id, status: "ACCEPTED", outcome: "Seen" },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.referralOutcome" });
    await expect(
      sendReferral(
        officer,
        w.reg.id,
        { intent: "send", referralId: legal.id, serviceId: clinic, note: "", consent: true },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.service" });
    await setServiceListed(officer, legalAid, false, ctx);
    await expect(
      sendReferral(
        officer,
        w.reg.id,
        { intent: "send", referralId: legal.id, serviceId: legalAid, note: "", consent: true },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.service" });
    await setServiceListed(officer, legalAid, true, ctx);
    // Another returnee's referral through her page: not found.
    const other = await returnee();
    await expect(
      sendReferral(
        officer,
        other.reg.id,
        { intent: "send", referralId: legal.id, serviceId: legalAid, note: "", consent: true },
        ctx,
      ),
    ).rejects.toMatchObject({ status: 404 });

    await sendReferral(
      officer,
      w.reg.id,
      { intent: "send", referralId: legal.id, serviceId: legalAid, note: "Wages", consent: true },
      ctx,
    );
    expect(
      await db.reintegrationReferral.findUniqueOrThrow({ where: { id: legal.id } }),
    ).toMatchObject({ status: "SENT", serviceId: legalAid, sentById: officer.id });
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: { startsWith: `reintegration:${legal.id}:sent` } },
      }),
    ).toBeGreaterThan(0);
    await expect(
      sendReferral(
        officer,
        w.reg.id,
        { intent: "send", referralId: legal.id, serviceId: legalAid, note: "", consent: true },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.referralPlaced" });
    expect(await waiting()).toContain(ret.id); // health care still to place
    await sendReferral(
      officer,
      w.reg.id,
      { intent: "send", referralId: health.id, serviceId: clinic, note: "", consent: false },
      ctx,
    );
    expect(await waiting()).not.toContain(ret.id);
    expect((await returnQueue(officer, "all", null)).returns.map((r) => r.id)).toContain(ret.id);

    await recordReferralOutcome(
      officer,
      w.reg.id,
      {
        intent: "outcome",
        referralId: legal.id,
        status: "ACCEPTED",
        outcome: "Case filed with the labour court",
      },
      ctx,
    );
    // The same outcome again would overwrite the first one's text.
    await expect(
      recordReferralOutcome(
        officer,
        w.reg.id,
        { intent: "outcome", referralId: legal.id, status: "ACCEPTED", outcome: "Overwritten" },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.referralOutcome" });
    await recordReferralOutcome(
      officer,
      w.reg.id,
      { intent: "outcome", referralId: legal.id, status: "CLOSED", outcome: "Wages recovered" },
      ctx,
    );
    await expect(
      recordReferralOutcome(
        officer,
        w.reg.id,
        { intent: "outcome", referralId: legal.id, status: "ACCEPTED", outcome: "again" },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.referralOutcome" });
    expect(
      await db.reintegrationReferral.findUniqueOrThrow({ where: { id: legal.id } }),
    ).toMatchObject({ status: "CLOSED", outcome: "Wages recovered" });
    expect(
      await db.auditEvent.count({
        where: {
          entityId: legal.id,
          action: { in: ["return.referral_sent", "return.referral_outcome"] },
        },
      }),
    ).toBe(3);
  });

  it("the desk finds her by passport or ID number", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    const worker = await db.worker.update({
      where: { id: w.reg.workerId },
      data: { passportNo: `AK${Math.floor(Math.random() * 1e7)}` },
    });
    for (const q of [worker.passportNo!.toLowerCase(), worker.nationalId!]) {
      const found = await findReturnee(officer, q);
      expect(found.map((f) => f.registrationId)).toEqual([w.reg.id]);
      expect(found[0]!.returnedOn).toBe(nairobiToday());
    }
    expect(await findReturnee(officer, "NOPE0000")).toEqual([]);
  });

  it("only NEA officers work the desk; the directory refuses a number nobody can call", async () => {
    const w = await returnee();
    for (const who of [w.user, w.riyadh, await login(await createUser("AGENCY_ADMIN"))]) {
      await expect(returnQueue(who, "all", null)).rejects.toMatchObject({ status: 403 });
      await expect(findReturnee(who, "x")).rejects.toMatchObject({ status: 403 });
      await expect(listServices(who)).rejects.toMatchObject({ status: 403 });
    }
    const officer = await createUser("NEA_OFFICER");
    const cookie = await sessionCookie(officer.id);
    const route = import("~/routes/returns.services");
    const before = await db.reintegrationService.count();
    expect(
      await postStatus(route, "/returns/services", cookie, {
        name: "Clinic",
        kind: "HEALTH",
        phone: "call us",
      }),
    ).toBe(400);
    expect(
      await postStatus(route, "/returns/services", cookie, {
        name: "Clinic",
        kind: "NOPE",
        phone: "0700 000 100",
      }),
    ).toBe(400);
    expect(
      await postStatus(route, "/returns/services", cookie, {
        intent: "listed",
        id: "not-an-id",
        active: "no",
      }),
    ).toBe(404);
    const tenByExponent = {
      name: "Clinic",
      kind: "HEALTH",
      phone: "0700 000 100",
      counties: "1e1",
    };
    expect(await postStatus(route, "/returns/services", cookie, tenByExponent)).toBe(400);
    expect(await db.reintegrationService.count()).toBe(before);
    const twice = new URLSearchParams([
      ["name", "Kisumu clinic"],
      ["kind", "HEALTH"],
      ["phone", "0700 000 100"],
      ["counties", "42"],
      ["counties", "42"],
    ]);
    expect(await postStatus(route, "/returns/services", cookie, twice)).toBe(302);
    const kisumu = await db.reintegrationService.findFirstOrThrow({
      where: { name: "Kisumu clinic" },
    });
    expect(kisumu).toMatchObject({ counties: [42], active: true });
    // A listed service is never rewritten through the add form (referrals already name it).
    const rewrite = { id: kisumu.id, name: "Renamed", kind: "LEGAL_AID", phone: "0700 000 100" };
    expect(await postStatus(route, "/returns/services", cookie, rewrite)).toBe(302);
    expect(
      await db.reintegrationService.findUniqueOrThrow({ where: { id: kisumu.id } }),
    ).toMatchObject({ name: "Kisumu clinic", kind: "HEALTH" });
    const agencyCookie = await sessionCookie((await createUser("AGENCY_ADMIN")).id);
    expect(
      await postStatus(route, "/returns/services", agencyCookie, {
        name: "Fake",
        kind: "HEALTH",
        phone: "0700 000 100",
      }),
    ).toBe(403);
  });
});
