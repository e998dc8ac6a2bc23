// The translation catalogue: every message in both languages is valid ICU (plurals through
// intl-messageformat), both languages take the same arguments, and no message hedges a plural
// with "(s)": a count reads "1 day", "2 days" in English and takes the right noun class in Kiswahili.
import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { en, isIcu, type MessageKey, sw, translate } from "~/i18n/messages";

/** The arguments a message takes, plural and select ones included. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date)
      out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    }
  }
  return out;
}

const keys = Object.keys(en) as MessageKey[];

describe("the catalogue", () => {
  it("every message parses as ICU, in both languages, with the same arguments", () => {
    const problems: string[] = [];
    for (const key of keys) {
      try {
        const a = [...argumentsOf(parse(en[key]))].sort();
        const b = [...argumentsOf(parse(sw[key]))].sort();
        if (a.join() !== b.join()) problems.push(`${key}: en {${a}} sw {${b}}`);
      } catch (e) {
        problems.push(`${key}: ${(e as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no message hedges a plural with (s)", () => {
    expect(keys.filter((k) => /\w\(s\)/.test(en[k]))).toEqual([]);
  });

  it("a plural takes the number: one and many, in English and Kiswahili", () => {
    expect(translate("en", "contracts.waiting", { days: 1 })).toBe("Waiting 1 day");
    expect(translate("en", "contracts.waiting", { days: 3 })).toBe("Waiting 3 days");
    expect(translate("en", "training.remaining", { n: 1 })).toBe(
      "1 step left before your certificate.",
    );
    expect(translate("sw", "training.remaining", { n: 1 })).toBe(
      "Hatua 1 imebaki kabla ya cheti chako.",
    );
    expect(translate("sw", "training.remaining", { n: 4 })).toBe(
      "Hatua 4 zimebaki kabla ya cheti chako.",
    );
    expect(translate("sw", "bulk.confirm", { count: 1 })).toBe("Pendekeza uamuzi kwa wakala 1");
    expect(translate("sw", "bulk.confirm", { count: 12 })).toBe("Pendekeza uamuzi kwa mawakala 12");
  });

  it("a message with no plural is filled in as before, apostrophes and all", () => {
    expect(isIcu(en["my.plain.endOfService"])).toBe(false);
    expect(translate("en", "my.plain.endOfService", { days: 21 })).toContain("21 days' wage");
  });
});
