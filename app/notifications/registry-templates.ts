import type { Locale } from "~/i18n/messages";
import { lines, mail, say, word, type Rendered } from "./render";

// Emails of the agency registry: complaints, licensing decisions, job orders, employers and
// contracts, from the catalogue.

/** Contract statuses in words, for emails and SMS ("is now: approved"). */
export const statusWord = (status: string, locale: Locale) =>
  word(locale, "mail.contractStatus", status);

export type LicenceDecision =
  "GRANTED" | "RENEWED" | "REFUSED" | "SUSPENDED" | "REINSTATED" | "REVOKED" | "EXPIRED";

export const registryTemplates = {
  complaintReceived: (locale: Locale, d: { reference: string }): Rendered =>
    mail(locale, "complaintReceived", d),
  complaintOutcome: (
    locale: Locale,
    d: { reference: string; upheld: boolean; note: string },
  ): Rendered => mail(locale, "complaintOutcome", d),
  complaintUpheldAgency: (
    locale: Locale,
    d: { agency: string; reference: string; note: string },
  ): Rendered => mail(locale, "complaintUpheldAgency", d),
  licenceDecision: (
    locale: Locale,
    d: {
      agency: string;
      decision: LicenceDecision;
      reason: string | null;
      licenceNo?: string | null;
      validUntil?: string | null;
      link: string;
    },
  ): Rendered =>
    mail(locale, "licenceDecision", {
      agency: d.agency,
      link: d.link,
      decision: say(locale, `mail.licenceDecision.${d.decision}`),
      reason: d.reason ?? say(locale, "mail.licenceDecision.expiryReason"),
      details: [
        d.licenceNo && say(locale, "mail.licenceDecision.licenceNo", { licenceNo: d.licenceNo }),
        d.validUntil &&
          say(locale, "mail.licenceDecision.validUntil", { validUntil: d.validUntil }),
      ]
        .filter(Boolean)
        .map((l) => `${l}\n`)
        .join(""),
    }),
  applicationUpdate: (
    locale: Locale,
    d: { agency: string; status: "CHANGES_REQUESTED"; note: string; link: string },
  ): Rendered => mail(locale, "applicationUpdate", d),
  jobOrderDecision: (
    locale: Locale,
    d: {
      agency: string;
      title: string;
      decision: "verified" | "rejected";
      reason: string;
      code?: string | null;
      link: string;
    },
  ): Rendered =>
    mail(locale, "jobOrderDecision", {
      ...d,
      details: lines(
        d.reason && say(locale, "mail.jobOrderDecision.reason", { reason: d.reason }),
        d.code && say(locale, "mail.jobOrderDecision.code", { code: d.code }),
      ),
    }),
  employerWatchListed: (locale: Locale, d: { employer: string; reason: string }): Rendered =>
    mail(locale, "employerWatchListed", d),
  contractUpdate: (
    locale: Locale,
    d: { reference: string; status: string; note: string; link: string },
  ): Rendered =>
    mail(locale, "contractUpdate", {
      ...d,
      status: statusWord(d.status, locale),
      details: lines(d.note),
    }),
} as const;
