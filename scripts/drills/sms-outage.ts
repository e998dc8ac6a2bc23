// Drill: the SMS gateway is down for a while (it answers 503), then back. SMS are queued in bulk,
// as a burst of decisions would queue them; every one must be delivered exactly once after the
// gateway returns, and none lost or marked sent while it was down.
import { randomUUID } from "node:crypto";
import { App, log, sleep, withClient, type DrillResult } from "./env.ts";
import type { startSmsGateway } from "../lib/sms-gateway.ts";

type Gateway = Awaited<ReturnType<typeof startSmsGateway>>;

export async function smsOutage(url: string, gateway: Gateway, app: App): Promise<DrillResult> {
  const facts: string[] = [];
  const count = (where: string) =>
    withClient(url, async (c) =>
      Number(
        (await c.query(`SELECT count(*) FROM "OutboxMessage" WHERE "channel" = 'SMS' AND ${where}`))
          .rows[0].count,
      ),
    );
  // Start from a drained SMS outbox (the demo data queues a few of its own).
  for (let i = 0; i < 60 && (await count("status = 'PENDING'")) > 0; i++) await sleep(500);
  gateway.state.down = true;
  const before = await count("true");
  const sentAtStart = await count("status = 'SENT'");
  const receivedAtStart = gateway.received.length;
  const tag = randomUUID().slice(0, 8);
  await withClient(url, (c) =>
    c.query(
      `INSERT INTO "OutboxMessage" (id, "idempotencyKey", channel, "to", subject, text, "redactedText", locale, template)
         SELECT gen_random_uuid(), 'drill-sms-' || $1 || '-' || i, 'SMS', '2547' || lpad(i::text, 8, '0'),
                'Drill ' || i, 'Kazi Salama: drill message ' || i, 'Kazi Salama: drill message ' || i, 'sw', 'recordClaimCode'
         FROM generate_series(1, 300) i`,
      [tag],
    ),
  );
  const queued = (await count("true")) - before;
  facts.push(`${queued} SMS queued while the gateway answered 503.`);

  log("SMS gateway down for 12 s…");
  await sleep(12_000);
  const sentWhileDown = (await count("status = 'SENT'")) - sentAtStart;
  const retried = await count("status = 'PENDING' AND attempts > 0");
  const failedWhileDown = await count("status = 'FAILED'");
  facts.push(
    `While down: ${gateway.requests()} requests refused, ${sentWhileDown} marked sent (must be 0), ${retried} waiting to retry with back-off, ${failedWhileDown} given up (must be 0).`,
  );

  log("SMS gateway back; waiting for the outbox to drain…");
  gateway.state.down = false;
  const started = Date.now();
  let pending = 1;
  while (Date.now() - started < 150_000) {
    pending = await count(`status <> 'SENT' AND "idempotencyKey" LIKE 'drill-sms-${tag}-%'`);
    if (pending === 0) break;
    await sleep(500);
  }
  const drainedIn = (Date.now() - started) / 1000;
  await sleep(3000); // a duplicate would arrive by now
  const got = gateway.received.slice(receivedAtStart).map((r) => r.to);
  const duplicates = got.length - new Set(got).size;
  facts.push(
    `After the gateway returned: ${got.length} SMS received in ${drainedIn.toFixed(1)} s, ${duplicates} duplicates, ${pending} not delivered.`,
  );
  const passed =
    sentWhileDown === 0 &&
    failedWhileDown === 0 &&
    pending === 0 &&
    duplicates === 0 &&
    got.length === queued &&
    app.errorsLogged().length === 0;
  if (app.errorsLogged().length)
    facts.push(`App errors logged: ${app.errorsLogged().slice(0, 3).join(" | ")}`);
  return { name: "SMS gateway down, then back", passed, facts };
}
