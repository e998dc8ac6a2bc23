import type { Locale } from "~/i18n/messages";
import { type MissionNames, missionIn } from "~/i18n/mission-name";
import { mail, say, type Rendered } from "./render";

// Emails to workers about their own record, training and departure, from the catalogue.

type RecordField = "FIRST_NAME" | "LAST_NAME" | "NATIONAL_ID" | "DATE_OF_BIRTH";

/** A message about a mission, with the mission named in the reader's language. */
const withMission = <T extends MissionNames>(locale: Locale, d: T) => ({
  ...d,
  mission: missionIn(locale, d),
});

export const workerTemplates = {
  /** An SMS whose text is written by its channel (an answer, or a message's short version). */
  smsText: (locale: Locale, d: { text: string }): Rendered => ({
    subject: say(locale, "mail.smsText.subject"),
    text: d.text,
  }),
  // Short enough for one SMS (GSM-7, 160 characters) in either language.
  recordClaimCode: (locale: Locale, d: { code: string; minutes: number }): Rendered =>
    mail(locale, "recordClaimCode", d),
  /** The code that signs in (or creates an account) with a mobile number, or resets a password. */
  phoneCode: (
    locale: Locale,
    d: { code: string; minutes: number; purpose: "SIGN_IN" | "RESET_PASSWORD" },
  ): Rendered => mail(locale, "phoneCode", d),
  correctionDecision: (
    locale: Locale,
    d: { field: RecordField; applied: boolean; note: string | null },
  ): Rendered =>
    mail(locale, "correctionDecision", {
      applied: d.applied,
      field: say(locale, `mail.field.${d.field}`),
      details: d.note ? `\n\n${say(locale, "mail.correctionDecision.note", { note: d.note })}` : "",
    }),
  certificateIssued: (
    locale: Locale,
    d: { country: string; code: string; expires: string; url: string },
  ): Rendered => mail(locale, "certificateIssued", d),
  certificateRevoked: (locale: Locale, d: { code: string; reason: string }): Rendered =>
    mail(locale, "certificateRevoked", d),
  inPersonRecorded: (
    locale: Locale,
    d: { provider: string; course: string; score: number; date: string },
  ): Rendered => mail(locale, "inPersonRecorded", d),
  clearanceIssued: (
    locale: Locale,
    d: { country: string; code: string; url: string } & MissionNames,
  ): Rendered => mail(locale, "clearanceIssued", withMission(locale, d)),
  // To the next of kin the worker named and consented to share with: in Kiswahili, with the
  // English below it (whatever language the worker uses).
  clearanceKin: (
    _locale: Locale,
    d: { kin: string; worker: string; country: string; countryEn: string } & MissionNames,
  ): Rendered => {
    const sw = mail("sw", "clearanceKin", withMission("sw", d));
    const en = mail("en", "clearanceKin", { ...withMission("en", d), country: d.countryEn });
    return {
      subject: sw.subject,
      text: `${sw.text}\n\n---\n\n${en.text}\n\n${say("en", "mail.sign")}`,
    };
  },
  clearanceAgency: (
    locale: Locale,
    d: { reference: string; worker: string; country: string; code: string },
  ): Rendered => mail(locale, "clearanceAgency", d),
  // The first check-in also asks whether the job is what was agreed (issue 19 §1).
  checkInDue: (locale: Locale, d: MissionNames & { first?: boolean }): Rendered =>
    mail(locale, "checkInDue", { ...withMission(locale, d), first: d.first ? "yes" : "no" }),
  checkInReminder: (locale: Locale, d: MissionNames): Rendered =>
    mail(locale, "checkInReminder", withMission(locale, d)),
  arrivalConfirmed: (locale: Locale, d: MissionNames & { nextCheckIn: string }): Rendered =>
    mail(locale, "arrivalConfirmed", withMission(locale, d)),
} as const;
