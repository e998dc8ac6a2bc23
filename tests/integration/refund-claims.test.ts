// "What did you pay?" (issue 19 §2): a worker records a payment the law does not allow, a refund
// claim opens against the agency with a deadline, the agency refunds or disputes, the worker
// confirms, NEA decides disputes with four eyes, and an unanswered claim goes to NEA on time. Each
// actor sees only what is theirs.
import { describe, expect, it } from "vitest";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { recordPayment } from "~/domain/fees/fee-ledger.server";
import {
  actOnClaim,
  claimFor,
  escalateOverdueRefunds,
  listClaims,
} from "~/domain/fees/refund-claims.server";
import { FeePaymentSchema } from "~/domain/fees/fees.schema";
import { login, readyWorker } from "../factories/departure";
import { createUser, sessionCookie } from "../factories/users";
import { postStatus } from "../factories/routes";

const ctx = { requestId: "refund-test", ip: "10.9.9.51" };
const DAY = 86_400_000;

const processingFee = (contractId: string, over: Record<string, string> = {}) =>
  FeePaymentSchema.parse({
    contractId,
    amount: "40,000",
    currency: "KES",
    paidOn: "14/08/2026",
    purpose: "RECRUITMENT_FEE",
    paidTo: "AGENCY",
    mpesaRef: "qk12ab34cd",
    ...over,
  });

async function staffOf(agencyId: string, role: "AGENCY_ADMIN" | "AGENCY_STAFF" = "AGENCY_STAFF") {
  const row = await createUser(role);
  await db.user.update({ where: { id: row.id }, data: { agencyId } });
  return { user: await login(row), row };
}

async function claimed() {
  const w = await readyWorker("SA");
  const r = await recordPayment(w.user, processingFee(w.contract.id), ctx);
  const claim = await db.refundClaim.findUniqueOrThrow({ where: { reference: r.claimReference! } });
  const agency = await staffOf(w.contract.agencyId);
  return { w, claim, agency };
}

const officer = async (role: "NEA_OFFICER" | "NEA_SUPERVISOR" = "NEA_OFFICER") =>
  login(await createUser(role));

const statusOf = async (id: string) =>
  (await db.refundClaim.findUniqueOrThrow({ where: { id } })).status;

describe("recording what she paid", () => {
  it("a KES 40,000 processing fee by M-Pesa opens a claim against the agency, due in 14 days, and the agency is told", async () => {
    const before = Date.now();
    const { w, claim } = await claimed();
    expect(claim).toMatchObject({ status: "OPEN", currency: "KES", agencyId: w.contract.agencyId });
    expect(Number(claim.amount)).toBe(40_000);
    expect(claim.dueAt.getTime() - before).toBeGreaterThanOrEqual(14 * DAY - 1000);
    expect(claim.dueAt.getTime() - before).toBeLessThan(14 * DAY + 60_000);
    expect(claim.reference).toMatch(/^KS-R-\d{4}-\d{6}$/);
    const payment = await db.feePayment.findUniqueOrThrow({ where: { id: claim.paymentId } });
    expect(payment).toMatchObject({ findings: ["FEE-01", "UNDECLARED"], mpesaRef: "QK12AB34CD" });
    const agency = await db.agency.findUniqueOrThrow({ where: { id: w.contract.agencyId } });
    const told = await db.outboxMessage.findFirstOrThrow({
      where: { to: agency.email!, template: "refundClaimAgency" },
    });
    expect(told.text).toContain(claim.reference);
    expect(told.text).toContain("Recruitment, processing or registration fee");
    expect(
      await db.auditEvent.count({
        where: { entityId: claim.id, action: "refund.claim_opened" },
      }),
    ).toBe(1);
  });

  it("keeps the name and phone of a person she paid out of the audit log and away from the agency", async () => {
    const w = await readyWorker("QA");
    const r = await recordPayment(
      w.user,
      processingFee(w.contract.id, {
        paidTo: "PERSON",
        payeeName: "Brian Broker",
        payeePhone: "0712 345 678",
        purpose: "MEDICAL",
      }),
      ctx,
    );
    const claim = await db.refundClaim.findUniqueOrThrow({
      where: { reference: r.claimReference! },
    });
    const payment = await db.feePayment.findUniqueOrThrow({ where: { id: claim.paymentId } });
    expect(payment).toMatchObject({ payeeName: "Brian Broker", payeePhone: "254712345678" });
    expect(payment.findings).toEqual(["FEE-02", "UNDECLARED"]);
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: [payment.id, claim.id] } },
    });
    expect(JSON.stringify(events.map((e) => e.summary))).not.toMatch(/Brian|712345678/);
    const { user: staff } = await staffOf(w.contract.agencyId);
    expect(JSON.stringify(await claimFor(staff, claim.id))).not.toMatch(/Brian|712345678/);
  });

  it("refuses another worker's contract, a bad amount or phone, with a 400 and nothing stored", async () => {
    const [me, other] = [await readyWorker("SA"), await readyWorker("SA")];
    await expect(
      recordPayment(me.user, processingFee(other.contract.id), ctx),
    ).rejects.toMatchObject({ key: "fees.error.contract" });
    const cookie = await sessionCookie(me.user.id);
    const mod = import("~/routes/my.fees");
    const form = {
      intent: "record",
      contractId: me.contract.id,
      amount: "40000",
      currency: "KES",
      paidOn: "14/08/2026",
      purpose: "RECRUITMENT_FEE",
      paidTo: "AGENCY",
    };
    const bads: Record<string, string>[] = [
      { contractId: other.contract.id },
      { amount: "0" },
      { amount: "forty" },
      { paidOn: "14/08/2099" },
      { purpose: "BRIBE" },
      { paidTo: "PERSON", payeeName: "B", payeePhone: "12" },
      { mpesaRef: "not a code!" },
    ];
    for (const bad of bads)
      expect(await postStatus(mod, "/my/fees", cookie, { ...form, ...bad })).toBe(400);
    expect(
      await db.feePayment.count({
        where: { workerId: { in: [me.contract.workerId, other.contract.workerId] } },
      }),
    ).toBe(0);
    expect(await postStatus(mod, "/my/fees", cookie, form)).toBe(302);
    expect(await db.refundClaim.count({ where: { workerId: me.contract.workerId } })).toBe(1);
  });
});

