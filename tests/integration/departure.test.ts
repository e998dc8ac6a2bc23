// Departure clearance on a real database: the checklist, issuance with pre-registration with the
// mission in one transaction, notifications, live public verification, invalidation when the
// contract or the agency's licence stops holding, the PDF's scope, and the worker's details abroad.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { AbroadSchema } from "~/domain/departure/departure.schema";
import { clearanceForActor } from "~/domain/departure/clearances.server";
import {
  departureView,
  issueClearance,
  updateAbroadDetails,
} from "~/domain/departure/departure.server";
import { verifyCode } from "~/domain/verify/verify.server";
import { handleUssd } from "~/domain/ussd/ussd.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { createUser, sessionCookie } from "../factories/users";
import { login, readyWorker } from "../factories/departure";

const ctx = { requestId: "test", ip: "10.9.9.12" };
const url = "http://127.0.0.1:3000";

describe("the checklist", () => {
  it("shows every condition and what is missing; issuance is refused until all hold", async () => {
    const w = await readyWorker("QA");
    await db.worker.update({
      where: { id: w.worker.id },
      data: { passportNo: null, passportExpiry: null },
    });
    await db.consent.updateMany({
      where: { workerId: w.worker.id },
      data: { withdrawnAt: new Date() },
    });
    const v = await departureView(w.user);
    expect(v.contracts).toHaveLength(1);
    expect(v.contracts[0]!.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual([
      "PASSPORT",
      "NEXT_OF_KIN",
    ]);
    await expect(issueClearance(w.user, w.contract.id, ctx, url)).rejects.toMatchObject({
      key: "departure.error.notReady",
      kind: "conflict",
    });
    expect(await db.departureClearance.count({ where: { workerId: w.worker.id } })).toBe(0);
    expect(await db.missionRegistration.count({ where: { workerId: w.worker.id } })).toBe(0);
  });

  it("uses the destination's age rule from the rule set in force (Saudi Arabia: 21)", async () => {
    const w = await readyWorker("SA");
    const start = new Date(Date.now() + 30 * 86400_000);
    const twenty = new Date(
      Date.UTC(start.getUTCFullYear() - 20, start.getUTCMonth(), start.getUTCDate()),
    );
    await db.worker.update({ where: { id: w.worker.id }, data: { dateOfBirth: twenty } });
    const v = await departureView(w.user);
    expect(v.contracts[0]!.checks.find((c) => c.check === "AGE")!.ok).toBe(false);
  });
});

describe("issuing", () => {
  it("issues once, pre-registers with the mission, audits and notifies worker, next of kin and agency", async () => {
    const w = await readyWorker("QA");
    await db.worker.update({ where: { id: w.worker.id }, data: { phone: "254733000555" } });
    const [a, b] = await Promise.all([
      issueClearance(w.user, w.contract.id, ctx, url),
      issueClearance(w.user, w.contract.id, ctx, url),
    ]);
    expect(a.id).toBe(b.id);
    expect([a.issued, b.issued].sort()).toEqual([false, true]);
    const clearance = await db.departureClearance.findUniqueOrThrow({ where: { id: a.id } });
    expect(clearance.code).toMatch(/^4\d{9}$/);
    const reg = await db.missionRegistration.findUniqueOrThrow({
      where: { contractId: w.contract.id },
      include: { mission: true },
    });
    expect(reg).toMatchObject({
      status: "PRE_REGISTERED",
      agencyId: w.agency.id,
      employerId: w.employer.id,
      city: "Doha",
    });
    expect(reg.mission.slug).toBe("doha");
    expect(
      await db.auditEvent.count({
        where: { action: "departure.clearance_issued", entityId: a.id },
      }),
    ).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "mission.pre_registered", entityId: reg.id } }),
    ).toBe(1);
    const keys = (
      await db.outboxMessage.findMany({
        where: { idempotencyKey: { startsWith: `clearance:${a.id}:` } },
      })
    )
      .map((m) => m.idempotencyKey.split(":")[2])
      .sort();
    expect(keys).toEqual(["agency", "kin", "kin", "worker", "worker"]); // kin and worker: email and SMS
    // Her SMS carries the code, so she has it without email.
    const sms = await db.outboxMessage.findUniqueOrThrow({
      where: { idempotencyKey: `clearance:${a.id}:worker:sms` },
    });
    expect(sms).toMatchObject({ channel: "SMS", to: "254733000555" });
    expect(sms.text).toContain(clearance.code);
  });

  it("does not email a next of kin without an email address; another worker's contract is not found", async () => {
    const w = await readyWorker("QA", { kinEmail: null });
    const other = await readyWorker("QA");
    await expect(issueClearance(other.user, w.contract.id, ctx, url)).rejects.toMatchObject({
      status: 404,
    });
    const r = await issueClearance(w.user, w.contract.id, ctx, url);
    expect(
      await db.outboxMessage.count({ where: { idempotencyKey: `clearance:${r.id}:kin` } }),
    ).toBe(0);
  });
});

