// The return rules (issue 20 §3), pure: when a return is early, what closes the contract, and what
// her debrief opens — only what she reported, each referral once.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  contractEndDay,
  contractStatusOnReturn,
  debriefEffects,
  GO_AGAIN,
  isEarlyReturn,
  REINTEGRATION_KINDS,
  RETURN_SKILLS,
  returnReasonProblem,
} from "~/domain/returns/return.rules";

describe("early returns", () => {
  it("the contract ends its length in months after its start; a return before then is early and says why", () => {
    expect(contractEndDay("2025-01-15", 24)).toBe("2027-01-15");
    expect(isEarlyReturn("2027-01-14", "2027-01-15")).toBe(true);
    expect(isEarlyReturn("2027-01-15", "2027-01-15")).toBe(false);
    expect(returnReasonProblem(true, "CONTRACT_ENDED")).toBe("returns.error.earlyReason");
    expect(returnReasonProblem(true, "UNPAID_WAGES")).toBeNull();
    expect(returnReasonProblem(false, "CONTRACT_ENDED")).toBeNull();
    expect(contractStatusOnReturn(true)).toBe("REPATRIATED");
    expect(contractStatusOnReturn(false)).toBe("COMPLETED");
  });
});

const answers = fc.record({
  paidInFull: fc.boolean(),
  owedAmount: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
  owedCurrency: fc.constantFrom("SAR", "KES"),
  passportKept: fc.boolean(),
  contractRespected: fc.boolean(),
  abused: fc.boolean(),
  goAgain: fc.constantFrom(...GO_AGAIN),
  sameAgency: fc.option(fc.boolean(), { nil: null }),
  skills: fc.subarray([...RETURN_SKILLS]),
  help: fc.subarray([...REINTEGRATION_KINDS]),
});

describe("what her debrief opens", () => {
  it("a wage claim and legal aid exactly when she was not paid in full; a case and counselling exactly when abused; her asks; each referral once", () => {
    fc.assert(
      fc.property(answers, (a) => {
        const e = debriefEffects(a);
        expect(e.cases.some((c) => c.category === "UNPAID_WAGES")).toBe(!a.paidInFull);
        expect(e.cases.some((c) => c.category === "ABUSE")).toBe(a.abused);
        expect(new Set(e.referrals).size).toBe(e.referrals.length);
        for (const h of a.help) expect(e.referrals).toContain(h);
        expect(e.referrals.includes("LEGAL_AID")).toBe(
          !a.paidInFull || a.help.includes("LEGAL_AID"),
        );
        expect(e.referrals.includes("COUNSELLING")).toBe(
          a.abused || a.help.includes("COUNSELLING"),
        );
      }),
    );
  });

  it("the claim carries what she is owed", () => {
    const e = debriefEffects({
      paidInFull: false,
      owedAmount: 3000,
      owedCurrency: "SAR",
      passportKept: false,
      contractRespected: true,
      abused: false,
      goAgain: "NO",
      skills: [],
      help: [],
    });
    expect(e).toEqual({
      cases: [{ category: "UNPAID_WAGES", owed: "3000 SAR" }],
      referrals: ["LEGAL_AID"],
    });
  });
});
