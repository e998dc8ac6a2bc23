import nodemailer, { type Transporter } from "nodemailer";
import type { Db, Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { renderMessage, type TemplateData, type TemplateName } from "./templates";

// Every email is written in the transaction of the change that causes it, and delivered after
// commit by `deliverDue`. The idempotency key makes a retried request enqueue nothing new.
export async function enqueueEmail<T extends TemplateName>(
  tx: Tx,
  msg: {
    key: string;
    to: string;
    locale: Locale;
    template: T;
    data: TemplateData<T>;
    /** SMS rows wait in the outbox (shown at /admin/mail) until an SMS gateway delivers them. */
    channel?: "EMAIL" | "SMS";
  },
) {
  const { subject, text, redactedText } = renderMessage(msg.template, msg.locale, msg.data);
  await tx.outboxMessage.upsert({
    where: { idempotencyKey: msg.key },
    create: {
      idempotencyKey: msg.key,
      channel: msg.channel ?? "EMAIL",
      to: msg.to,
      subject,
      text,
      redactedText,
      locale: msg.locale,
      template: msg.template,
    },
    update: {},
  });
}

/**
 * Single-use links and one-time codes are secrets (`SECRET_FIELDS`): once a message has gone out,
 * the stored copy keeps the address but not the secret, so nobody reading /admin/mail (or a
 * database backup) can use them. Before that, only the demo inbox shows them (ADR 0006).
 */
const LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 8;

export function backoffMs(attempts: number) {
  return Math.min(60 * 60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

type Claimed = {
  id: string;
  idempotencyKey: string;
  to: string;
  subject: string;
  text: string;
  redactedText: string;
  attempts: number;
};

/**
 * Claims due messages with FOR UPDATE SKIP LOCKED and a lease (several app servers never claim the
 * same row), sends them, and records the result. A server that dies mid-send leaves the lease to
 * expire; the Message-ID (the idempotency key) lets mail systems drop the rare duplicate.
 */
export async function deliverDue(db: Db, transport: Transporter, from: string, limit = 20) {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = now() + ${`${LEASE_MS} milliseconds`}::interval,
      "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "channel" = 'EMAIL' AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "idempotencyKey", "to", "subject", "text", "redactedText", "attempts"`;
  let sent = 0;
  for (const m of claimed) {
    try {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, "_")}@kazisalama>`,
      });
      await db.outboxMessage.update({
        where: { id: m.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null, text: m.redactedText },
      });
      sent++;
    } catch (e) {
      const failed = m.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: m.id },
        data: {
          status: failed ? "FAILED" : "PENDING",
          lastError: String((e as Error).message ?? e).slice(0, 500),
          nextAttemptAt: new Date(Date.now() + backoffMs(m.attempts)),
        },
      });
    }
  }
  return { claimed: claimed.length, sent };
}

export function createTransport(smtpUrl: string) {
  return nodemailer.createTransport(smtpUrl);
}

/** Runs delivery on an interval inside the app server; returns a stop function. */
export function startOutboxWorker(db: Db, smtpUrl: string, from: string, intervalMs: number) {
  const transport = createTransport(smtpUrl);
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (await deliverDue(db, transport, from)).claimed > 0);
    } catch (e) {
      process.stderr.write(`outbox: ${(e as Error).message}\n`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  void tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    transport.close();
  };
}
