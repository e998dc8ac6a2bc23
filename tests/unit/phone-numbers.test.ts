// Every phone number the system gives people comes from one table with its source (issue 22 §3):
// the help lines, each destination's emergency numbers and the missions' own numbers. A number
// typed into a message, an email, a PDF or a lesson that is not in the table fails here.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { HELPLINES } from "~/domain/safety/helplines";
import { EMERGENCY_NUMBERS } from "~/domain/safety/emergency-numbers";
import { MISSIONS } from "../../prisma/seed";

const digits = (s: string) => s.replace(/\D/g, "").replace(/^0+/, "");
const KNOWN = new Set(
  [
    ...HELPLINES.map((h) => h.number),
    ...EMERGENCY_NUMBERS.flatMap((e) => e.numbers.map((n) => n.number)),
    ...MISSIONS.flatMap((m) => {
      const { phone, emergencyPhone } = m as { phone?: string; emergencyPhone?: string };
      return [phone, emergencyPhone];
    }),
  ]
    .filter((n): n is string => !!n)
    .map(digits),
);

/** Format examples in form hints ("a number like 0712 345 678") and a licence-number example. */
const EXAMPLES = new Set(
  [
    "0712 345 678",
    "+254 712 345 678",
    "+974 5555 1234",
    "051234567",
    "+966 50 123 4567",
    "20260001",
  ].map(digits),
);

const files = (dir: string, pattern: RegExp) =>
  readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));

const SOURCES = [
  ...files("app/i18n", /\.ts$/),
  ...files("app/notifications", /\.ts$/),
  ...files("app/domain/training", /^catalogue.*\.ts$/),
  "app/domain/ussd/ussd.ts",
  "app/domain/departure/clearance-pdf.server.ts",
  "app/domain/contracts/contract-pdf.server.ts",
  "app/domain/training/certificate-pdf.server.ts",
];

describe("phone numbers given to people", () => {
  it("every long number in messages, emails, PDFs, lessons and USSD is in the table", () => {
    const unknown: string[] = [];
    for (const file of SOURCES) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\+?\d[\d ]{5,16}\d/g)) {
        const n = digits(m[0]);
        if (n.length < 8 || EXAMPLES.has(n)) continue;
        if (![...KNOWN].some((k) => n === k || n.endsWith(k) || k.endsWith(n)))
          unknown.push(`${file}: ${m[0]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("the NEA line is never offered as the number to call from abroad", () => {
    const nea = HELPLINES.find((h) => h.id === "nea")!;
    expect(nea.reach.en).toMatch(/inside Kenya only/i);
    const text = SOURCES.map((f) => readFileSync(f, "utf8")).join("\n");
    expect(text).not.toMatch(/abroad[^."]{0,60}0800 222 223/i);
  });
});