describe("verification", () => {
  it("shows live status with masked data only, and turns invalid when the licence or the contract stops holding", async () => {
    const w = await readyWorker("QA", { employerKind: "HOUSEHOLD" });
    const r = await issueClearance(w.user, w.contract.id, ctx, url);
    const { code } = await db.departureClearance.findUniqueOrThrow({ where: { id: r.id } });
    const v = await verifyCode(formatVerificationCode(code));
    expect(v).toMatchObject({
      kind: "DEPARTURE_CLEARANCE",
      status: "VALID",
      subject: {
        workerInitials: "H. C.",
        passportTail: w.worker.passportNo!.slice(-3),
        country: "QA",
        employer: null,
        employerCity: "Doha",
        termsHash: w.contract.termsHash,
        invalidReason: null,
      },
    });
    const json = JSON.stringify(v);
    expect(json).not.toContain("Halima");
    expect(json).not.toContain(w.worker.passportNo!);
    expect(json).not.toContain(w.worker.nationalId!);
    expect(
      await handleUssd({ sessionId: "s", phoneNumber: "254700000999", text: `1*3*${code}` }),
    ).toMatch(/H\. C\. QA/);

    await db.agency.update({ where: { id: w.agency.id }, data: { status: "SUSPENDED" } });
    expect(await verifyCode(code)).toMatchObject({
      status: "INVALID",
      subject: { invalidReason: "AGENCY" },
    });
    await db.agency.update({ where: { id: w.agency.id }, data: { status: "ACTIVE" } });
    expect(await verifyCode(code)).toMatchObject({ status: "VALID" });
    await db.contract.update({ where: { id: w.contract.id }, data: { status: "TERMINATED" } });
    expect(await verifyCode(code)).toMatchObject({
      status: "INVALID",
      subject: { invalidReason: "CONTRACT" },
    });
    const view = await departureView(w.user);
    expect(view.contracts).toHaveLength(0); // a terminated contract leaves the departure page
  });
});

describe("the PDF and the worker's details abroad", () => {
  it("the PDF is for its worker and NEA only", async () => {
    const w = await readyWorker("QA");
    const r = await issueClearance(w.user, w.contract.id, ctx, url);
    expect((await clearanceForActor(w.user, r.id, ctx)).code).toMatch(/^4/);
    const officer = await login(await createUser("NEA_OFFICER"));
    expect((await clearanceForActor(officer, r.id, ctx)).id).toBe(r.id);
    expect(
      await db.viewEvent.count({
        where: { actorId: officer.id, action: "worker.personal_data_viewed", entityId: r.id },
      }),
    ).toBe(1);
    for (const role of ["WORKER", "AGENCY_ADMIN", "LABOUR_ATTACHE", "TRAINING_PROVIDER"] as const) {
      await expect(
        clearanceForActor(await login(await createUser(role)), r.id, ctx),
      ).rejects.toMatchObject({ status: 404 });
    }
    const { loader } = await import("~/routes/clearances.$id[.]pdf");
    const res = (await loader({
      request: new Request(`${url}/clearances/${r.id}.pdf`, {
        headers: { cookie: await sessionCookie(w.userRow.id) },
      }),
      params: { id: r.id },
      context: {},
    })) as Response;
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("the worker records the address and phone abroad; bad input is a 400 that changes nothing", async () => {
    const w = await readyWorker("QA");
    await issueClearance(w.user, w.contract.id, ctx, url);
    const reg = await db.missionRegistration.findUniqueOrThrow({
      where: { contractId: w.contract.id },
    });
    const input = AbroadSchema.parse({
      city: "Al Rayyan",
      addressAbroad: "Zone 52, Street 310, Villa 7",
      phoneAbroad: "+974 5555 1234",
      employerContact: "Mr. A, +974 4444 0000",
    });
    await updateAbroadDetails(w.user, reg.id, input, ctx);
    expect(await db.missionRegistration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject(
      { city: "Al Rayyan", phoneAbroad: "+97455551234" },
    );
    const other = await readyWorker("QA");
    await expect(updateAbroadDetails(other.user, reg.id, input, ctx)).rejects.toMatchObject({
      status: 404,
    });

    const { action } = await import("~/routes/my.departure");
    const cookie = await sessionCookie(w.userRow.id);
    const res = (await action({
      request: new Request(`${url}/my/departure`, {
        method: "POST",
        body: new URLSearchParams({
          intent: "abroad",
          registrationId: reg.id,
          city: "X",
          addressAbroad: "",
          phoneAbroad: "12",
        }),
        headers: { cookie },
      }),
      params: {},
      context: {},
    })) as { init: ResponseInit | null };
    expect(res.init?.status).toBe(400);
    expect((await db.missionRegistration.findUniqueOrThrow({ where: { id: reg.id } })).city).toBe(
      "Al Rayyan",
    );
    const bad = (await action({
      request: new Request(`${url}/my/departure`, {
        method: "POST",
        body: new URLSearchParams({ contractId: "nope" }),
        headers: { cookie },
      }),
      params: {},
      context: {},
    })) as { init: ResponseInit | null };
    expect(bad.init?.status).toBe(400);
  });
});
