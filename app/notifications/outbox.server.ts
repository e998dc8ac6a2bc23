import nodemailer, { type Transporter } from "nodemailer";
import type { Db, Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { renderMessage, type TemplateData, type TemplateName } from "./templates";
import { sendSms, type SmsGateway } from "./sms/africastalking.server";
import { plainSmsText } from "./sms/gsm7";

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
    /** SMS go through the gateway when one is configured (SMS_URL); else they wait at /admin/mail. */
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

/** Sends one message; answers the gateway's id if it gives one. A `permanent` error is final. */
type Send = (m: Claimed) => Promise<{ providerMessageId?: string } | void>;

/**
 * Claims due messages of one channel with FOR UPDATE SKIP LOCKED and a lease (several app servers
 * never claim the same row), sends them, and records the result: sent, retried later with backoff,
 * or failed for good (the dead letter the admin sees and can retry). Single-use links and one-time
 * codes are secrets (`SECRET_FIELDS`): once sent, the stored copy keeps the address but not the
 * secret, so nobody reading /admin/mail (or a backup) can use them; before that, only the demo inbox
 * shows them (ADR 0006). A server that dies mid-send leaves the lease to expire.
 */
async function deliverChannel(db: Db, channel: "EMAIL" | "SMS", send: Send, limit: number) {
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = now() + ${`${LEASE_MS} milliseconds`}::interval,
      "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "status" = 'PENDING' AND "channel" = ${channel}::"OutboxChannel"
        AND "nextAttemptAt" <= now()
      ORDER BY "nextAttemptAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "idempotencyKey", "to", "subject", "text", "redactedText", "attempts"`;
  let sent = 0;
  for (const m of claimed) {
    try {
      const r = await send(m);
      await db.outboxMessage.update({
        where: { id: m.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          lastError: null,
          text: m.redactedText,
          providerMessageId: r?.providerMessageId ?? null,
        },
      });
      sent++;
    } catch (e) {
      const failed =
        m.attempts >= MAX_ATTEMPTS || (e as { permanent?: boolean }).permanent === true;
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

/** Email over SMTP. The Message-ID (the idempotency key) lets mail systems drop the rare duplicate. */
export function deliverDue(db: Db, transport: Transporter, from: string, limit = 20) {
  return deliverChannel(
    db,
    "EMAIL",
    async (m) => {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: `<${m.idempotencyKey.replace(/[^A-Za-z0-9._-]/g, "_")}@kazisalama>`,
      });
    },
    limit,
  );
}

/**
 * SMS through the gateway, in GSM-7 where the text allows. The gateway has no idempotency key: a
 * server that dies between its acceptance and our update, or a timeout after it accepted, can send
 * one duplicate when the lease expires; nothing is ever lost.
 */
export function deliverDueSms(db: Db, gateway: SmsGateway, limit = 20) {
  return deliverChannel(
    db,
    "SMS",
    async (m) => {
      const { messageId } = await sendSms(gateway, m.to, plainSmsText(m.text));
      return { providerMessageId: messageId };
    },
    limit,
  );
}

/** The admin sends a failed message again: it is due now, with its attempts counted afresh. */
export async function retryFailed(db: Db | Tx, id: string) {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: null },
  });
  return count === 1;
}

/** Delivery reports of the gateway, by its message id: a final failure makes the message a dead letter. */
const FINAL_FAILURE = new Set(["Failed", "Rejected", "AbsentSubscriber", "Expired"]);

export async function recordDeliveryReport(
  db: Db,
  report: { id: string; status: string; failureReason?: string | null },
) {
  const failed = FINAL_FAILURE.has(report.status);
  const { count } = await db.outboxMessage.updateMany({
    where: { providerMessageId: report.id, channel: "SMS" },
    data: {
      deliveryStatus: report.status.slice(0, 40),
      ...(report.status === "Success" ? { deliveredAt: new Date() } : {}),
      ...(failed
        ? {
            status: "FAILED" as const,
            lastError: `Delivery report: ${report.status} ${report.failureReason ?? ""}`
              .trim()
              .slice(0, 500),
          }
        : {}),
    },
  });
  return count === 1;
}

export function createTransport(smtpUrl: string) {
  return nodemailer.createTransport(smtpUrl);
}

/** Runs delivery of one channel on an interval inside the app server; returns a stop function. */
function startWorker(
  label: string,
  deliver: () => Promise<{ claimed: number }>,
  intervalMs: number,
  close = () => {},
) {
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      while (!stopped && (await deliver()).claimed > 0);
    } catch (e) {
      process.stderr.write(`${label}: ${(e as Error).message}\n`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  void tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    close();
  };
}

export function startOutboxWorker(db: Db, smtpUrl: string, from: string, intervalMs: number) {
  const transport = createTransport(smtpUrl);
  return startWorker(
    "outbox",
    () => deliverDue(db, transport, from),
    intervalMs,
    () => transport.close(),
  );
}

export function startSmsWorker(db: Db, gateway: SmsGateway, intervalMs: number) {
  return startWorker("sms", () => deliverDueSms(db, gateway), intervalMs);
}
