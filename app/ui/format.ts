// Dates are stored in UTC and shown in Nairobi time (conventions §13).
import type { Locale } from "~/i18n/messages";

export function formatDate(value: Date | string | null | undefined, locale: Locale, timeZone = "Africa/Nairobi") {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === "sw" ? "sw-KE" : "en-KE", { timeZone, day: "numeric", month: "long", year: "numeric" }).format(d);
}

export function formatDateTime(value: Date | string | null | undefined, locale: Locale, timeZone = "Africa/Nairobi") {
  if (!value) return "—";
  const d = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale === "sw" ? "sw-KE" : "en-KE", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** 254712345678 → +254 712 345 678 */
export function formatPhone(digits: string | null | undefined) {
  if (!digits) return "—";
  return digits.startsWith("254") && digits.length === 12
    ? `+254 ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : `+${digits}`;
}
