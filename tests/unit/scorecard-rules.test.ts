// The agency scorecard's rules (issue 19 §3): rates per 100 deployed, and nothing but the number
// deployed below the minimum, whatever the counts.
import { describe, expect, it } from "vitest";
import fc from "fast-check";

/** Equal to one decimal, as the rates are rounded. */
const near = (a: number | null | undefined, b: number) =>
  expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(0.051);
import {
  DISTRESS_CATEGORIES,
  MIN_DEPLOYMENTS,
  per100,
  scorecardOf,
  type ScorecardCounts,
} from "~/domain/scorecard/scorecard.rules";
import { MIN_RATINGS } from "~/domain/scorecard/rating.rules";
import { DEBRIEF_ANSWERS, MIN_DEBRIEFS, NO_DEBRIEFS } from "~/domain/scorecard/debrief.rules";
import { EARLY_REASONS } from "~/domain/returns/return.rules";

const countsArb = (deployed: fc.Arbitrary<number>): fc.Arbitrary<ScorecardCounts> =>
  fc.record({
    deployed,
    upheldComplaints: fc.nat(50),
    cases: fc.dictionary(fc.constantFrom(...DISTRESS_CATEGORIES), fc.nat(50)),
    substitutions: fc.nat(50),
    checkIns: fc
      .nat(500)
      .chain((due) => fc.record({ due: fc.constant(due), answered: fc.nat(due) })),
    fees: fc.array(
      fc.record({
        currency: fc.constantFrom("KES", "USD"),
        reported: fc.nat(20),
        reportedAmount: fc.nat(1_000_000),
        refunded: fc.nat(20),
        refundedAmount: fc.nat(1_000_000),
        medianDaysToRefund: fc.option(fc.nat(90)),
      }),
      { maxLength: 2 },
    ),
    ratings: fc.nat(200).chain((count) =>
      fc.record({
        count: fc.constant(count),
        sum: fc.integer({ min: count, max: 5 * count }),
        recommended: fc.nat(count),
      }),
    ),
    earlyReturns: fc.dictionary(fc.constantFrom(...EARLY_REASONS), fc.nat(50)),
    debriefs: fc.nat(200).chain((count) =>
      fc.record({
        count: fc.constant(count),
        paidInFull: fc.nat(count),
        passportKept: fc.nat(count),
        contractRespected: fc.nat(count),
        abused: fc.nat(count),
        sameAgency: fc.nat(count),
      }),
    ),
  });

describe("the agency scorecard", () => {
  it("publishes no rate, amount or compliance below the minimum number of deployments", () => {
    fc.assert(
      fc.property(countsArb(fc.integer({ min: 0, max: MIN_DEPLOYMENTS - 1 })), (c) => {
        const s = scorecardOf(c);
        expect(s).toEqual({
          months: 24,
          minimum: MIN_DEPLOYMENTS,
          deployed: null, // "fewer than the minimum": an exact small number could point to a worker
          published: false,
          perHundred: null,
          checkInCompliance: null,
          fees: null,
          ratingsMinimum: MIN_RATINGS,
          ratings: null, // however many rated: the agency's page publishes nothing below the minimum
          debriefsMinimum: MIN_DEBRIEFS,
          debriefs: null, // however many answered
        });
      }),
    );
  });

  it("at or above it, gives every count per 100 deployed", () => {
    fc.assert(
      fc.property(countsArb(fc.integer({ min: MIN_DEPLOYMENTS, max: 100_000 })), (c) => {
        const s = scorecardOf(c);
        expect(s.published).toBe(true);
        near(s.perHundred!.upheldComplaints, (c.upheldComplaints * 100) / c.deployed);
        const distress = Object.values(c.cases).reduce((t, n) => t + (n ?? 0), 0);
        near(s.perHundred!.distressCases, (distress * 100) / c.deployed);
        if (c.checkIns.due) near(s.checkInCompliance, (c.checkIns.answered * 100) / c.checkIns.due);
        else expect(s.checkInCompliance).toBeNull();
        const early = Object.values(c.earlyReturns).reduce((t, n) => t + (n ?? 0), 0);
        near(s.perHundred!.earlyReturns, (early * 100) / c.deployed);
        for (const [why, n] of Object.entries(c.earlyReturns))
          if (n) near(s.perHundred!.earlyReasons[why as "OTHER"], (n * 100) / c.deployed);
      }),
    );
  });

  it("publishes debrief answers only as whole per cents of at least the minimum of them", () => {
    fc.assert(
      fc.property(countsArb(fc.integer({ min: MIN_DEPLOYMENTS, max: 100_000 })), (c) => {
        const d = scorecardOf(c).debriefs;
        if (c.debriefs.count < MIN_DEBRIEFS) {
          expect(d).toBeNull();
          return;
        }
        expect(d!.count).toBe(c.debriefs.count);
        for (const k of DEBRIEF_ANSWERS) {
          expect(Number.isInteger(d![k])).toBe(true);
          expect(Math.abs(d![k] - (c.debriefs[k] * 100) / c.debriefs.count)).toBeLessThanOrEqual(
            0.5,
          );
        }
      }),
    );
  });

  it("counts exactly at the minimum", () => {
    const c = {
      deployed: MIN_DEPLOYMENTS,
      upheldComplaints: 1,
      cases: { ABUSE: 2 },
      substitutions: 1,
      checkIns: { due: 8, answered: 6 },
      fees: [],
      ratings: { count: 0, sum: 0, recommended: 0 },
      earlyReturns: { UNPAID_WAGES: 1 },
      debriefs: { ...NO_DEBRIEFS, count: MIN_DEBRIEFS, paidInFull: 7, passportKept: 1 },
    };
    expect(scorecardOf(c).perHundred).toMatchObject({ upheldComplaints: 5, cases: { ABUSE: 10 } });
    expect(scorecardOf({ ...c, deployed: MIN_DEPLOYMENTS - 1 }).perHundred).toBeNull();
    expect(scorecardOf(c).checkInCompliance).toBe(75);
    expect(scorecardOf(c).perHundred).toMatchObject({
      earlyReturns: 5,
      earlyReasons: { UNPAID_WAGES: 5 },
    });
    expect(scorecardOf(c).debriefs).toMatchObject({ count: 10, paidInFull: 70, passportKept: 10 });
    const fewer = { ...c, debriefs: { ...c.debriefs, count: MIN_DEBRIEFS - 1 } };
    expect(scorecardOf(fewer).debriefs).toBeNull();
  });

  it("rounds rates to one decimal", () => {
    expect(per100(1, 3)).toBe(33.3);
    expect(per100(0, 0)).toBe(0);
  });
});
