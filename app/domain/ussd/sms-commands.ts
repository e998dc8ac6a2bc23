// What a worker abroad may text to the service number: OK / SAWA / 1 with her PIN ("I am safe"),
// HELP / MSAADA / 2 with her PIN ("I need help"), JOB / KAZI with her PIN ("is my job what was
// agreed?", the terms questions, issue 19 §1). The word she used is her language; a digit says
// none. Anything else is not a command (in a terms conversation, it is her answer). Pure.
import type { Locale } from "~/i18n/messages";

export type SmsCommand =
  /** `locale` null: a digit ("1 4821"), which in a terms conversation may be an answer instead. */
  | { kind: "checkIn"; outcome: "OK" | "CONCERN"; pin: string; locale: Locale | null }
  | { kind: "terms"; pin: string; locale: Locale }
  | { kind: "unknown" };

const TERMS_WORDS: Record<string, Locale> = { JOB: "en", KAZI: "sw" };

const WORDS: Record<string, { outcome: "OK" | "CONCERN"; locale: Locale | null }> = {
  "1": { outcome: "OK", locale: null },
  OK: { outcome: "OK", locale: "en" },
  SAWA: { outcome: "OK", locale: "sw" },
  "2": { outcome: "CONCERN", locale: null },
  HELP: { outcome: "CONCERN", locale: "en" },
  MSAADA: { outcome: "CONCERN", locale: "sw" },
};

export function parseSmsCommand(text: string): SmsCommand {
  const [word, pin = "", ...rest] = text
    .trim()
    .toUpperCase()
    .split(/[\s*#.,;:-]+/)
    .filter(Boolean);
  // KAZI with a PIN; "Kazi Salama" or "kazi ngumu" is not a command (and costs no PIN attempt).
  if (word && TERMS_WORDS[word] && rest.length === 0 && /^\d{4}$/.test(pin))
    return { kind: "terms", pin, locale: TERMS_WORDS[word] };
  const w = word ? WORDS[word] : undefined;
  if (!w || rest.length > 0) return { kind: "unknown" };
  return { kind: "checkIn", outcome: w.outcome, pin, locale: w.locale };
}
