import type { Locale } from "~/i18n/messages";
import { mail, say, word, type Rendered } from "./render";

/** A case's priority in words (the stored value is a code), from the catalogue. */
export function priorityWord(priority: string, locale: Locale) {
  return word(locale, "cases.priority", priority);
}

// Emails about welfare cases, from the catalogue: to the worker (received, updates, outcome) and
// to the attachés.
export const caseTemplates = {
  caseReceived: (locale: Locale, d: { reference: string }): Rendered =>
    mail(locale, "caseReceived", d),
  questionReceived: (locale: Locale, d: { reference: string; contract: string }): Rendered =>
    mail(locale, "questionReceived", d),
  caseUpdate: (
    locale: Locale,
    // `byNea`: a case NEA handles (a question before departure, a family report no mission took).
    d: { reference: string; status: string; message: string; byNea?: boolean },
  ): Rendered => mail(locale, "caseUpdate", { ...d, byNea: !!d.byNea }),
  caseAlert: (
    locale: Locale,
    d: { reference: string; category: string; priority: string; due: string; escalated: boolean },
  ): Rendered => {
    const vars = {
      ...d,
      what: word(locale, "mail.category", d.category),
      priority: priorityWord(d.priority, locale),
    };
    return {
      subject: say(locale, "mail.caseAlert.subject", vars),
      text: say(
        locale,
        d.escalated ? "mail.caseAlert.textOverdue" : "mail.caseAlert.textNew",
        vars,
      ),
    };
  },
  /** To NEA's officials: an agency let a reported substitution's deadline pass (issue 19 §1). */
  agencyOverdue: (
    locale: Locale,
    d: { reference: string; agency: string; contract: string; due: string },
  ): Rendered => mail(locale, "agencyOverdue", d),
  /** To the agency: its worker reports her job is not what NEA approved (issue 19 §1). */
  substitutionAgency: (
    locale: Locale,
    d: {
      reference: string;
      caseReference: string;
      worker: string;
      country: string;
      fields: string[];
      due: string;
    },
  ): Rendered =>
    mail(locale, "substitutionAgency", {
      ...d,
      fields: d.fields.map((f) => word(locale, "mail.termsField", f)).join(", "),
    }),
} as const;