describe("the claim's workflow", () => {
  it("the agency refunds with a reference, she confirms, and the claim is closed", async () => {
    const { w, claim, agency } = await claimed();
    expect(
      await actOnClaim(agency.user, claim.id, "refund", { refundRef: "RKX1234567" }, ctx),
    ).toBe("REFUND_REPORTED");
    // She is told, in her language, by SMS and email where she has them.
    expect(
      await db.outboxMessage.count({
        where: {
          template: { in: ["refundUpdate", "smsText"] },
          idempotencyKey: { startsWith: `refund:${claim.id}:` },
        },
      }),
    ).toBeGreaterThan(0);
    // The agency cannot confirm its own refund; she can.
    await expect(actOnClaim(agency.user, claim.id, "confirm", {}, ctx)).rejects.toMatchObject({
      status: 403,
    });
    expect(await actOnClaim(w.user, claim.id, "confirm", {}, ctx)).toBe("REFUNDED");
    const done = await db.refundClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(done.refundedAt).not.toBeNull();
    // Nothing more can happen to it.
    await expect(
      actOnClaim(agency.user, claim.id, "dispute", { reason: "It was never ours to refund." }, ctx),
    ).rejects.toMatchObject({ key: "form.error.notNow" });
  });

  it("a dispute is decided by two officials: whoever proposed never decides, and nothing changes until another does", async () => {
    const { w, claim, agency } = await claimed();
    await actOnClaim(
      agency.user,
      claim.id,
      "dispute",
      { reason: "The worker paid for a passport." },
      ctx,
    );
    const [a, b] = [await officer(), await officer("NEA_SUPERVISOR")];
    expect(
      await actOnClaim(
        a,
        claim.id,
        "proposeUphold",
        { note: "A processing fee is never lawful." },
        ctx,
      ),
    ).toBe("UPHOLD_PROPOSED");
    await expect(actOnClaim(a, claim.id, "decide", {}, ctx)).rejects.toMatchObject({
      key: "refunds.error.fourEyes",
    });
    expect((await claimFor(a, claim.id)).heldByFourEyes).toBe(true);
    expect(await statusOf(claim.id)).toBe("UPHOLD_PROPOSED");
    // The agency and the worker cannot decide either.
    for (const who of [agency.user, w.user])
      await expect(actOnClaim(who, claim.id, "decide", {}, ctx)).rejects.toMatchObject({
        status: 403,
      });
    expect(await actOnClaim(b, claim.id, "decide", {}, ctx)).toBe("UPHELD");
    const upheld = await db.refundClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(upheld.decisionNote).toBe("A processing fee is never lawful.");
    expect(upheld.dueAt.getTime()).toBeGreaterThan(Date.now() + 13 * DAY);
    // The agency refunds after all; she says the money never came: back to NEA.
    await actOnClaim(agency.user, claim.id, "refund", { refundRef: "RKX7654321" }, ctx);
    expect(await actOnClaim(w.user, claim.id, "deny", {}, ctx)).toBe("DISPUTED");
  });

  it("each actor sees only their own: another agency and another worker get not found", async () => {
    const { claim, agency } = await claimed();
    const stranger = await staffOf((await readyWorker("SA")).contract.agencyId);
    const otherWorker = (await readyWorker("SA")).user;
    for (const who of [stranger.user, otherWorker])
      await expect(claimFor(who, claim.id)).rejects.toMatchObject({ status: 404 });
    await expect(
      actOnClaim(stranger.user, claim.id, "refund", { refundRef: "RKX0000000" }, ctx),
    ).rejects.toMatchObject({ status: 404 });
    expect(await statusOf(claim.id)).toBe("OPEN");
    expect((await listClaims(agency.user, "all", null)).claims.map((c) => c.id)).toEqual([
      claim.id,
    ]);
    expect((await listClaims(stranger.user, "all", null)).claims).toEqual([]);
    const nea = await officer();
    expect((await listClaims(nea, "awaitingAgency", null)).claims.map((c) => c.id)).toContain(
      claim.id,
    );
    // Through the routes: a worker may not open the claims pages; another agency gets 404.
    const { loader } = await import("~/routes/refunds.$id");
    const load = async (u: User) => {
      try {
        await loader({
          request: new Request(`http://127.0.0.1/refunds/${claim.id}`, {
            headers: { cookie: await sessionCookie(u.id) },
          }),
          params: { id: claim.id },
          context: {},
        });
        return 200;
      } catch (e) {
        return (e as Response).status;
      }
    };
    expect(await load(agency.user)).toBe(200);
    expect(await load(nea)).toBe(200);
    expect(await load(stranger.user)).toBe(404);
    expect(await load(otherWorker)).toBe(403);
    expect(
      await postStatus(
        import("~/routes/refunds.$id"),
        `/refunds/${claim.id}`,
        await sessionCookie(stranger.user.id),
        { intent: "refund", refundRef: "RKX0000000" },
        { id: claim.id },
      ),
    ).toBe(404);
    expect(await statusOf(claim.id)).toBe("OPEN");
  });

  it("an unanswered claim goes to NEA when its deadline passes, once, and she is told", async () => {
    const { claim } = await claimed();
    await db.refundClaim.update({
      where: { id: claim.id },
      data: { dueAt: new Date(Date.now() - 60_000) },
    });
    expect(await escalateOverdueRefunds()).toBeGreaterThanOrEqual(1);
    const after = await db.refundClaim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after.status).toBe("DISPUTED");
    expect(after.overdueAt).not.toBeNull();
    expect(
      await db.outboxMessage.count({
        where: { idempotencyKey: { startsWith: `refund:${claim.id}:overdue` } },
      }),
    ).toBeGreaterThan(0);
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: "refund.overdue" } }),
    ).toBe(1);
    // A second run finds nothing new for it.
    await escalateOverdueRefunds();
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: "refund.overdue" } }),
    ).toBe(1);
    // The agency can still refund until NEA decides.
    const { user: staff } = await staffOf(after.agencyId);
    expect(await actOnClaim(staff, claim.id, "refund", { refundRef: "RKX1111111" }, ctx)).toBe(
      "REFUND_REPORTED",
    );
  });

  it("refuses the same M-Pesa payment twice; never tells the agency which official proposed", async () => {
    // A double click (the same form's key) is one payment with one answer, not "already recorded".
    const me = await readyWorker("SA");
    const key = crypto.randomUUID();
    const first = await recordPayment(me.user, processingFee(me.contract.id), ctx, key);
    expect(await recordPayment(me.user, processingFee(me.contract.id), ctx, key)).toEqual(first);
    expect(await db.feePayment.count({ where: { workerId: me.contract.workerId } })).toBe(1);
    const { w, claim, agency } = await claimed();
    await expect(recordPayment(w.user, processingFee(w.contract.id), ctx)).rejects.toMatchObject({
      key: "fees.error.mpesaRepeated",
      status: 409,
    });
    expect(await db.feePayment.count({ where: { workerId: claim.workerId } })).toBe(1);
    await actOnClaim(
      agency.user,
      claim.id,
      "dispute",
      { reason: "We never took this money." },
      ctx,
    );
    const nea = await officer();
    await actOnClaim(
      nea,
      claim.id,
      "proposeDismiss",
      { note: "The receipt is not the agency's." },
      ctx,
    );
    expect((await claimFor(agency.user, claim.id)).proposedById).toBeNull();
    expect((await claimFor(nea, claim.id)).proposedById).toBe(nea.id);
    // One page's key on two different steps: the second is not taken for a repeat of the first.
    const pageKey = crypto.randomUUID();
    const b = await officer("NEA_SUPERVISOR");
    expect(await actOnClaim(b, claim.id, "sendBack", {}, ctx, pageKey)).toBe("DISPUTED");
    expect(
      await actOnClaim(
        b,
        claim.id,
        "proposeUphold",
        { note: "Second look: it was a fee." },
        ctx,
        pageKey,
      ),
    ).toBe("UPHOLD_PROPOSED");
  });
});
