// Verification codes printed on licences, job orders, training certificates and departure
// clearances. Digits only, so they can be typed on a feature phone in the USSD menu:
// one digit for the kind, eight random digits and a Luhn check digit (catches a mistyped digit
// and most swapped pairs). Shown as 1234-5678-90.

export const CODE_KINDS = {
  "1": "LICENCE",
  "2": "JOB_ORDER",
  "3": "TRAINING_CERTIFICATE",
  "4": "DEPARTURE_CLEARANCE",
  "5": "CONTRACT",
} as const;
export type CodeKind = (typeof CODE_KINDS)[keyof typeof CODE_KINDS];

const DIGIT_OF: Record<CodeKind, string> = {
  LICENCE: "1",
  JOB_ORDER: "2",
  TRAINING_CERTIFICATE: "3",
  DEPARTURE_CLEARANCE: "4",
  CONTRACT: "5",
};

export function luhnCheckDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function randomDigit(max: number): number {
  const buf = new Uint32Array(1);
  const limit = Math.floor(0x1_0000_0000 / max) * max; // reject the biased tail
  do globalThis.crypto.getRandomValues(buf);
  while (buf[0]! >= limit);
  return buf[0]! % max;
}

/** A new code for `kind` (stored as 10 digits, unique per table). */
export function newVerificationCode(
  kind: CodeKind,
  random: (max: number) => number = randomDigit,
): string {
  let body = DIGIT_OF[kind];
  for (let i = 0; i < 8; i++) body += String(random(10));
  return body + luhnCheckDigit(body);
}

/** Reads what a person typed ("1234 5678-90", "1234567890"); null when it cannot be a code. */
export function parseVerificationCode(input: string): { code: string; kind: CodeKind } | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits)) return null;
  const kind = CODE_KINDS[digits[0] as keyof typeof CODE_KINDS];
  if (!kind) return null;
  if (luhnCheckDigit(digits.slice(0, 9)) !== digits[9]) return null;
  return { code: digits, kind };
}

/**
 * Why what a person typed is not a code, in the terms she can act on: not ten numbers at all
 * ("shape": letters, or too few or too many digits), or ten numbers of which one is wrong ("digit":
 * the kind or the check digit does not fit). Null when it is a code.
 */
export function whyNotACode(input: string): "shape" | "digit" | null {
  if (parseVerificationCode(input)) return null;
  return /^\d{10}$/.test(input.replace(/[\s-]/g, "")) ? "digit" : "shape";
}

export function formatVerificationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}
