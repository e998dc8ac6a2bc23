import { describe, expect, it } from "vitest";
import { isGsm7, plainSmsText, smsSegments } from "~/notifications/sms/gsm7";
import { renderMessage } from "~/notifications/templates";

describe("SMS text", () => {
  it("counts GSM-7 segments: 160 in one, 153 each when split; extension characters take two", () => {
    expect(smsSegments("a".repeat(160))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsSegments("a".repeat(161))).toEqual({ encoding: "GSM-7", units: 161, segments: 2 });
    expect(smsSegments("a".repeat(306)).segments).toBe(2);
    expect(smsSegments("a".repeat(307)).segments).toBe(3);
    expect(smsSegments("€".repeat(80))).toEqual({ encoding: "GSM-7", units: 160, segments: 1 });
    expect(smsSegments("[".repeat(81)).segments).toBe(2);
  });

  it("counts UCS-2 segments: 70 in one, 67 each when split", () => {
    expect(smsSegments("ж".repeat(70))).toEqual({ encoding: "UCS-2", units: 70, segments: 1 });
    expect(smsSegments("ж".repeat(71)).segments).toBe(2);
    expect(smsSegments("ж".repeat(135)).segments).toBe(3);
  });

  it("a stray curly quote or dash does not turn a message into UCS-2", () => {
    const typed =
      "Habari Amina \u2014 \u201Cmkataba\u201D wako umeidhinishwa\u2026 Usimpe mtu\u2019";
    expect(isGsm7(typed)).toBe(false);
    const plain = plainSmsText(typed);
    expect(plain).toBe('Habari Amina - "mkataba" wako umeidhinishwa... Usimpe mtu\'');
    expect(smsSegments(plain).encoding).toBe("GSM-7");
  });

  it("every SMS we send today fits one GSM-7 segment, in both languages", () => {
    for (const locale of ["sw", "en"] as const) {
      const { text } = renderMessage("recordClaimCode", locale, { code: "123456", minutes: 30 });
      expect(smsSegments(plainSmsText(text)), locale).toMatchObject({
        encoding: "GSM-7",
        segments: 1,
      });
    }
  });
});
