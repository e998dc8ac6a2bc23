// Drill: the mail server is down for a while, then back. Mail is queued through the app (password
// resets asked for on the public form) and in bulk (as a burst of decisions would); every message
// must be delivered exactly once after SMTP returns, and none lost while it was down.
import { randomUUID } from "node:crypto";
import { App, BASE, log, randomIp, sleep, withClient, type DrillResult } from "./env.ts";
import type { Smtp } from "../lib/smtp-recorder.ts";

const DEMO_EMAILS = [
  "admin@demo.kazisalama.ke",
  "officer@demo.kazisalama.ke",
  "supervisor@demo.kazisalama.ke",
  "attache.riyadh@demo.kazisalama.ke",
  "attache.doha@demo.kazisalama.ke",
  "agency@demo.kazisalama.ke",
  "agency.staff@demo.kazisalama.ke",
  "training@demo.kazisalama.ke",
  "worker@demo.kazisalama.ke",
];

export async function smtpOutage(url: string, smtp: Smtp, app: App): Promise<DrillResult> {
  const facts: string[] = [];
  // Email only: the SMS gateway stays up meanwhile, and check-ins falling due send SMS.
  const count = (where: string) =>
    withClient(url, async (c) =>
      Number(
        (
          await c.query(
            `SELECT count(*) FROM "OutboxMessage" WHERE channel = 'EMAIL' AND (${where})`,
          )
        ).rows[0].count,
      ),
    );
  // Start from a drained outbox (the demo data queues a few messages of its own).
  for (let i = 0; i < 60 && (await count("status = 'PENDING'")) > 0; i++) await sleep(500);
  await smtp.stop();
  smtp.received.length = 0;
  const before = await count("true");
  const sentAtStart = await count("status = 'SENT'");

  // Through the app: two reset requests per demo account (each one queues an email).
  let accepted = 0;
  for (const email of DEMO_EMAILS) {
    for (let i = 0; i < 2; i++) {
      const r = await fetch(`${BASE}/forgot-password`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": randomIp(),
        },
        body: new URLSearchParams({ login: email }), // an email address or a phone number
      });
      await r.arrayBuffer();
      if (r.status < 400) accepted++;
    }
  }
  // In bulk: 300 more, as the app writes them (one row per message, its own idempotency key).
  await withClient(url, (c) =>
    c.query(
      `INSERT INTO "OutboxMessage" (id, "idempotencyKey", "to", subject, text, "redactedText", locale, template)
             SELECT gen_random_uuid(), 'drill-smtp-' || $1 || '-' || i, 'drill' || i || '@example.ke', 'Drill ' || i, 'Drill message ' || i, 'Drill message ' || i, 'en', 'resetPassword'
             FROM generate_series(1, 300) i`,
      [randomUUID().slice(0, 8)],
    ),
  );
  const queued = (await count("true")) - before;
  facts.push(
    `${accepted} password-reset requests answered while SMTP was down; ${queued} messages queued in all.`,
  );

  log("SMTP down for 12 s…");
  await sleep(12_000);
  const sentWhileDown = (await count("status = 'SENT'")) - sentAtStart;
  const retried = await count("status = 'PENDING' AND attempts > 0");
  facts.push(
    `While down: ${sentWhileDown} marked sent (must be 0), ${retried} tried and waiting to retry with back-off, none lost.`,
  );

  log("SMTP back; waiting for the outbox to drain…");
  await smtp.start();
  const started = Date.now();
  let pending = 1;
  while (Date.now() - started < 120_000) {
    pending = await count("status <> 'SENT'");
    if (pending === 0) break;
    await sleep(500);
  }
  const drainedIn = (Date.now() - started) / 1000;
  await sleep(3000); // a duplicate would arrive by now
  const ids = smtp.received.map((m) => m.messageId);
  const duplicates = ids.length - new Set(ids).size;
  const sent = (await count("status = 'SENT'")) - sentAtStart;
  facts.push(
    `After SMTP returned: ${smtp.received.length} messages received in ${drainedIn.toFixed(1)} s, ${duplicates} duplicates, ${pending} not delivered.`,
  );
  const passed =
    accepted === DEMO_EMAILS.length * 2 &&
    sentWhileDown === 0 &&
    pending === 0 &&
    duplicates === 0 &&
    smtp.received.length === queued &&
    sent === queued &&
    app.errorsLogged().length === 0;
  if (app.errorsLogged().length)
    facts.push(`App errors logged: ${app.errorsLogged().slice(0, 3).join(" | ")}`);
  return { name: "SMTP down, then back", passed, facts };
}
