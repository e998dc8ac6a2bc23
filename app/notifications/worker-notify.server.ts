// Messages to a worker go where she can read them: by email when her record has one, and by SMS to
// her mobile when it has one (most workers read SMS, not email). The SMS is the message's short
// version — one GSM-7 segment where it fits, with the link to the page — in the same language, and
// both are written in the caller's transaction.
import type { Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { enqueueEmail } from "./outbox.server";
import { statusWord } from "./registry-templates";
import type { TemplateData } from "./templates";

/** The short SMS version of each message a worker may get. */
const SMS_VERSION = {
  contractUpdate: (l: Locale, d: TemplateData<"contractUpdate">) =>
    l === "sw"
      ? `Kazi Salama: mkataba wako ${d.reference} ${statusWord(d.status, "sw")}. ${d.link}`
      : `Kazi Salama: your contract ${d.reference} is ${statusWord(d.status, "en")}. ${d.link}`,
  clearanceIssued: (l: Locale, d: TemplateData<"clearanceIssued">) =>
    l === "sw"
      ? `Kazi Salama: kibali chako cha kuondoka kwenda ${d.country} kimetolewa, msimbo ${d.code}. Ukifika, ongeza simu yako ya huko. ${d.url}`
      : `Kazi Salama: your departure clearance for ${d.country} was issued, code ${d.code}. When you arrive, add your phone abroad. ${d.url}`,
} as const;

export type WorkerMessage = keyof typeof SMS_VERSION;

/** The worker's language for messages: her account's, else English (as her emails always were). */
export async function workerLocale(tx: Tx, workerId: string): Promise<Locale> {
  const w = await tx.worker.findUnique({
    where: { id: workerId },
    select: { user: { select: { locale: true } } },
  });
  return w?.user?.locale === "sw" ? "sw" : "en";
}

export async function notifyWorker<T extends WorkerMessage>(
  tx: Tx,
  workerId: string,
  msg: { key: string; template: T; data: TemplateData<T>; locale?: Locale },
) {
  const w = await tx.worker.findUnique({
    where: { id: workerId },
    select: { email: true, phone: true, user: { select: { locale: true } } },
  });
  if (!w) return;
  const locale = msg.locale ?? (w.user?.locale === "sw" ? "sw" : "en");
  if (w.email)
    await enqueueEmail(tx, {
      key: msg.key,
      to: w.email,
      locale,
      template: msg.template,
      data: msg.data,
    } as Parameters<typeof enqueueEmail<T>>[1]);
  if (w.phone) {
    const short = SMS_VERSION[msg.template] as (l: Locale, d: TemplateData<T>) => string;
    await enqueueEmail(tx, {
      key: `${msg.key}:sms`,
      channel: "SMS",
      to: w.phone,
      locale,
      template: "smsText",
      data: { text: short(locale, msg.data) },
    });
  }
}
