import { en, translate, type Locale, type MessageKey } from "~/i18n/messages";

// Every email and SMS is written in the catalogue (app/i18n/mail.messages.ts); a template only
// chooses the message and fills it in. Yes/no facts are ICU selects ({upheld, select, yes {…}}).
export type Rendered = { subject: string; text: string };

/** The names of the emails in the catalogue: `mail.<name>.subject`. */
export type MailName = {
  [K in MessageKey]: K extends `mail.${infer N}.subject` ? N : never;
}[MessageKey];

export type MailVars = Record<string, string | number | boolean | null | undefined>;

function fill(vars: MailVars): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(vars))
    out[k] = typeof v === "boolean" ? (v ? "yes" : "no") : (v ?? "");
  return out;
}

/** One catalogue message filled in: booleans become "yes"/"no" for selects, nothing becomes "". */
export function say(locale: Locale, key: MessageKey, vars: MailVars = {}): string {
  return translate(locale, key, fill(vars));
}

/** A stored code in words (`mail.category.ABUSE` → "abuse"); a code the catalogue lacks as itself. */
export function word(locale: Locale, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return key in en ? translate(locale, key as MessageKey) : code;
}

/** An email's subject and text from the catalogue. */
export function mail(locale: Locale, name: MailName, vars: MailVars): Rendered {
  return {
    subject: say(locale, `mail.${name}.subject` as MessageKey, vars),
    text: say(locale, `mail.${name}.text` as MessageKey, vars),
  };
}

/** Optional lines of a message (a reason, a code, a note), each on its own line, or nothing. */
export function lines(...parts: (string | false | null | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p);
  return present.length ? `\n${present.join("\n\n")}\n` : "";
}
