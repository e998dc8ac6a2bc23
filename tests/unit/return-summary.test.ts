// How a referral's state reads (issue 20 §3): to her in the second person, to officials in the
// third; help her answers suggested waits for her answer, help she turned down says so.
import { describe, expect, it } from "vitest";
import { referralStatusKey } from "~/ui/return-summary";

describe("a referral's state in words", () => {
  const at = new Date();
  it("suggested help waits for her answer", () => {
    expect(referralStatusKey({ status: "REQUESTED", consentAt: null }, true)).toBe(
      "returns.referral.SUGGESTED",
    );
    expect(referralStatusKey({ status: "REQUESTED", consentAt: null }, false)).toBe(
      "returns.referral.SUGGESTED.other",
    );
  });
  it("help she agreed to is being placed; officials are not told 'near you'", () => {
    expect(referralStatusKey({ status: "REQUESTED", consentAt: at }, true)).toBe(
      "returns.referral.REQUESTED",
    );
    expect(referralStatusKey({ status: "REQUESTED", consentAt: at }, false)).toBe(
      "returns.referral.REQUESTED.other",
    );
  });
  it("help she turned down says so; a service's refusal is plain 'declined'", () => {
    expect(referralStatusKey({ status: "DECLINED", consentAt: null }, true)).toBe(
      "returns.referral.DECLINED.self",
    );
    expect(referralStatusKey({ status: "DECLINED", consentAt: null }, false)).toBe(
      "returns.referral.DECLINED.other",
    );
    expect(referralStatusKey({ status: "DECLINED", consentAt: at }, false)).toBe(
      "returns.referral.DECLINED",
    );
    expect(referralStatusKey({ status: "SENT", consentAt: at }, true)).toBe(
      "returns.referral.SENT",
    );
  });
});
