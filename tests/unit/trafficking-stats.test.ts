// What /stats publishes of cases with trafficking indicators (issue 20 §4): no number under the
// minimum, anywhere — a review found a count of 1 on the only case in a country.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MIN_COUNT, publishTrafficking } from "~/domain/stats/trafficking-stats";

const rowArb = fc.record({
  country: fc.option(fc.constantFrom("SA", "QA", "AE", "OM"), { nil: null }),
  county: fc.option(fc.constantFrom("Kilifi", "Lamu", "Nairobi"), { nil: null }),
  count: fc.integer({ min: 1, max: 12 }),
});
const indicatorArb = fc.record({
  indicator: fc.constantFrom("DECEPTION", "ISOLATION", "WAGES_WITHHELD"),
  count: fc.integer({ min: 1, max: 12 }),
});

describe("the trafficking figures on /stats", () => {
  it("publish no number under the minimum, and lose no case in the routes' totals", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 12 }),
        fc.array(indicatorArb, { maxLength: 3 }),
        (rows, inds) => {
          const s = publishTrafficking(rows, inds, "2026-12-01");
          const numbers = [
            ...s.destinations.map((d) => d.count),
            ...s.indicators.map((d) => d.count),
            ...s.routes.map((d) => d.count),
            s.otherDestinations,
            s.otherRoutes,
          ];
          for (const n of numbers) expect(n === 0 || n >= MIN_COUNT).toBe(true);
          const total = rows.reduce((a, r) => a + r.count, 0);
          const shown = s.routes.reduce((a, r) => a + r.count, 0);
          // Every case is in a shown route or in "other routes" (unless that is too small to show).
          expect(shown + s.otherRoutes === total || total - shown < MIN_COUNT).toBe(true);
        },
      ),
    );
  });

  it("one case in a country shows nothing of it", () => {
    const s = publishTrafficking(
      [{ country: "SA", county: "Lamu", count: 1 }],
      [{ indicator: "ISOLATION", count: 1 }],
      "2026-12-01",
    );
    expect(s).toMatchObject({
      destinations: [],
      otherDestinations: 0,
      indicators: [],
      routes: [],
      otherRoutes: 0,
    });
  });
});
