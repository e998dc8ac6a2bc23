// Phone numbers inside our sentences are tap-to-call (walkthrough, issue 17): a worker on a cheap
// phone should not have to copy "+254 207 876 000" by hand in an emergency.
import { describe, expect, it } from "vitest";
import { callableParts } from "~/ui/tel-link";
import { en, sw, type MessageKey } from "~/i18n/messages";

const numbers = (text: string) =>
  callableParts(text)
    .filter((p) => p.tel)
    .map((p) => p.text);

describe("numbers in sentences", () => {
  it("finds Kenyan, toll-free and police numbers, and nothing else", () => {
    expect(
      numbers(
        "Call +254 207 876 000, WhatsApp +254 114 757 002, NEA 0800 222 223; in danger 999 or 112.",
      ),
    ).toEqual(["+254 207 876 000", "+254 114 757 002", "0800 222 223", "999", "112"]);
    expect(numbers("Pay 1121 or 112.5 by 31/12/2026 or 999-1.")).toEqual([]);
    expect(numbers("Code 1234-5678-90, reference KS-K-2026-000112")).toEqual([]);
  });

  it("a number after 'WhatsApp' opens WhatsApp", () => {
    const parts = callableParts("Call +254 207 876 000, WhatsApp +254 114 757 002.");
    expect(parts.filter((p) => p.whatsapp).map((p) => p.text)).toEqual(["+254 114 757 002"]);
  });

  it("keeps every word of the sentence, in order", () => {
    const s = "Toll-free: 0800 222 223 (Kenya only).";
    expect(
      callableParts(s)
        .map((p) => p.text)
        .join(""),
    ).toBe(s);
  });

  it("the help sentences a worker reads carry their numbers as links, in both languages", () => {
    const keys: MessageKey[] = ["home.help.body", "footer.text", "complaint.danger"];
    for (const k of keys) {
      expect(numbers(en[k]).length, k).toBeGreaterThan(0);
      expect(numbers(sw[k]), k).toEqual(numbers(en[k]));
    }
  });
});
