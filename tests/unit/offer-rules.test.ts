// The job-offer verdict (issue 20 §2), a pure rule: red when the offer breaks a rule or the register
// contradicts it, amber when something could not be checked, green only when every check passed.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  offerVerdict,
  type AgencyFact,
  type OfferFacts,
  type ReasonCode,
} from "~/domain/offers/offer.rules";

const today = new Date("2026-12-02T09:00:00Z");
const pwani: AgencyFact = {
  id: "a1",
  name: "Pwani Recruitment",
  licenceNo: "NEA/PEA/2026/0001",
  status: "ACTIVE",
  validUntil: new Date("2027-06-30T00:00:00Z"),
  countries: ["SA", "QA"],
};
const openOrder = {
  found: true as const,
  status: "VALID" as const,
  title: "Housekeeper",
  country: "SA",
  jobCategory: "DOMESTIC_WORKER",
  offeredWage: 1200,
  currency: "SAR",
  positionsLeft: 3,
  agencyId: "a1",
};
/** Everything right: a verified open order of a licensed agency, its number, lawful pay, no fee. */
const good: OfferFacts = {
  country: "SA",
  job: "DOMESTIC_WORKER",
  order: openOrder,
  agency: { match: "ONE", agency: pwani, fromOrder: false },
  contact: { verdict: "AGENCY", agencyId: "a1", agencyName: pwani.name, agencyStatus: "ACTIVE" },
  pay: { amount: 1200, currency: "SAR" },
  floor: { amount: 1000, withoutHousingAndFood: 1000, currency: "SAR", tag: "likely", src: "x" },
  fee: 0,
  feeLaw: [{ src: "C181 Art 7", tag: "solid" }],
  today,
};
const codes = (f: OfferFacts) => offerVerdict(f).reasons.map((r) => r.code);
const colour = (f: OfferFacts) => offerVerdict(f).colour;

