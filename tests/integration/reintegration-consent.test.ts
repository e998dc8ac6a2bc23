// Her consent to a reintegration referral (issue 20 §3), and correcting a service's contact, on a
// real database. Nothing about her goes to a service without her agreement: help she asked for
// carries it; what her answers opened (legal aid for unpaid wages, counselling after abuse) waits
// for her "yes" on her page, or for the desk to record that she agreed. She may ask for more help
// herself; the desk may add help with her agreement; her mission, an agency or another worker may
// not. A service's name and kind never change; its phone, email, address and counties can, audited.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { recordDebrief, returnOf } from "~/domain/returns/returns.server";
import { declineHelp, requestHelp, sendReferral } from "~/domain/returns/reintegration.server";
import {
  saveService,
  serviceOf,
  updateServiceContact,
} from "~/domain/returns/reintegration-services.server";
import { DebriefSchema } from "~/domain/returns/returns.schema";
import { ServiceContactSchema, ServiceSchema } from "~/domain/returns/reintegration.schema";
import { createUser, sessionCookie } from "../factories/users";
import { login, registered } from "../factories/departure";
import { postStatus } from "../factories/routes";
import { returnee as returneeBack } from "../factories/returns";

const ctx = { requestId: "consent", ip: "10.9.9.93" };

// Not paid in full and abused (legal aid and counselling opened by her answers); health asked for.
const answers = DebriefSchema.parse({
  paidInFull: "no",
  passportKept: "yes",
  contractRespected: "no",
  abused: "yes",
  goAgain: "NO",
  skills: [],
  help: ["HEALTH"],
});

const returnee = () => returneeBack("ABUSE");

const legalService = async (officer: Awaited<ReturnType<typeof login>>) =>
  saveService(
    officer,
    ServiceSchema.parse({
      name: `Legal aid ${Math.random()}`,
      kind: "LEGAL_AID",
      phone: "0700 000 198",
    }),
    ctx,
  );

const sentMessages = (referralId: string) =>
  db.outboxMessage.count({
    where: { idempotencyKey: { startsWith: `reintegration:${referralId}` } },
  });

