import { afterAll, beforeAll, describe, expect, it } from "vitest";
import net from "node:net";
import { SMTPServer } from "smtp-server";
import { db, transaction } from "~/utils/db.server";
import { createTransport, deliverDue, enqueueEmail } from "~/notifications/outbox.server";
import { listOutbox } from "~/domain/accounts/admin-views.server";
import { lucia } from "~/auth/session.server";
import { createUser } from "../factories/users";

type Received = { to: string[]; body: string };
const received: Received[] = [];
let server: SMTPServer;
let port = 0;

function startSmtp(onPort?: number) {
  return new Promise<void>((resolve) => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData(stream, session, cb) {
        let body = "";
        stream.on("data", (c: Buffer) => (body += c.toString()));
        stream.on("end", () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), body });
          cb();
        });
      },
    });
    server.listen(onPort ?? 0, "127.0.0.1", () => {
      port = (server.server.address() as net.AddressInfo).port;
      resolve();
    });
  });
}

beforeAll(() => startSmtp());
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function enqueue(key: string, to: string) {
  await transaction((tx) =>
    enqueueEmail(tx, {
      key,
      to,
      locale: "sw",
      template: "resetPassword",
      data: { name: "Wanjiku", link: "http://x/reset/abc" },
    }),
  );
}

describe("email outbox", () => {
  it("delivers each message once over real SMTP, even with two deliverers racing", async () => {
    for (let i = 0; i < 6; i++) await enqueue(`k-${i}`, `w${i}@test.ke`);
    await enqueue("k-0", "w0@test.ke"); // a retried request: same key, nothing new
    const t = createTransport(`smtp://127.0.0.1:${port}`);
    await Promise.all([
      deliverDue(db, t, "ks@test.ke", 3),
      deliverDue(db, t, "ks@test.ke", 3),
      deliverDue(db, t, "ks@test.ke", 3),
    ]);
    await deliverDue(db, t, "ks@test.ke");
    t.close();
    const recipients = received.map((r) => r.to[0]).sort();
    expect(recipients).toEqual([
      "w0@test.ke",
      "w1@test.ke",
      "w2@test.ke",
      "w3@test.ke",
      "w4@test.ke",
      "w5@test.ke",
    ]);
    expect(received[0]!.body).toContain("Habari Wanjiku");
    expect(await db.outboxMessage.count({ where: { status: "SENT" } })).toBe(6);
  });

  // Attacker's test (issue 15, low): reset and invitation links stayed readable in /admin/mail.
  it("removes single-use links from the stored copy once sent, never before", async () => {
    received.length = 0;
    const token = "Zk3_secret-token-0123456789abcdefXYZ";
    await transaction((tx) =>
      enqueueEmail(tx, {
        key: "secret-1",
        to: "secret@test.ke",
        locale: "en",
        template: "resetPassword",
        data: { name: "Wanjiku", link: `http://127.0.0.1:3000/reset-password/${token}` },
      }),
    );
    const stored = () =>
      db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "secret-1" } });
    expect((await stored()).text).toContain(token); // not yet sent: the demo admin still needs it
    const t = createTransport(`smtp://127.0.0.1:${port}`);
    await deliverDue(db, t, "ks@test.ke");
    t.close();
    expect(received.find((r) => r.to[0] === "secret@test.ke")!.body).toContain(token);
    const after = await stored();
    expect(after.status).toBe("SENT");
    expect(after.text).not.toContain(token);
    expect(after.text).toContain("[hidden]");
  });

  // Attacker's test (issue 15, fifth review, high): one admin opened the invitation link of an
  // official account two admins had created (and reset links and claim codes of others) from
  // /admin/mail before it was sent. Outside the demo inbox no message's secret is ever shown.
  it("shows the admin no link or code a message carries, sent or not, outside the demo inbox", async () => {
    const session = await lucia.createSession((await createUser("ADMIN")).id, {
      secondFactorAt: null,
    });
    const admin = (await lucia.validateSession(session.id)).user!;
    const token = "Inv1te_t0ken-0123456789abcdefXYZ";
    await transaction(async (tx) => {
      await enqueueEmail(tx, {
        key: "view-invite",
        to: "new.official@test.ke",
        locale: "en",
        template: "accountCreated",
        data: { name: "Otieno", role: "NEA officer", link: `http://h/reset-password/${token}` },
      });
      await enqueueEmail(tx, {
        key: "view-verify",
        to: "verify@test.ke",
        locale: "sw",
        template: "verifyEmail",
        data: { name: "Akinyi", link: `http://h/verify-email/${token}V` },
      });
      await enqueueEmail(tx, {
        key: "view-claim",
        channel: "SMS",
        to: "254711000999",
        locale: "sw",
        template: "recordClaimCode",
        data: { code: "864209", minutes: 30 },
      });
    });
    const view = JSON.stringify(await listOutbox(admin, { take: 100, demoInbox: false }));
    expect(view).toContain("new.official@test.ke"); // the admin still sees what went to whom
    expect(view).toContain("254711000999");
    expect(view).not.toContain(token);
    expect(view).not.toContain("864209");
    // The demo (no SMTP, no SMS gateway) stands in for the recipients' inboxes.
    const demo = JSON.stringify(await listOutbox(admin, { take: 100, demoInbox: true }));
    expect(demo).toContain(token);
    expect(demo).toContain("864209");
  });

  it("never sends an SMS as an email: SMS rows wait for an SMS gateway", async () => {
    received.length = 0;
    await transaction((tx) =>
      enqueueEmail(tx, {
        key: "sms-1",
        channel: "SMS",
        to: "254711000111",
        locale: "sw",
        template: "recordClaimCode",
        data: { code: "123456", minutes: 30 },
      }),
    );
    const t = createTransport(`smtp://127.0.0.1:${port}`);
    await deliverDue(db, t, "ks@test.ke");
    t.close();
    expect(received.some((r) => r.to[0]?.includes("254711000111"))).toBe(false);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "sms-1" } });
    expect(row).toMatchObject({ channel: "SMS", status: "PENDING", attempts: 0 });
    expect(row.text.length).toBeLessThanOrEqual(160); // one SMS
  });

  it("keeps messages while SMTP is down and delivers them once it is back", async () => {
    received.length = 0;
    await enqueue("down-1", "down@test.ke");
    const oldPort = port;
    await new Promise<void>((r) => server.close(() => r()));
    const t = createTransport(`smtp://127.0.0.1:${oldPort}`);
    const first = await deliverDue(db, t, "ks@test.ke");
    expect(first).toEqual({ claimed: 1, sent: 0 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "down-1" } });
    expect(row.status).toBe("PENDING");
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await startSmtp(oldPort);
    await db.outboxMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } }); // backoff elapsed
    expect(await deliverDue(db, t, "ks@test.ke")).toEqual({ claimed: 1, sent: 1 });
    expect(await deliverDue(db, t, "ks@test.ke")).toEqual({ claimed: 0, sent: 0 });
    t.close();
    expect(received.map((r) => r.to[0])).toEqual(["down@test.ke"]);
  });
});
