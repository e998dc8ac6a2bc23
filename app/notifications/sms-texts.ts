// The text of every SMS, from the catalogue (app/i18n/mail.messages.ts): the short version of an
// email (one GSM-7 segment where it fits, in the reader's language), and the messages that only go
// by SMS. Pure, so a test renders every one of them.
import type { Locale, MessageKey } from "~/i18n/messages";
import { type MissionNames, missionIn } from "~/i18n/mission-name";
import { statusWord } from "./registry-templates";
import { priorityWord } from "./case-templates";
import { refundStatusWord } from "./fee-templates";
import type { TemplateData, TemplateName } from "./templates";
import { say, word, type MailVars } from "./render";

/** The messages that have a short version in the catalogue: `sms.<name>`. */
type SmsName = {
  [K in MessageKey]: K extends `sms.${infer N}` ? N : never;
}[MessageKey];

type Sms<T extends TemplateName> = (l: Locale, d: TemplateData<T>) => string;

/** An SMS from the catalogue (`sms.<name>`), filled in with the message's data and `extra`. */
function sms<T extends TemplateName & SmsName>(
  name: T,
  extra?: (l: Locale, d: TemplateData<T>) => MailVars,
): Sms<T> {
  return (l, d) => say(l, `sms.${name}`, { ...(d as MailVars), ...extra?.(l, d) });
}

/** The short SMS version of each message a person may get by SMS. */
export const SMS_VERSION = {
  passwordChanged: sms("passwordChanged"),
  contractUpdate: sms("contractUpdate", (l, d) => ({ status: statusWord(d.status, l) })),
  clearanceIssued: sms("clearanceIssued"),
  certificateIssued: sms("certificateIssued"),
  certificateRevoked: sms("certificateRevoked"),
  inPersonRecorded: sms("inPersonRecorded"),
  correctionDecision: sms("correctionDecision"),
  arrivalConfirmed: sms("arrivalConfirmed", (l, d) => ({ mission: missionIn(l, d) })),
  caseReceived: sms("caseReceived"),
  questionReceived: sms("questionReceived"),
  caseUpdate: sms("caseUpdate", (_l, d) => ({ byNea: !!d.byNea })),
  complaintReceived: sms("complaintReceived"),
  complaintOutcome: sms("complaintOutcome"),
  // The next of kin gets it in Kiswahili, as the email's first half.
  clearanceKin: (_l: Locale, d: TemplateData<"clearanceKin">) =>
    say("sw", "sms.clearanceKin", { worker: d.worker, country: d.country }),
  checkInDue: sms("checkInDue", (_l, d) => ({ first: d.first ? "yes" : "no" })),
  checkInReminder: sms("checkInReminder", (l, d) => ({ mission: missionIn(l, d) })),
  caseAlert: sms("caseAlert", (l, d) => ({ priority: priorityWord(d.priority, l) })),
  accountLocked: sms("accountLocked"),
  refundUpdate: sms("refundUpdate", (l, d) => ({ status: refundStatusWord(d.status, l) })),
  returnRecorded: sms("returnRecorded"),
  reintegrationReferred: sms("reintegrationReferred", (l, d) => ({
    kind: word(l, "returns.kind", d.kind),
  })),
} as const;

export type ShortMessage = keyof typeof SMS_VERSION;

const bilingual = (key: MessageKey, sw: MailVars, en: MailVars = sw) =>
  `Kazi Salama: ${say("sw", key, sw)} / ${say("en", key, en)}`;

/**
 * Messages that only ever go by SMS, to people with no account and no chosen language (a relative
 * who reported that she cannot reach a worker): in Kiswahili and English together, one segment or
 * two. They never say more about the worker than the relative already knows.
 */
export const SMS_ONLY = {
  familyReportReceived: (d: { reference: string }) => bilingual("sms.familyReportReceived", d),
  kinCheckInsMissed: (d: { worker: string } & MissionNames) =>
    bilingual(
      "sms.kinCheckInsMissed",
      { worker: d.worker, mission: missionIn("sw", d) },
      { worker: d.worker, mission: d.mission },
    ),
  familyReportClosed: (d: { reference: string }) => bilingual("sms.familyReportClosed", d),
} as const;