describe("the job-offer verdict", () => {
  it("is green when every check passes, each named", () => {
    expect(colour(good)).toBe("GREEN");
    expect(codes(good)).toEqual(["FEE_NONE", "ORDER_OK", "AGENCY_OK", "CONTACT_AGENCY", "PAY_OK"]);
  });

  it("is red for a fee asked for a Saudi domestic job, citing the law", () => {
    const v = offerVerdict({ ...good, fee: 30_000 });
    expect(v.colour).toBe("RED");
    expect(v.reasons[0]).toMatchObject({
      code: "FEE_ASKED",
      level: "bad",
      money: { amount: 30_000, currency: "KES" },
      sources: ["C181 Art 7"],
    });
  });

  it("any fee above nothing is red, whatever else is right or unknown", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e8, noNaN: true }),
        fc.boolean(),
        fc.boolean(),
        (fee, withOrder, withPay) => {
          const f = {
            ...good,
            fee,
            order: withOrder ? good.order : null,
            pay: withPay ? good.pay : null,
          };
          expect(colour(f)).toBe("RED");
        },
      ),
    );
  });

  it("what she did not say makes it amber, never green", () => {
    const cases: [Partial<OfferFacts>, ReasonCode][] = [
      [{ fee: null }, "FEE_UNKNOWN"],
      [{ order: null }, "ORDER_NONE"],
      [{ pay: null }, "PAY_NONE"],
      [{ order: null, agency: null, contact: null }, "AGENCY_NONE"],
      [{ agency: { match: "MANY", count: 4 } }, "AGENCY_MANY"],
      [{ contact: { verdict: "UNKNOWN" } }, "CONTACT_UNKNOWN"],
      [{ pay: { amount: 300, currency: "USD" } }, "PAY_CURRENCY"],
      [{ pay: { amount: 300, currency: "USD" } }, "PAY_CURRENCY_ORDER"],
      // Review: a real order's code is public; without the number that offered it, never green.
      [{ contact: null }, "CONTACT_NONE"],
      // Review: part of a real name is not the agency ("Gulf Jobs" for "Sahara Gulf Jobs Ltd").
      [{ agency: { match: "SIMILAR", name: "Sahara Gulf Jobs Ltd" } }, "AGENCY_SIMILAR"],
      // Review: reports NEA has not checked can come from anyone: amber, not red.
      [
        { contact: { verdict: "REPORTED", reports: 3, confirmed: false } },
        "CONTACT_REPORTED_REVIEW",
      ],
    ];
    for (const [change, code] of cases) {
      const f = { ...good, ...change };
      expect(colour(f), code).toBe("AMBER");
      expect(codes(f), code).toContain(code);
    }
  });

  it("what the register contradicts makes it red", () => {
    const cases: [Partial<OfferFacts>, ReasonCode][] = [
      [{ order: { found: false } }, "ORDER_NOT_FOUND"],
      [{ order: { ...openOrder, status: "EXPIRED" } }, "ORDER_NOT_OPEN"],
      [{ order: { ...openOrder, status: "REVOKED" } }, "ORDER_NOT_OPEN"],
      [{ order: { ...openOrder, positionsLeft: 0 } }, "ORDER_FULL"],
      [{ order: { ...openOrder, country: "QA" } }, "ORDER_OTHER_COUNTRY"],
      [{ agency: { match: "NONE" } }, "AGENCY_NOT_FOUND"],
      [
        { agency: { match: "ONE", agency: { ...pwani, status: "SUSPENDED" }, fromOrder: false } },
        "AGENCY_NOT_ACTIVE",
      ],
      [
        // "Active" on paper, but the licence ran out yesterday.
        {
          agency: {
            match: "ONE",
            agency: { ...pwani, validUntil: new Date("2026-12-01T00:00:00Z") },
            fromOrder: false,
          },
        },
        "AGENCY_NOT_ACTIVE",
      ],
      [
        { agency: { match: "ONE", agency: { ...pwani, countries: ["QA"] }, fromOrder: false } },
        "AGENCY_NOT_FOR_COUNTRY",
      ],
      [
        { agency: { match: "ONE", agency: { ...pwani, id: "other" }, fromOrder: false } },
        "AGENCY_NOT_ORDERS",
      ],
      [{ contact: { verdict: "REPORTED", reports: 3, confirmed: true } }, "CONTACT_REPORTED"],
      [
        {
          contact: {
            verdict: "AGENCY",
            agencyId: "b2",
            agencyName: "Other",
            agencyStatus: "ACTIVE",
          },
        },
        "CONTACT_OTHER_AGENCY",
      ],
      [{ pay: { amount: 999, currency: "SAR" } }, "PAY_BELOW_FLOOR"],
      [{ pay: { amount: 1100, currency: "SAR" } }, "PAY_BELOW_ORDER"],
    ];
    for (const [change, code] of cases) {
      const f = { ...good, ...change };
      expect(colour(f), code).toBe("RED");
      expect(codes(f), code).toContain(code);
    }
  });

  it("a minimum not yet verified only warns", () => {
    const f: OfferFacts = {
      ...good,
      order: null,
      agency: { match: "ONE", agency: pwani, fromOrder: false },
      pay: { amount: 900, currency: "SAR" },
      floor: { ...good.floor!, tag: "unsure" },
    };
    expect(codes(f)).toContain("PAY_BELOW_FLOOR_UNVERIFIED");
    expect(codes(f)).not.toContain("PAY_BELOW_FLOOR");
    expect(colour({ ...f, order: good.order, pay: { amount: 1200, currency: "SAR" } })).toBe(
      "GREEN",
    );
    // No minimum known and pay in another money than the order's: never green on that.
    expect(colour({ ...good, floor: null, pay: { amount: 5, currency: "USD" } })).toBe("AMBER");
  });

  it("pay lawful only with housing and food says so without changing the colour", () => {
    const f = {
      ...good,
      floor: { ...good.floor!, amount: 1000, withoutHousingAndFood: 1800, currency: "SAR" },
    };
    expect(codes(f)).toContain("PAY_IF_HOUSED");
    expect(colour(f)).toBe("GREEN");
    // Where no minimum is known, nothing about the pay holds the offer back.
    expect(colour({ ...good, floor: null })).toBe("GREEN");
    expect(codes({ ...good, floor: null })).toContain("PAY_NO_FLOOR");
  });

  it("a number of an agency that may not recruit is red when no agency was named", () => {
    const f: OfferFacts = {
      ...good,
      order: null,
      agency: null,
      contact: { verdict: "AGENCY", agencyId: "z", agencyName: "Sahara", agencyStatus: "REVOKED" },
    };
    expect(colour(f)).toBe("RED");
    expect(codes(f)).toContain("AGENCY_NOT_ACTIVE");
  });

  it("the colour is the worst reason's, and the worst reasons come first", () => {
    const arb = fc.record({
      fee: fc.option(fc.constantFrom(0, 5000), { nil: null }),
      order: fc.option(fc.constantFrom(openOrder, { found: false as const }), { nil: null }),
      pay: fc.option(
        fc.record({
          amount: fc.integer({ min: 1, max: 3000 }),
          currency: fc.constantFrom("SAR", "USD"),
        }),
        { nil: null },
      ),
      contact: fc.option(fc.constantFrom(good.contact!, { verdict: "UNKNOWN" as const }), {
        nil: null,
      }),
    });
    fc.assert(
      fc.property(arb, (change) => {
        const v = offerVerdict({ ...good, ...change });
        const levels = v.reasons.map((r) => r.level);
        const rank = { bad: 0, warn: 1, info: 2, ok: 3 };
        expect([...levels].sort((a, b) => rank[a] - rank[b])).toEqual(levels);
        const expected = levels.includes("bad")
          ? "RED"
          : levels.includes("warn")
            ? "AMBER"
            : "GREEN";
        expect(v.colour).toBe(expected);
      }),
    );
  });
});
