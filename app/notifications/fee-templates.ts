import type { Locale } from "~/i18n/messages";
import { mail, word, type Rendered } from "./render";

/** A refund claim's status in words (the stored value is a code), from the catalogue. */
export function refundStatusWord(status: string, locale: Locale) {
  return word(locale, "refunds.status", status);
}

// Messages about fees a worker paid and her refund claims (issue 19 §2).
export const feeTemplates = {
  /** To the agency: a refund claim is open against it. */
  refundClaimAgency: (
    locale: Locale,
    d: {
      reference: string;
      contract: string;
      worker: string;
      country: string;
      amount: string;
      purpose: string;
      due: string;
    },
  ): Rendered =>
    mail(locale, "refundClaimAgency", { ...d, purpose: word(locale, "fees.purpose", d.purpose) }),
  /** To the worker: her claim moved on. */
  refundUpdate: (locale: Locale, d: { reference: string; status: string }): Rendered =>
    mail(locale, "refundUpdate", { ...d, status: refundStatusWord(d.status, locale) }),
  /** To the agency: NEA decided a disputed claim. */
  refundDecidedAgency: (
    locale: Locale,
    d: { reference: string; upheld: boolean; due: string },
  ): Rendered => mail(locale, "refundDecidedAgency", d),
} as const;
