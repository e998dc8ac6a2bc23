// SMS through Africa's Talking's API, against a real HTTP server on loopback that speaks it (not a
// mock of our client): accepted, refused per recipient, 4xx, 5xx and timeouts. Each message is
// delivered once, retried when the gateway might take it later, kept as a dead letter when it never
// will, and never lost.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, transaction } from "~/utils/db.server";
import {
  deliverDueSms,
  enqueueEmail,
  recordDeliveryReport,
  retryFailed,
} from "~/notifications/outbox.server";
import type { SmsGateway } from "~/notifications/sms/africastalking.server";
import { DEMO_GATEWAY_SECRET } from "~/auth/gateway.server";
import { startSmsGateway } from "../../scripts/lib/sms-gateway";
import { createUser, sessionCookie } from "../factories/users";

let server: Awaited<ReturnType<typeof startSmsGateway>>;
let gateway: SmsGateway;

beforeAll(async () => {
  server = await startSmsGateway({ username: "kazi", apiKey: "test-key" });
  gateway = {
    url: server.url,
    username: "kazi",
    apiKey: "test-key",
    from: "KAZISALAMA",
    timeoutMs: 400,
  };
});
afterAll(() => server.close());

let n = 0;
async function enqueueSms() {
  const key = `sms-test-${++n}-${Date.now()}`;
  const to = `2547${String(10_000_000 + n).slice(-8)}`;
  await transaction((tx) =>
    enqueueEmail(tx, {
      key,
      channel: "SMS",
      to,
      locale: "en",
      template: "recordClaimCode",
      data: { code: String(100_000 + n), minutes: 30 },
    }),
  );
  return {
    key,
    to,
    row: () => db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: key } }),
  };
}

/** Makes every pending SMS due now (as if its backoff had passed). */
const dueNow = () =>
  db.outboxMessage.updateMany({
    where: { channel: "SMS", status: "PENDING" },
    data: { nextAttemptAt: new Date(Date.now() - 1000) },
  });

const sentTo = (to: string) => server.received.filter((r) => r.to === `+${to}`);

