// Messages to a person go where she can read them: by email when we have her address, and by SMS
// to her mobile when we have it (most workers read SMS, not email). The SMS is the message's short
// version — one GSM-7 segment where it fits, with the link to the page — in the same language, and
// both are written in the caller's transaction.
import type { Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { enqueueEmail } from "./outbox.server";
import type { TemplateData } from "./templates";
import { SMS_ONLY, SMS_VERSION, type ShortMessage } from "./sms-texts";

/** Sends `msg` to each contact the person has: email in full, SMS in its short version. */
export async function notifyContacts<T extends ShortMessage>(
  tx: Tx,
  to: { email: string | null; phone: string | null; locale: Locale; smsLocale?: Locale },
  msg: { key: string; template: T; data: TemplateData<T> },
) {
  if (to.email)
    await enqueueEmail(tx, {
      key: msg.key,
      to: to.email,
      locale: to.locale,
      template: msg.template,
      data: msg.data,
    } as Parameters<typeof enqueueEmail<T>>[1]);
  if (to.phone) {
    const short = SMS_VERSION[msg.template] as (l: Locale, d: TemplateData<T>) => string;
    await enqueueEmail(tx, {
      key: `${msg.key}:sms`,
      channel: "SMS",
      to: to.phone,
      locale: to.smsLocale ?? to.locale,
      template: "smsText",
      data: { text: short(to.smsLocale ?? to.locale, msg.data) },
    });
  }
}

/**
 * A message to a worker, by her record's email and by SMS, in her account's language. Once she is
 * abroad and has given the mission her phone there, the SMS goes to that number (her Kenyan SIM is
 * often off or kept at home); otherwise to her Kenyan mobile.
 */
export async function notifyWorker<T extends ShortMessage>(
  tx: Tx,
  workerId: string,
  msg: { key: string; template: T; data: TemplateData<T>; locale?: Locale },
) {
  const w = await tx.worker.findUnique({
    where: { id: workerId },
    select: {
      email: true,
      phone: true,
      user: { select: { locale: true, messagesBy: true } },
      registrations: {
        where: { status: { in: ["ARRIVED", "ACTIVE"] }, phoneAbroad: { not: null } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { phoneAbroad: true },
      },
    },
  });
  if (!w) return;
  // Her account's language; with no account yet, emails stay in English as they always were and
  // SMS come in Kiswahili, which every worker reads (most prefer it).
  const chosen = msg.locale ?? (w.user ? (w.user.locale === "sw" ? "sw" : "en") : null);
  const locale = chosen ?? "en";
  const phone = w.registrations[0]?.phoneAbroad?.replace(/\D/g, "") || w.phone;
  // Her choice holds where she has both; a message never goes nowhere for it.
  const by = w.user?.messagesBy ?? "EMAIL_AND_SMS";
  const email = by === "SMS" && phone ? null : w.email;
  await notifyContacts(
    tx,
    { email, phone: by === "EMAIL" && email ? null : phone, locale, smsLocale: chosen ?? "sw" },
    msg,
  );
}

export async function sendSmsOnly<T extends keyof typeof SMS_ONLY>(
  tx: Tx,
  msg: { key: string; to: string; template: T; data: Parameters<(typeof SMS_ONLY)[T]>[0] },
) {
  await enqueueEmail(tx, {
    key: msg.key,
    channel: "SMS",
    to: msg.to,
    locale: "sw",
    template: "smsText",
    data: { text: (SMS_ONLY[msg.template] as (d: typeof msg.data) => string)(msg.data) },
  });
}
