// Workers' ratings (issue 19 §3): published only in aggregate, from a minimum count, and only ratings
// old enough that nobody can watch one arrive; only a deployment may rate.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  MIN_RATINGS,
  mayRate,
  publishedRatings,
  ratingPublishedFrom,
  ratingsPublishedBefore,
} from "~/domain/scorecard/rating.rules";

const eat = (iso: string) => new Date(`${iso}+03:00`);

describe("ratings", () => {
  it("publish nothing below the minimum count, and the mean and share at or above it", () => {
    fc.assert(
      fc.property(
        fc.nat(1000).chain((count) =>
          fc.record({
            count: fc.constant(count),
            sum: fc.integer({ min: count, max: 5 * count }),
            recommended: fc.nat(count),
          }),
        ),
        (c) => {
          const p = publishedRatings(c);
          if (c.count < MIN_RATINGS) {
            expect(p).toBeNull();
            return;
          }
          expect(p!.count).toBe(c.count);
          expect(Math.abs(p!.average - c.sum / c.count)).toBeLessThanOrEqual(0.051);
          expect(p!.average).toBeGreaterThanOrEqual(1);
          expect(p!.average).toBeLessThanOrEqual(5);
          expect(
            Math.abs(p!.recommendPercent - (100 * c.recommended) / c.count),
          ).toBeLessThanOrEqual(0.5);
        },
      ),
    );
    expect(publishedRatings({ count: MIN_RATINGS - 1, sum: 45, recommended: 9 })).toBeNull();
    expect(publishedRatings({ count: MIN_RATINGS, sum: 43, recommended: 7 })).toEqual({
      count: MIN_RATINGS,
      average: 4.3,
      recommendPercent: 70,
    });
  });

  it("count only ratings given before the start of the previous month, in Nairobi", () => {
    expect(ratingsPublishedBefore(eat("2026-12-02T10:00:00"))).toEqual(eat("2026-11-01T00:00:00"));
    // Just after midnight on 1 January in Nairobi is still 31 December in UTC.
    expect(ratingsPublishedBefore(eat("2027-01-01T00:30:00"))).toEqual(eat("2026-12-01T00:00:00"));
    expect(ratingsPublishedBefore(eat("2026-12-31T23:59:00"))).toEqual(eat("2026-11-01T00:00:00"));
  });

  it("a rating is published from the month after next, never sooner than a month after it is given", () => {
    expect(ratingPublishedFrom(eat("2026-10-31T23:00:00"))).toEqual(eat("2026-12-01T00:00:00"));
    expect(ratingPublishedFrom(eat("2026-11-01T00:00:00"))).toEqual(eat("2027-01-01T00:00:00"));
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2025-01-01"), max: new Date("2030-01-01"), noInvalidDate: true }),
        fc.nat(200 * 86_400_000),
        (ratedAt, later) => {
          const from = ratingPublishedFrom(ratedAt);
          expect(from.getTime() - ratedAt.getTime()).toBeGreaterThanOrEqual(28 * 86_400_000);
          // Counted exactly from then: the page's cut and the worker's promised date agree.
          const now = new Date(ratedAt.getTime() + later);
          expect(ratedAt < ratingsPublishedBefore(now)).toBe(now >= from);
        },
      ),
    );
  });

  it("only a deployment the mission recorded as arrived may rate", () => {
    const now = new Date("2026-12-02T10:00:00Z");
    expect(mayRate({ arrivedAt: null }, now)).toBe(false);
    expect(mayRate({ arrivedAt: new Date("2026-12-03T00:00:00Z") }, now)).toBe(false);
    expect(mayRate({ arrivedAt: new Date("2026-11-20T00:00:00Z") }, now)).toBe(true);
  });
});
