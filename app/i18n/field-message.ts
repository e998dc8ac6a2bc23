// A generic message ("This field is required") that names its field, so the error summary at the
// top of a form reads "First name: this is required" instead of three identical lines. The schema
// writes `named("error.required", "profile.firstName")`; the message travels as one string
// ("error.required@profile.firstName") and is read in the reader's language by useErrorText.
import { en, type MessageKey } from "./messages";

const NAMED = {
  "error.required": "error.named.required",
  "error.tooLong": "error.named.tooLong",
} as const satisfies Record<string, MessageKey>;
export type GenericError = keyof typeof NAMED;

export function named(key: GenericError, field: MessageKey): string {
  return `${key}@${field}`;
}

/** The catalogue key and field label key of a named message; null for any other message. */
export function namedParts(message: string): { key: MessageKey; field: MessageKey } | null {
  const at = message.indexOf("@");
  if (at < 0) return null;
  const generic = message.slice(0, at);
  const field = message.slice(at + 1);
  if (!(generic in NAMED) || !(field in en)) return null;
  return { key: NAMED[generic as GenericError], field: field as MessageKey };
}

/**
 * One error message in the reader's words: a catalogue key, a named generic message, or text a
 * DomainError already put in her language (shown as it is).
 */
export function errorText(
  message: string,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): string {
  const n = namedParts(message);
  // The label as the form shows it, without a trailing colon or asterisk.
  if (n) return t(n.key, { field: t(n.field).replace(/[:*]\s*$/, "") });
  return message in en ? t(message as MessageKey) : message;
}