describe("SMS delivery through the gateway", () => {
  it("delivers each SMS once, even with three deliverers racing; the code is gone from the stored copy", async () => {
    const msgs = [];
    for (let i = 0; i < 6; i++) msgs.push(await enqueueSms());
    await Promise.all([
      deliverDueSms(db, gateway, 3),
      deliverDueSms(db, gateway, 3),
      deliverDueSms(db, gateway, 3),
    ]);
    await deliverDueSms(db, gateway);
    for (const m of msgs) {
      expect(sentTo(m.to), m.to).toHaveLength(1);
      const row = await m.row();
      expect(row.status).toBe("SENT");
      expect(row.providerMessageId).toBe(sentTo(m.to)[0]!.messageId);
      expect(row.text).not.toMatch(/\d{6}/);
      expect(sentTo(m.to)[0]!.message).toMatch(/your code is \d{6}/);
      expect(sentTo(m.to)[0]!.from).toBe("KAZISALAMA");
    }
  });

  it("retries what the gateway may take later (5xx, 429, a bad key, no credit, a timeout), once each", async () => {
    for (const behaviour of [
      { http: 500 },
      { http: 503 },
      { http: 429 },
      { http: 401 },
      { recipient: 405, status: "InsufficientBalance" },
      { recipient: 500, status: "InternalServerError" },
      "hang" as const,
    ]) {
      const m = await enqueueSms();
      server.script.push(behaviour);
      await deliverDueSms(db, gateway);
      const failed = await m.row();
      expect(failed.status, JSON.stringify(behaviour)).toBe("PENDING");
      expect(failed.lastError, JSON.stringify(behaviour)).toBeTruthy();
      expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      expect(sentTo(m.to)).toHaveLength(0);
      await dueNow();
      await deliverDueSms(db, gateway);
      expect(sentTo(m.to), JSON.stringify(behaviour)).toHaveLength(1);
      expect((await m.row()).status).toBe("SENT");
    }
  });

  it("keeps what the gateway refuses for good as a dead letter the admin can send again", async () => {
    for (const behaviour of [
      { recipient: 403, status: "InvalidPhoneNumber" },
      { recipient: 406, status: "UserInBlacklist" },
      { http: 400 },
    ]) {
      const m = await enqueueSms();
      server.script.push(behaviour);
      await deliverDueSms(db, gateway);
      const row = await m.row();
      expect(row.status, JSON.stringify(behaviour)).toBe("FAILED");
      expect(row.lastError).toBeTruthy();
      expect(row.text).toMatch(/\d{6}/); // not sent: still whole, for the retry
      expect(await retryFailed(db, row.id)).toBe(true);
      expect(await retryFailed(db, row.id)).toBe(false); // pending now: nothing to retry
      await deliverDueSms(db, gateway);
      expect(sentTo(m.to)).toHaveLength(1);
      expect((await m.row()).status).toBe("SENT");
    }
  });

  it("gives up after 8 tries: a dead letter, never lost", async () => {
    const m = await enqueueSms();
    for (let i = 0; i < 8; i++) {
      server.script.push({ http: 502 });
      await dueNow();
      await deliverDueSms(db, gateway);
    }
    const row = await m.row();
    expect(row).toMatchObject({ status: "FAILED", attempts: 8 });
    expect(sentTo(m.to)).toHaveLength(0);
  });

  it("delivery reports mark a message delivered, or failed for good, by the gateway's id; only from the gateway", async () => {
    const ok = await enqueueSms();
    const lost = await enqueueSms();
    await deliverDueSms(db, gateway);
    const { action } = await import("~/routes/sms.delivery");
    const report = (body: Record<string, string>, key: string | null = DEMO_GATEWAY_SECRET) =>
      action({
        request: new Request(`http://127.0.0.1/sms/delivery${key ? `?key=${key}` : ""}`, {
          method: "POST",
          body: new URLSearchParams(body),
        }),
        params: {},
        context: {},
      } as never) as Promise<Response>;
    const okId = (await ok.row()).providerMessageId!;
    const lostId = (await lost.row()).providerMessageId!;
    // Without the gateway secret nothing is looked up or changed.
    expect((await report({ id: okId, status: "Failed" }, null)).status).toBe(401);
    expect((await report({ id: okId, status: "Failed" }, "wrong-secret-0000")).status).toBe(401);
    expect((await ok.row()).status).toBe("SENT");
    // Bad input: 400, nothing changes.
    expect((await report({ status: "Success" })).status).toBe(400);
    expect((await report({ id: okId, status: "x".repeat(41) })).status).toBe(400);

    expect((await report({ id: okId, status: "Buffered", phoneNumber: `+${ok.to}` })).status).toBe(
      200,
    );
    expect((await ok.row()).deliveryStatus).toBe("Buffered");
    expect((await report({ id: okId, status: "Success", phoneNumber: `+${ok.to}` })).status).toBe(
      200,
    );
    expect(await ok.row()).toMatchObject({ status: "SENT", deliveryStatus: "Success" });
    expect((await ok.row()).deliveredAt).not.toBeNull();

    expect(
      (await report({ id: lostId, status: "Failed", failureReason: "UserAccountSuspended" }))
        .status,
    ).toBe(200);
    expect(await lost.row()).toMatchObject({ status: "FAILED", deliveryStatus: "Failed" });
    expect((await lost.row()).lastError).toContain("UserAccountSuspended");
    // A report about a message we never sent is acknowledged and changes nothing.
    expect((await report({ id: "ATXid_unknown", status: "Success" })).status).toBe(200);
    expect(await recordDeliveryReport(db, { id: "ATXid_unknown", status: "Success" })).toBe(false);
  });

  it("only an admin sends a failed message again, from /admin/mail; bad input is a 400 and changes nothing", async () => {
    const m = await enqueueSms();
    server.script.push({ recipient: 403, status: "InvalidPhoneNumber" });
    await deliverDueSms(db, gateway);
    const { id } = await m.row();
    const { action, loader } = await import("~/routes/admin.mail");
    const post = async (role: "ADMIN" | "NEA_SUPERVISOR", body: Record<string, string>) => {
      const cookie = await sessionCookie((await createUser(role)).id);
      try {
        const res = (await action({
          request: new Request("http://127.0.0.1/admin/mail", {
            method: "POST",
            body: new URLSearchParams(body),
            headers: { cookie },
          }),
          params: {},
          context: {},
        } as never)) as Response | { init: ResponseInit | null };
        // A redirect is a Response; a refusal the page shows is data with its status.
        return res instanceof Response ? res.status : res.init?.status;
      } catch (e) {
        if (e instanceof Response) return e.status;
        throw e;
      }
    };
    expect(await post("NEA_SUPERVISOR", { intent: "retry", id })).toBe(403);
    expect(await post("ADMIN", { intent: "retry", id: "not-a-uuid" })).toBe(400);
    expect(await post("ADMIN", { intent: "delete", id })).toBe(400);
    expect((await m.row()).status).toBe("FAILED");
    // The dead letters are listed apart, without their code.
    const cookie = await sessionCookie((await createUser("ADMIN")).id);
    const page = (await loader({
      request: new Request("http://127.0.0.1/admin/mail?status=FAILED", { headers: { cookie } }),
      params: {},
      context: {},
    } as never)) as { items: { id: string; status: string; text: string }[] };
    expect(page.items.every((i) => i.status === "FAILED")).toBe(true);
    expect(page.items.find((i) => i.id === id)?.text).not.toMatch(/\d{6}/);

    expect(await post("ADMIN", { intent: "retry", id })).toBe(302);
    expect(await post("ADMIN", { intent: "retry", id })).toBe(409);
    expect(
      await db.auditEvent.count({ where: { action: "notification.retried", entityId: id } }),
    ).toBe(1);
    await deliverDueSms(db, gateway);
    expect(sentTo(m.to)).toHaveLength(1);
  });
});
