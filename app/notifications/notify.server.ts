// Messages to a person go where she can read them: by email when we have her address, and by SMS
// to her mobile when we have it (most workers read SMS, not email). The SMS is the message's short
// version — one GSM-7 segment where it fits, with the link to the page — in the same language, and
// both are written in the caller's transaction.
import type { Tx } from "~/utils/db.server";
import type { Locale } from "~/i18n/messages";
import { type MissionNames, missionIn } from "~/i18n/mission-name";
import { enqueueEmail } from "./outbox.server";
import { statusWord } from "./registry-templates";
import { priorityWord } from "./case-templates";
import type { TemplateData } from "./templates";

/** The short SMS version of each message a person may get by SMS. */
const SMS_VERSION = {
  passwordChanged: (l: Locale, d: TemplateData<"passwordChanged">) =>
    l === "sw"
      ? `Kazi Salama: nenosiri lako limebadilishwa ${d.time}. Kama si wewe, piga NEA 0800 222 223 (bure).`
      : `Kazi Salama: your password was changed on ${d.time}. If this was not you, call NEA on 0800 222 223 (free).`,
  contractUpdate: (l: Locale, d: TemplateData<"contractUpdate">) =>
    l === "sw"
      ? `Kazi Salama: mkataba wako ${d.reference} ${statusWord(d.status, "sw")}. ${d.link}`
      : `Kazi Salama: your contract ${d.reference} is ${statusWord(d.status, "en")}. ${d.link}`,
  clearanceIssued: (l: Locale, d: TemplateData<"clearanceIssued">) =>
    l === "sw"
      ? `Kazi Salama: kibali chako cha kuondoka kwenda ${d.country} kimetolewa, msimbo ${d.code}. Ukifika, ongeza simu yako ya huko. ${d.url}`
      : `Kazi Salama: your departure clearance for ${d.country} was issued, code ${d.code}. When you arrive, add your phone abroad. ${d.url}`,
  certificateIssued: (l: Locale, d: TemplateData<"certificateIssued">) =>
    l === "sw"
      ? `Kazi Salama: hongera! Cheti chako cha mafunzo (${d.country}) ni ${d.code}, halali hadi ${d.expires}. ${d.url}`
      : `Kazi Salama: congratulations! Your training certificate (${d.country}) is ${d.code}, valid until ${d.expires}. ${d.url}`,
  certificateRevoked: (l: Locale, d: TemplateData<"certificateRevoked">) =>
    l === "sw"
      ? `Kazi Salama: NEA imefuta cheti chako cha mafunzo ${d.code}. Sababu: ${d.reason}. Maswali: NEA 0800 222 223 (bure).`
      : `Kazi Salama: NEA revoked your training certificate ${d.code}. Reason: ${d.reason}. Questions: NEA 0800 222 223 (free).`,
  inPersonRecorded: (l: Locale, d: TemplateData<"inPersonRecorded">) =>
    l === "sw"
      ? `Kazi Salama: ${d.provider} imerekodi kozi yako "${d.course}" (${d.date}, alama ${d.score}%).`
      : `Kazi Salama: ${d.provider} recorded your course "${d.course}" (${d.date}, score ${d.score}%).`,
  correctionDecision: (l: Locale, d: TemplateData<"correctionDecision">) =>
    l === "sw"
      ? `Kazi Salama: ombi lako la kusahihisha rekodi yako ${d.applied ? "limekubaliwa" : "limekataliwa"}. Angalia wasifu wako.`
      : `Kazi Salama: your request to correct your record was ${d.applied ? "accepted" : "refused"}. See your profile.`,
  arrivalConfirmed: (l: Locale, d: TemplateData<"arrivalConfirmed">) =>
    l === "sw"
      ? `Kazi Salama: ${missionIn("sw", d)} imethibitisha umefika. Tutakuuliza kama uko salama tarehe ${d.nextCheckIn}. Jibu: tuma SAWA na PIN yako.`
      : `Kazi Salama: ${d.mission} confirmed your arrival. We will ask if you are OK on ${d.nextCheckIn}. Answer: text OK and your PIN.`,
  caseReceived: (l: Locale, d: TemplateData<"caseReceived">) =>
    l === "sw"
      ? `Kazi Salama: ubalozi umepokea ombi lako la msaada ${d.reference}. Afisa atawasiliana nawe. Ukiwa hatarini, piga polisi wa nchi uliyopo.`
      : `Kazi Salama: the mission received your request for help ${d.reference}. An officer will contact you. In danger, call the local police.`,
  questionReceived: (l: Locale, d: TemplateData<"questionReceived">) =>
    l === "sw"
      ? `Kazi Salama: NEA imepokea swali lako ${d.reference}. Jibu litakuja ndani ya siku 3, kwenye "Pata msaada". Usikubali mkataba mpaka uwe na uhakika.`
      : `Kazi Salama: NEA received your question ${d.reference}. The answer comes within 3 days, on "Get help". Do not accept the contract until you are sure.`,
  caseUpdate: (l: Locale, d: TemplateData<"caseUpdate">) =>
    l === "sw"
      ? `Kazi Salama: ${d.byNea ? "NEA imeandika" : "ubalozi umeandika"} kuhusu ombi lako ${d.reference}. Soma kwenye ukurasa wa "Pata msaada".`
      : `Kazi Salama: ${d.byNea ? "NEA wrote" : "the mission wrote"} about your request ${d.reference}. Read it on the "Get help" page.`,
  complaintReceived: (l: Locale, d: TemplateData<"complaintReceived">) =>
    l === "sw"
      ? `Kazi Salama: tumepokea ripoti yako ${d.reference}. NEA itakujulisha matokeo. Hatarini: 999/112 Kenya.`
      : `Kazi Salama: we received your report ${d.reference}. NEA will tell you the outcome. In danger: 999/112 in Kenya.`,
  complaintOutcome: (l: Locale, d: TemplateData<"complaintOutcome">) =>
    l === "sw"
      ? `Kazi Salama: NEA imemaliza ripoti yako ${d.reference}: ${d.upheld ? "imethibitishwa" : "haikuthibitishwa"}. Maswali: 0800 222 223 (bure).`
      : `Kazi Salama: NEA finished your report ${d.reference}: ${d.upheld ? "upheld" : "not upheld"}. Questions: 0800 222 223 (free).`,
  clearanceKin: (_l: Locale, d: TemplateData<"clearanceKin">) =>
    `Kazi Salama: ${d.worker} amepata kibali cha kufanya kazi ${d.country}; amesajiliwa na ubalozi. Ukikosa kumpata, piga NEA 0800 222 223.`,
  checkInDue: (l: Locale, _d: TemplateData<"checkInDue">) =>
    l === "sw"
      ? "Kazi Salama: uko salama? Jibu SMS hii: SAWA na PIN yako (mfano SAWA 1234). Ukihitaji msaada: MSAADA na PIN yako."
      : "Kazi Salama: are you OK? Reply to this SMS: OK and your PIN (e.g. OK 1234). If you need help: HELP and your PIN.",
  checkInReminder: (l: Locale, d: TemplateData<"checkInReminder">) =>
    l === "sw"
      ? `Kazi Salama: bado hatujasikia kutoka kwako. Jibu SAWA na PIN yako. Usipojibu, ${missionIn("sw", d)} itakutafuta.`
      : `Kazi Salama: we have not heard from you. Reply OK and your PIN. If you do not, ${d.mission} will look for you.`,
  caseAlert: (l: Locale, d: TemplateData<"caseAlert">) =>
    l === "sw"
      ? `Kazi Salama: ${d.escalated ? "IMECHELEWA " : ""}kesi ${d.reference} (${priorityWord(d.priority, l)}). Jibu kabla ya ${d.due} (saa za Nairobi). Ifungue chini ya Kesi.`
      : `Kazi Salama: ${d.escalated ? "OVERDUE " : ""}case ${d.reference} (${priorityWord(d.priority, l)}). Respond by ${d.due} (Nairobi time). Open it under Cases.`,
  accountLocked: (l: Locale, d: TemplateData<"accountLocked">) =>
    l === "sw"
      ? `Kazi Salama: majaribio mengi ya kuingia yameshindwa; akaunti yako imefungwa hadi ${d.until}. Ikiwa si wewe, ingia kwa msimbo wa SMS na ubadilishe nenosiri.`
      : `Kazi Salama: too many failed logins; your account is locked until ${d.until}. If this was not you, sign in with an SMS code and change your password.`,
} as const;

export type ShortMessage = keyof typeof SMS_VERSION;

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

/**
 * Messages that only ever go by SMS, to people with no account and no chosen language (a relative
 * who reported that she cannot reach a worker): in Kiswahili and English together, one segment or
 * two. They never say more about the worker than the relative already knows.
 */
const SMS_ONLY = {
  familyReportReceived: (d: { reference: string }) =>
    `Kazi Salama: tumepokea ripoti yako ${d.reference}; ubalozi utafuatilia. / We received your report ${d.reference}; the mission will follow up.`,
  kinCheckInsMissed: (d: { worker: string } & MissionNames) =>
    `Kazi Salama: ${d.worker} hajaripoti kwa ubalozi kwa muda. Ukiwa na habari zake, piga ${missionIn("sw", d)} au NEA 0800 222 223. / ${d.worker} has not checked in for a while.`,
  familyReportClosed: (d: { reference: string }) =>
    `Kazi Salama: ubalozi umefuatilia ripoti yako ${d.reference}. / The mission has followed up your report ${d.reference}. NEA: 0800 222 223`,
} as const;

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