describe("her consent to a referral", () => {
  it("help she ticked carries her consent; what her answers opened waits for it, and the desk cannot place it without", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    await recordDebrief(w.user, w.reg.id, answers, ctx);
    const health = await w.referral("HEALTH");
    const legal = (await w.referral("LEGAL_AID"))!;
    const counselling = await w.referral("COUNSELLING");
    expect(health?.consentAt).toBeInstanceOf(Date);
    expect(legal.consentAt).toBeNull();
    expect(counselling?.consentAt).toBeNull();

    const legalAid = await legalService(officer);
    const place = (consent: boolean) =>
      sendReferral(
        officer,
        w.reg.id,
        { intent: "send", referralId: legal.id, serviceId: legalAid, note: "", consent },
        ctx,
      );
    await expect(place(false)).rejects.toMatchObject({
      key: "returns.error.consent",
      field: "consent",
    });
    expect(
      await db.reintegrationReferral.findUniqueOrThrow({ where: { id: legal.id } }),
    ).toMatchObject({
      status: "REQUESTED",
      serviceId: null,
      consentAt: null,
    });
    expect(await sentMessages(legal.id)).toBe(0);

    // Through the page: an unticked box (or a value that is not a tick) is a 400 and changes nothing.
    const cookie = await sessionCookie(officer.id);
    const page = import("~/routes/returns.$registrationId");
    for (const consent of [undefined, "yes", "no"])
      expect(
        await postStatus(
          page,
          `/returns/${w.reg.id}`,
          cookie,
          {
            intent: "send",
            referralId: legal.id,
            serviceId: legalAid,
            ...(consent ? { consent } : {}),
          },
          { registrationId: w.reg.id },
        ),
      ).toBe(400);
    expect(await sentMessages(legal.id)).toBe(0);

    // She agreed, and the official ticks the box: placed, her consent dated, audited as given here.
    expect(
      await postStatus(
        page,
        `/returns/${w.reg.id}`,
        cookie,
        { intent: "send", referralId: legal.id, serviceId: legalAid, consent: "on" },
        { registrationId: w.reg.id },
      ),
    ).toBe(302);
    const placed = await db.reintegrationReferral.findUniqueOrThrow({ where: { id: legal.id } });
    expect(placed).toMatchObject({ status: "SENT", serviceId: legalAid });
    expect(placed.consentAt).toBeInstanceOf(Date);
    expect(await sentMessages(legal.id)).toBeGreaterThan(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { entityId: legal.id, action: "return.referral_sent" },
    });
    expect(audit.summary).toMatchObject({ consent: "recorded_at_desk" });
  });

  it("she agrees to a suggested referral, or asks for other help, on her own page; only once each", async () => {
    const w = await returnee();
    await recordDebrief(w.user, w.reg.id, answers, ctx);
    const cookie = await sessionCookie(w.userRow.id);
    const page = import("~/routes/my.return.$registrationId");
    const post = (body: Record<string, string>) =>
      postStatus(page, `/my/return/${w.reg.id}`, cookie, body, { registrationId: w.reg.id });

    expect(await post({ intent: "help", kind: "NOPE" })).toBe(400);
    expect(await post({ intent: "help" })).toBe(400);
    expect(await post({ intent: "help", kind: "COUNSELLING" })).toBe(302);
    const counselling = (await w.referral("COUNSELLING"))!;
    expect(counselling.consentAt).toBeInstanceOf(Date);
    expect(counselling.status).toBe("REQUESTED");
    expect(await post({ intent: "help", kind: "BUSINESS_TRAINING" })).toBe(302);
    expect((await w.referral("BUSINESS_TRAINING"))?.consentAt).toBeInstanceOf(Date);
    // Asked for already (or ticked in her debrief): a 400 that adds nothing.
    for (const kind of ["COUNSELLING", "BUSINESS_TRAINING", "HEALTH"])
      expect(await post({ intent: "help", kind })).toBe(400);
    expect(await db.reintegrationReferral.count({ where: { returnId: w.ret.id } })).toBe(4);
    expect(
      (
        await db.auditEvent.findMany({
          where: { action: "return.referral_requested", entityId: counselling.id },
        })
      ).map((a) => a.summary),
    ).toEqual([
      expect.objectContaining({ by: "WORKER", consent: "asked_herself", suggested: true }),
    ]);
  });

  it("the desk adds help only with her agreement recorded; her mission, an agency and another worker may not", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    const before = await db.reintegrationReferral.count({ where: { returnId: w.ret.id } });
    await expect(
      requestHelp(officer, w.reg.id, { intent: "help", kind: "HEALTH", consent: false }, ctx),
    ).rejects.toMatchObject({ key: "returns.error.consent", field: "consent" });
    await expect(
      requestHelp(w.riyadh, w.reg.id, { intent: "help", kind: "HEALTH", consent: true }, ctx),
    ).rejects.toMatchObject({ status: 403 });
    const agency = await login(await createUser("AGENCY_ADMIN"));
    await expect(
      requestHelp(agency, w.reg.id, { intent: "help", kind: "HEALTH", consent: true }, ctx),
    ).rejects.toMatchObject({ status: 403 });
    const other = await registered("QA");
    await expect(
      requestHelp(other.user, w.reg.id, { intent: "help", kind: "HEALTH", consent: true }, ctx),
    ).rejects.toMatchObject({ status: 404 });
    // Not yet back: nothing to refer from.
    await expect(
      requestHelp(officer, other.reg.id, { intent: "help", kind: "HEALTH", consent: true }, ctx),
    ).rejects.toMatchObject({ key: "returns.error.notReturned" });
    expect(await db.reintegrationReferral.count({ where: { returnId: w.ret.id } })).toBe(before);

    await requestHelp(officer, w.reg.id, { intent: "help", kind: "HEALTH", consent: true }, ctx);
    const health = (await w.referral("HEALTH"))!;
    expect(health).toMatchObject({ status: "REQUESTED", requestedById: officer.id });
    expect(health.consentAt).toBeInstanceOf(Date);
    // Her debrief afterwards, ticking the same help, adds no second referral.
    await recordDebrief(w.user, w.reg.id, answers, ctx);
    expect(
      await db.reintegrationReferral.count({ where: { returnId: w.ret.id, kind: "HEALTH" } }),
    ).toBe(1);
  });
});

describe("saying no, thank you", () => {
  it("she turns down help her answers suggested: it is never placed; she may still ask for it later", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    await recordDebrief(w.user, w.reg.id, answers, ctx);
    const legal = (await w.referral("LEGAL_AID"))!;
    const decline = (actor: typeof w.user, kind: "LEGAL_AID" | "HEALTH") =>
      declineHelp(actor, w.reg.id, { intent: "decline", kind }, ctx);
    // Only she may say no for herself.
    await expect(decline(officer, "LEGAL_AID")).rejects.toMatchObject({ status: 403 });
    await expect(decline(w.riyadh, "LEGAL_AID")).rejects.toMatchObject({ status: 403 });
    const other = await registered("QA");
    await expect(
      declineHelp(other.user, w.reg.id, { intent: "decline", kind: "LEGAL_AID" }, ctx),
    ).rejects.toMatchObject({ status: 404 });
    // Help she asked for herself is not "suggested": nothing to turn down here.
    await expect(decline(w.user, "HEALTH")).rejects.toMatchObject({
      key: "returns.error.notSuggested",
    });
    expect((await w.referral("HEALTH"))!.status).toBe("REQUESTED");

    await decline(w.user, "LEGAL_AID");
    expect(await w.referral("LEGAL_AID")).toMatchObject({ status: "DECLINED", consentAt: null });
    await expect(decline(w.user, "LEGAL_AID")).rejects.toMatchObject({
      key: "returns.error.notSuggested",
    });
    const legalAid = await legalService(officer);
    await expect(
      sendReferral(
        officer,
        w.reg.id,
        { intent: "send", referralId: legal.id, serviceId: legalAid, note: "", consent: true },
        ctx,
      ),
    ).rejects.toMatchObject({ key: "returns.error.referralPlaced" });
    expect(await sentMessages(legal.id)).toBe(0);

    // She changes her mind: asking is agreeing, and it waits to be placed again.
    await requestHelp(w.user, w.reg.id, { intent: "help", kind: "LEGAL_AID", consent: false }, ctx);
    const again = (await w.referral("LEGAL_AID"))!;
    expect(again.status).toBe("REQUESTED");
    expect(again.consentAt).toBeInstanceOf(Date);
  });

  it("her page shows her answers, not the account of the official who typed them", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const w = await returnee();
    await recordDebrief(officer, w.reg.id, answers, ctx);
    for (const reader of [w.user, officer, w.riyadh]) {
      const back = await returnOf(reader, w.reg.id);
      expect(back.ret?.debrief).toMatchObject({ answeredBy: "NEA_DESK", paidInFull: false });
      expect(back.ret?.debrief).not.toHaveProperty("answeredById");
    }
  });
});

