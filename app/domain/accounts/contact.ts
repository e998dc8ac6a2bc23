// How a person names an account: by its email or by its mobile number (phone-first accounts have no
// email). Pure: the form's schema and the database look-up read it the same way.
import { z } from "zod";
import { normalizePhone } from "~/domain/agencies/normalize";
import type { MessageKey } from "~/i18n/messages";

export type Contact = { email: string } | { phone: string };

/** An email address (lower-cased) or a mobile number (digits with the country code), else null. */
export function parseContact(raw: string): Contact | null {
  const v = raw.trim();
  if (v.includes("@"))
    return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) && v.length <= 254
      ? { email: v.toLowerCase() }
      : null;
  const phone = normalizePhone(v);
  return phone && /^[\d\s+()-]+$/.test(v) ? { phone } : null;
}

/** A Kenyan mobile number (07…, 01…, +2547…, 2541…) as digits with the country code, else null. */
export function kenyanMobile(raw: string): string | null {
  const p = /^[\d\s+()-]+$/.test(raw.trim()) ? normalizePhone(raw) : null;
  return p && /^254[17]\d{8}$/.test(p) ? p : null;
}

/** A form field holding an email or a mobile number, kept as typed but checked. */
export const contactSchema = (message: MessageKey) =>
  z
    .string({ error: message })
    .trim()
    .max(254, message)
    .refine((v) => parseContact(v) !== null, message);

/** The `where` that finds the account the contact names. */
export function accountByContact(raw: string): Contact {
  return parseContact(raw) ?? { email: "" };
}
