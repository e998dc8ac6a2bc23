// The fee rules (issue 19 §2): every payment a worker made to get her job is checked against FEE-01
// (no recruitment fee) and FEE-02 (related costs are not hers to pay), per destination; what the
// agency did not declare at contract submission is marked too. The refund workflow's table: who may
// take which step, and four eyes on a dispute.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkPayment,
  DESTINATION_FEE_LAW,
  FEE_PAYEES,
  FEE_PURPOSES,
  formatRefundReference,
  refundDue,
  REFUND_ANSWER_DAYS,
  type Declared,
} from "~/domain/fees/fee.rules";
import { COSTS } from "~/domain/compliance/engine";
import { allowedActions, fourEyesSteps, refusal } from "~/domain/workflow/workflow";
import { REFUND_FLOW, refundDoneBy } from "~/domain/fees/refund.workflow";

const nothingDeclared: Declared = { recruitmentFee: 0, costs: [] };
const paymentArb = fc.record({
  purpose: fc.constantFrom(...FEE_PURPOSES),
  amount: fc.integer({ min: 1, max: 500_000 }),
  currency: fc.constantFrom("KES", "USD"),
  paidTo: fc.constantFrom(...FEE_PAYEES),
});
const countryArb = fc.constantFrom("SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB");

describe("the fee rules", () => {
  it("no payment to get the job is lawful, to any destination, to the agency or to a person", () => {
    fc.assert(
      fc.property(paymentArb, countryArb, (p, country) => {
        const v = checkPayment(p, country, nothingDeclared);
        expect(v.claim).toBe(true);
        expect(v.findings).toContain(
          (COSTS as readonly string[]).includes(p.purpose) ? "FEE-02" : "FEE-01",
        );
      }),
    );
  });

  it("a KES 40,000 processing fee for Riyadh breaks FEE-01, on the baseline and Saudi law", () => {
    const v = checkPayment(
      { purpose: "RECRUITMENT_FEE", amount: 40_000, currency: "KES", paidTo: "AGENCY" },
      "SA",
      nothingDeclared,
    );
    expect(v.findings).toEqual(["FEE-01", "UNDECLARED"]);
    expect(v.basis.map((b) => b.src)).toEqual([
      "C181 Art 7; ILO GP7; IRIS P1",
      DESTINATION_FEE_LAW.SA!.src,
    ]);
  });

  it("cites each destination's own law where it has one, and only the baseline elsewhere", () => {
    const fee = { purpose: "MEDICAL", amount: 5_000, currency: "KES", paidTo: "AGENCY" } as const;
    for (const c of ["SA", "AE", "QA", "KW", "OM"])
      expect(checkPayment(fee, c, nothingDeclared).basis).toHaveLength(2);
    for (const c of ["BH", "JO", "LB"])
      expect(checkPayment(fee, c, nothingDeclared).basis).toHaveLength(1);
    expect(DESTINATION_FEE_LAW.QA!.tag).toBe("solid");
  });

  it("marks what the agency did not declare, and only that", () => {
    const medical = {
      purpose: "MEDICAL",
      amount: 5_000,
      currency: "KES",
      paidTo: "AGENCY",
    } as const;
    expect(checkPayment(medical, "QA", { recruitmentFee: 0, costs: ["MEDICAL"] }).findings).toEqual(
      ["FEE-02"],
    );
    expect(checkPayment(medical, "QA", { recruitmentFee: 0, costs: ["VISA"] }).findings).toEqual([
      "FEE-02",
      "UNDECLARED",
    ]);
    const fee = { ...medical, purpose: "RECRUITMENT_FEE" } as const;
    expect(checkPayment(fee, "QA", { recruitmentFee: 100, costs: [] }).findings).toEqual([
      "FEE-01",
    ]);
    // Anything else she paid to get the job is a recruitment fee, declared or not.
    expect(checkPayment({ ...fee, purpose: "OTHER" }, "QA", nothingDeclared).findings).toEqual([
      "FEE-01",
      "UNDECLARED",
    ]);
  });

  it("gives the agency 14 days and numbers claims by year", () => {
    const from = new Date("2026-12-02T09:00:00Z");
    expect(refundDue(from).getTime() - from.getTime()).toBe(REFUND_ANSWER_DAYS * 86_400_000);
    expect(REFUND_ANSWER_DAYS).toBe(14);
    expect(formatRefundReference(2026, 42)).toBe("KS-R-2026-000042");
  });
});

describe("the refund workflow", () => {
  const agency = { id: "a", role: "AGENCY_STAFF" as const };
  const worker = { id: "w", role: "WORKER" as const };
  const officer = { id: "o1", role: "NEA_OFFICER" as const };
  const other = { id: "o2", role: "NEA_SUPERVISOR" as const };

  it("lets the agency refund or dispute an open claim, and the worker only confirm or deny", () => {
    const none = refundDoneBy({ proposedById: null });
    expect(allowedActions(REFUND_FLOW, "OPEN", agency, none)).toEqual(["refund", "dispute"]);
    expect(allowedActions(REFUND_FLOW, "OPEN", worker, none)).toEqual([]);
    expect(allowedActions(REFUND_FLOW, "REFUND_REPORTED", worker, none)).toEqual([
      "confirm",
      "deny",
    ]);
    expect(allowedActions(REFUND_FLOW, "REFUND_REPORTED", agency, none)).toEqual([]);
    expect(allowedActions(REFUND_FLOW, "UPHELD", agency, none)).toEqual(["refund"]);
    for (const done of ["REFUNDED", "DISMISSED"] as const)
      for (const who of [agency, worker, officer])
        expect(allowedActions(REFUND_FLOW, done, who, none)).toEqual([]);
  });

  it("never lets the official who proposed an outcome decide it", () => {
    for (const status of ["UPHOLD_PROPOSED", "DISMISS_PROPOSED"] as const) {
      const doneBy = refundDoneBy({ proposedById: officer.id });
      expect(refusal(REFUND_FLOW, status, "decide", officer, doneBy)).toBe("fourEyes");
      expect(refusal(REFUND_FLOW, status, "sendBack", officer, doneBy)).toBe("fourEyes");
      expect(refusal(REFUND_FLOW, status, "decide", other, doneBy)).toBeNull();
      expect(refusal(REFUND_FLOW, status, "decide", agency, doneBy)).toBe("forbidden");
    }
    expect(fourEyesSteps(REFUND_FLOW).length).toBe(4);
  });
});
