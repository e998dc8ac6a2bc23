// Dates are stored in UTC and shown in Nairobi time (conventions §13).
import { en, translate, type Locale, type MessageKey } from "~/i18n/messages";

// Creating an Intl.DateTimeFormat costs far more than using one: keep one per locale, zone and style
// (a page of 50 dates spent most of its time here; docs/benchmarks.md).
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: Locale, timeZone: string, style: "date" | "dateTime") {
  const key = `${locale}|${timeZone}|${style}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      style === "date"
        ? { timeZone, day: "numeric", month: "long", year: "numeric" }
        : { timeZone, dateStyle: "medium", timeStyle: "short" };
    f = new Intl.DateTimeFormat(locale === "sw" ? "sw-KE" : "en-KE", options);
    formatters.set(key, f);
  }
  return f;
}

export function formatDate(
  value: Date | string | null | undefined,
  locale: Locale,
  timeZone = "Africa/Nairobi",
) {
  if (!value) return "—";
  return formatter(locale, timeZone, "date").format(
    typeof value === "string" ? new Date(value) : value,
  );
}

export function formatDateTime(
  value: Date | string | null | undefined,
  locale: Locale,
  timeZone = "Africa/Nairobi",
) {
  if (!value) return "—";
  return formatter(locale, timeZone, "dateTime").format(
    typeof value === "string" ? new Date(value) : value,
  );
}

/** 254712345678 → +254 712 345 678 */
export function formatPhone(digits: string | null | undefined) {
  if (!digits) return "—";
  return digits.startsWith("254") && digits.length === 12
    ? `+254 ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`
    : `+${digits}`;
}

/** A calendar month stored as "2026-08", as a person reads it: "August 2026", "Agosti 2026". */
export function formatMonth(yyyyMm: string, locale: Locale) {
  if (!/^\d{4}-\d{2}$/.test(yyyyMm)) return yyyyMm;
  return new Intl.DateTimeFormat(locale === "sw" ? "sw-KE" : "en-KE", {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
  }).format(new Date(`${yyyyMm}-01T00:00:00Z`));
}

/** A currency as a person names it ("Saudi riyals (SAR)", "shilingi za Kenya (KES)"); else its code. */
export function currencyName(currency: string, locale: Locale) {
  const key = `pay.currency.${currency}`;
  return key in en ? translate(locale, key as MessageKey) : currency;
}

/**
 * Pay in the currency's name, as a person reads it: "1,500 Qatari riyals (QAR)", "riali za Qatar
 * 1,500 (QAR)". The destinations' currencies are named in the catalogue (`pay.amount.<code>`), after
 * the country as the site names it; any other falls back to the platform's name for it. We hold no
 * exchange rate NEA stands behind, so no shilling figure is invented.
 */
export function formatPay(amount: number, currency: string, locale: Locale) {
  const key = `pay.amount.${currency}`;
  const figure = amount.toLocaleString("en-KE", { maximumFractionDigits: 0 });
  if (key in en) return translate(locale, key as MessageKey, { amount: figure });
  try {
    const named = new Intl.NumberFormat(locale === "sw" ? "sw-KE" : "en-KE", {
      style: "currency",
      currency,
      currencyDisplay: "name",
      maximumFractionDigits: 0,
    }).format(amount);
    return `${named} (${currency})`;
  } catch {
    return `${currency} ${figure}`;
  }
}
