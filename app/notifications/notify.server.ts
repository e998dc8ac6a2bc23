// Messages to a person go where she can read them: by email when we have her address, and by SMS
// to her mobile when we have it (most workers read SMS, not email). The SMS is the message's short
// version — one GSM-7 segment where it fits, with the link to the page — in the same language, and
// both are written in the caller's transaction.
import type { Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { enqueueEmail } from "./outbox.server";
import { statusWord } from "./registry-templates";
import type { TemplateData } from "./templates";

/** The short SMS version of each message a person may get by SMS. */
const SMS_VERSION = {
  contractUpdate: (l: Locale, d: TemplateData<"contractUpdate">) =>
    l === "sw"
      ? `Kazi Salama: mkataba wako ${d.reference} ${statusWord(d.status, "sw")}. ${d.link}`
      : `Kazi Salama: your contract ${d.reference} is ${statusWord(d.status, "en")}. ${d.link}`,
  clearanceIssued: (l: Locale, d: TemplateData<"clearanceIssued">) =>
    l === "sw"
      ? `Kazi Salama: kibali chako cha kuondoka kwenda ${d.country} kimetolewa, msimbo ${d.code}. Ukifika, ongeza simu yako ya huko. ${d.url}`
      : `Kazi Salama: your departure clearance for ${d.country} was issued, code ${d.code}. When you arrive, add your phone abroad. ${d.url}`,
  accountLocked: (l: Locale, d: TemplateData<"accountLocked">) =>
    l === "sw"
      ? `Kazi Salama: majaribio mengi ya kuingia yameshindwa; akaunti yako imefungwa hadi ${d.until}. Ikiwa si wewe, ingia kwa msimbo wa SMS na ubadilishe nenosiri.`
      : `Kazi Salama: too many failed logins; your account is locked until ${d.until}. If this was not you, sign in with an SMS code and change your password.`,
} as const;

export type ShortMessage = keyof typeof SMS_VERSION;

/** Sends `msg` to each contact the person has: email in full, SMS in its short version. */
export async function notifyContacts<T extends ShortMessage>(
  tx: Tx,
  to: { email: string | null; phone: string | null; locale: Locale },
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
      locale: to.locale,
      template: "smsText",
      data: { text: short(to.locale, msg.data) },
    });
  }
}

/** A message to a worker, by her record's email and phone, in her account's language. */
export async function notifyWorker<T extends ShortMessage>(
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
  await notifyContacts(tx, { email: w.email, phone: w.phone, locale }, msg);
}
