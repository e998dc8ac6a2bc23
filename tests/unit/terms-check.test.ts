// Contract substitution (issue 19 §1): what a worker reports after arrival against the approved
// terms. Only a difference that works against her counts; her passport with anyone else always does.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  approvedTermsOf,
  compareTerms,
  PASSPORT_HOLDERS,
  sameCity,
  TERMS_FIELDS,
  type ApprovedTerms,
  type ReportedTerms,
} from "~/domain/mission/terms-check.rules";

const approvedArb: fc.Arbitrary<ApprovedTerms> = fc.record({
  monthlyWage: fc.integer({ min: 100, max: 10_000 }),
  currency: fc.constantFrom("SAR", "AED", "QAR"),
  dailyHours: fc.integer({ min: 1, max: 12 }),
  weeklyRestDays: fc.integer({ min: 0, max: 2 }),
  passportHeldBy: fc.constant("WORKER" as const),
  employer: fc.constantFrom("Al Noor Household", "Gulf Hotels LLC"),
  city: fc.constantFrom("Riyadh", "Jeddah", "Dubai", "Doha"),
});

/** Exactly as approved, the city typed however she types it. */
const asApproved = (a: ApprovedTerms, city = a.city): ReportedTerms => ({
  monthlyWage: a.monthlyWage,
  dailyHours: a.dailyHours,
  weeklyRestDays: a.weeklyRestDays,
  passportHeldBy: "WORKER",
  sameEmployer: true,
  city,
});

describe("comparing reported terms with the approved ones", () => {
  it("finds nothing when she reports the approved terms, however the city is typed", () => {
    fc.assert(
      fc.property(
        approvedArb,
        fc.constantFrom(
          (s: string) => s,
          (s: string) => ` ${s.toUpperCase()}. `,
          (s: string) => s.toLowerCase(),
        ),
        (a, typed) => {
          expect(compareTerms(a, asApproved(a, typed(a.city)))).toEqual([]);
        },
      ),
    );
  });

  it("lower pay, longer days, fewer rest days are each a difference; the opposite never is", () => {
    fc.assert(
      fc.property(approvedArb, fc.integer({ min: 1, max: 50 }), (a, d) => {
        const fields = (r: Partial<ReportedTerms>) =>
          compareTerms(a, { ...asApproved(a), ...r }).map((x) => x.field);
        expect(fields({ monthlyWage: a.monthlyWage - d })).toEqual(["monthlyWage"]);
        expect(fields({ dailyHours: a.dailyHours + d })).toEqual(["dailyHours"]);
        if (a.weeklyRestDays > 0)
          expect(fields({ weeklyRestDays: a.weeklyRestDays - 1 })).toEqual(["weeklyRestDays"]);
        // Better than promised is not a substitution.
        expect(
          fields({
            monthlyWage: a.monthlyWage + d,
            dailyHours: a.dailyHours - 1,
            weeklyRestDays: a.weeklyRestDays + 1,
          }),
        ).toEqual([]);
      }),
    );
  });

  it("her passport with anyone but her is always a difference, whatever the contract said", () => {
    fc.assert(
      fc.property(
        approvedArb,
        fc.constantFrom(...PASSPORT_HOLDERS),
        fc.constantFrom(...PASSPORT_HOLDERS),
        (a, inContract, held) => {
          const found = compareTerms(
            { ...a, passportHeldBy: inContract },
            { ...asApproved(a), passportHeldBy: held },
          ).map((x) => x.field);
          expect(found.includes("passportHeldBy")).toBe(held !== "WORKER");
        },
      ),
    );
  });

  it("reports each difference once, in the order she was asked, with both values", () => {
    fc.assert(
      fc.property(
        approvedArb,
        fc.record({
          monthlyWage: fc.integer({ min: 0, max: 20_000 }),
          dailyHours: fc.integer({ min: 0, max: 24 }),
          weeklyRestDays: fc.integer({ min: 0, max: 7 }),
          passportHeldBy: fc.constantFrom(...PASSPORT_HOLDERS),
          sameEmployer: fc.boolean(),
          city: fc.constantFrom("Riyadh", "Jeddah", "Dammam", ""),
        }),
        (a, r) => {
          const found = compareTerms(a, r);
          const order = found.map((x) => TERMS_FIELDS.indexOf(x.field));
          expect(order).toEqual([...order].sort((x, y) => x - y));
          expect(new Set(order).size).toBe(order.length);
          for (const x of found) expect(x.approved).not.toBe(x.reported);
          // Making any one answer better for her never adds a difference.
          const better = compareTerms(a, { ...r, monthlyWage: r.monthlyWage + 1 });
          expect(better.length).toBeLessThanOrEqual(found.length);
        },
      ),
    );
  });

  it("another employer or another city is a difference; an empty city is not an answer", () => {
    const a: ApprovedTerms = {
      monthlyWage: 1500,
      currency: "SAR",
      dailyHours: 8,
      weeklyRestDays: 1,
      passportHeldBy: "WORKER",
      employer: "Al Noor Household",
      city: "Riyadh",
    };
    expect(compareTerms(a, { ...asApproved(a), sameEmployer: false })).toEqual([
      { field: "employer", approved: "Al Noor Household", reported: "OTHER" },
    ]);
    expect(compareTerms(a, asApproved(a, " Dammam "))).toEqual([
      { field: "city", approved: "Riyadh", reported: "Dammam" },
    ]);
    expect(compareTerms(a, asApproved(a, "  "))).toEqual([]);
    expect(sameCity("Ar-Riyāḍ", "ar riyad")).toBe(true);
    // Any script: two different Arabic names are two cities; punctuation alone is no answer.
    expect(sameCity("الرياض", " الرياض ")).toBe(true);
    expect(sameCity("الرياض", "جدة")).toBe(false);
    expect(compareTerms(a, asApproved(a, " - "))).toEqual([]);
  });

  it("reads the approved terms from the contract as stored", () => {
    expect(
      approvedTermsOf(
        {
          monthlyWage: 1500,
          currency: "SAR",
          dailyHours: 8,
          weeklyRestDays: 1,
          passportHeldBy: "WORKER",
        },
        { name: "Al Noor Household", city: "Riyadh" },
      ),
    ).toEqual({
      monthlyWage: 1500,
      currency: "SAR",
      dailyHours: 8,
      weeklyRestDays: 1,
      passportHeldBy: "WORKER",
      employer: "Al Noor Household",
      city: "Riyadh",
    });
    expect(
      approvedTermsOf({ passportHeldBy: "SPONSOR" }, { name: "E", city: "C" }).passportHeldBy,
    ).toBe("OTHER");
  });
});