describe("correcting a service's contact", () => {
  it("changes how to reach it, audited with what it was; never its name or kind", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    const id = await saveService(
      officer,
      ServiceSchema.parse({
        name: `Clinic ${Math.random()}`,
        kind: "HEALTH",
        phone: "0700 000 197",
      }),
      ctx,
    );
    const was = await serviceOf(officer, id);
    const cookie = await sessionCookie(officer.id);
    const page = import("~/routes/returns.services_.$id");
    const post = (body: BodyInit | Record<string, string>, c = cookie, params = { id }) =>
      postStatus(page, `/returns/services/${params.id}`, c, body, params);

    expect(await post({ phone: "call us" })).toBe(400);
    expect(await post({ phone: "+254 700 000 196 ext 9" })).toBe(400);
    expect(await post({ phone: "0700 000 196", counties: "48" })).toBe(400);
    expect(await post({ phone: "0700 000 196", email: "not-an-email" })).toBe(400);
    expect(await post({ phone: "0700 000 196" }, cookie, { id: "not-an-id" })).toBe(404);
    expect(await post({ phone: "0700 000 196" }, cookie, { id: crypto.randomUUID() })).toBe(404);
    for (const role of ["AGENCY_ADMIN", "WORKER", "LABOUR_ATTACHE"] as const)
      expect(
        await post({ phone: "0700 000 196" }, await sessionCookie((await createUser(role)).id)),
      ).toBe(403);
    expect(await serviceOf(officer, id)).toEqual(was);

    const body = new URLSearchParams([
      ["name", "Renamed"],
      ["kind", "LEGAL_AID"],
      ["phone", "0700 000 196"],
      ["email", "help@clinic.example"],
      ["address", "Kisumu"],
      ["counties", "42"],
      ["counties", "1"],
    ]);
    expect(await post(body)).toBe(302);
    expect(await serviceOf(officer, id)).toMatchObject({
      name: was.name,
      kind: "HEALTH",
      phone: "0700 000 196",
      email: "help@clinic.example",
      address: "Kisumu",
      counties: [1, 42],
    });
    const audits = await db.auditEvent.findMany({
      where: { entityId: id, action: "reintegration.service_corrected" },
    });
    expect(audits.map((a) => a.summary)).toEqual([
      {
        phone: { from: "0700 000 197", to: "0700 000 196" },
        email: { from: null, to: "help@clinic.example" },
        address: { from: null, to: "Kisumu" },
        counties: { from: [], to: [1, 42] },
      },
    ]);
    // The same values again change nothing and record nothing.
    expect(
      await updateServiceContact(
        officer,
        id,
        ServiceContactSchema.parse({
          phone: "0700 000 196",
          email: "help@clinic.example",
          address: "Kisumu",
          counties: ["1", "42"],
        }),
        ctx,
      ),
    ).toBe(false);
    expect(
      await db.auditEvent.count({
        where: { entityId: id, action: "reintegration.service_corrected" },
      }),
    ).toBe(1);

    // Taking it off the list: only "yes" or "no"; saying so twice records it once.
    const directory = import("~/routes/returns.services");
    const listed = (active?: string) =>
      postStatus(directory, "/returns/services", cookie, {
        intent: "listed",
        id,
        ...(active === undefined ? {} : { active }),
      });
    expect(await listed("maybe")).toBe(400);
    expect(await listed()).toBe(400);
    expect((await serviceOf(officer, id)).active).toBe(true);
    expect(await listed("no")).toBe(302);
    expect(await listed("no")).toBe(302);
    expect((await serviceOf(officer, id)).active).toBe(false);
    expect(
      await db.auditEvent.count({ where: { entityId: id, action: "reintegration.service_saved" } }),
    ).toBe(2); // added, then taken off once
  });
});
