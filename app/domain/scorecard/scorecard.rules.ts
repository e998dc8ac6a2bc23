// An agency's scorecard (issue 19 §3): what happened to the workers it deployed in the last 24
// months, per 100 of them, so that a large agency and a small one compare fairly. Below a minimum
// number of deployments no rate is published: three workers make every rate 0 or 33, and one case
// would name a worker to anyone who knows her. Pure: counts in, what may be published out.

import { WORKER_CATEGORIES } from "~/domain/cases/case.rules";
import {
  MIN_RATINGS,
  publishedRatings,
  type PublishedRatings,
  type RatingCounts,
} from "./rating.rules";
import {
  MIN_DEBRIEFS,
  publishedDebriefs,
  type DebriefCounts,
  type PublishedDebriefs,
} from "./debrief.rules";
import { EARLY_REASONS } from "~/domain/returns/return.rules";

export type EarlyReason = (typeof EARLY_REASONS)[number];

export const SCORECARD_MONTHS = 24;
/** Fewer deployments than this and rates are not shown (the method page says why). */
export const MIN_DEPLOYMENTS = 20;

/**
 * Case categories that are a worker's distress abroad: what she or her family can report (never a
 * question about a contract before departure), and a family that cannot reach her.
 */
export const DISTRESS_CATEGORIES = [...WORKER_CATEGORIES, "CANNOT_REACH"] as const;
export type DistressCategory = (typeof DISTRESS_CATEGORIES)[number];

export type FeeCounts = {
  currency: string;
  reported: number;
  reportedAmount: number;
  refunded: number;
  refundedAmount: number;
  /** Median days from claim to confirmed refund; null when none was refunded. */
  medianDaysToRefund: number | null;
};

export type ScorecardCounts = {
  deployed: number;
  upheldComplaints: number;
  cases: Partial<Record<DistressCategory, number>>;
  substitutions: number;
  checkIns: { due: number; answered: number };
  fees: FeeCounts[];
  /** Ratings old enough to publish (rating.rules.ts), in the window. */
  ratings: RatingCounts;
  /** Workers back home before the contract's end, in the window, by why (issue 20 §3). */
  earlyReturns: Partial<Record<EarlyReason, number>>;
  /** Debriefs old enough to publish (debrief.rules.ts), in the window. */
  debriefs: DebriefCounts;
};

export type Scorecard = {
  months: number;
  minimum: number;
  /** Null below the minimum ("fewer than `minimum`"): with the page's other counts, an exact
   * small number could point to a worker. */
  deployed: number | null;
  /** False below the minimum: nothing but "fewer than the minimum" is shown. */
  published: boolean;
  perHundred: {
    upheldComplaints: number;
    distressCases: number;
    cases: Partial<Record<DistressCategory, number>>;
    substitutions: number;
    feeClaims: number;
    feesRefunded: number;
    earlyReturns: number;
    /** Early returns per 100 deployed, by why. */
    earlyReasons: Partial<Record<EarlyReason, number>>;
  } | null;
  /** Share of check-ins due that were answered, in per cent; null when none was due. */
  checkInCompliance: number | null;
  fees: FeeCounts[] | null;
  /** Fewer ratings than this and no average is shown. */
  ratingsMinimum: number;
  /** Null below either minimum (deployments, ratings). */
  ratings: PublishedRatings;
  /** Fewer debriefs than this and no share is shown. */
  debriefsMinimum: number;
  /** Null below either minimum (deployments, debriefs). */
  debriefs: PublishedDebriefs;
};

/** n per 100 of `of`, to one decimal. */
export const per100 = (n: number, of: number) => (of > 0 ? Math.round((n * 1000) / of) / 10 : 0);

/** The total of `counts` over `keys`, and each non-zero count per 100 of `of`. */
function perHundredBy<K extends string>(
  keys: readonly K[],
  counts: Partial<Record<K, number>>,
  of: number,
): [number, Partial<Record<K, number>>] {
  let total = 0;
  const each: Partial<Record<K, number>> = {};
  for (const k of keys) {
    const n = counts[k] ?? 0;
    total += n;
    if (n) each[k] = per100(n, of);
  }
  return [total, each];
}

export function scorecardOf(c: ScorecardCounts): Scorecard {
  const base = {
    months: SCORECARD_MONTHS,
    minimum: MIN_DEPLOYMENTS,
    ratingsMinimum: MIN_RATINGS,
    debriefsMinimum: MIN_DEBRIEFS,
  };
  if (c.deployed < MIN_DEPLOYMENTS)
    return {
      ...base,
      deployed: null,
      published: false,
      perHundred: null,
      checkInCompliance: null,
      fees: null,
      ratings: null,
      debriefs: null,
    };
  const [distress, cases] = perHundredBy(DISTRESS_CATEGORIES, c.cases, c.deployed);
  const [early, earlyReasons] = perHundredBy(EARLY_REASONS, c.earlyReturns, c.deployed);
  const sum = (k: "reported" | "refunded") => c.fees.reduce((t, f) => t + f[k], 0);
  return {
    ...base,
    deployed: c.deployed,
    published: true,
    perHundred: {
      upheldComplaints: per100(c.upheldComplaints, c.deployed),
      distressCases: per100(distress, c.deployed),
      cases,
      substitutions: per100(c.substitutions, c.deployed),
      feeClaims: per100(sum("reported"), c.deployed),
      feesRefunded: per100(sum("refunded"), c.deployed),
      earlyReturns: per100(early, c.deployed),
      earlyReasons,
    },
    checkInCompliance:
      c.checkIns.due > 0 ? Math.round((c.checkIns.answered * 1000) / c.checkIns.due) / 10 : null,
    fees: c.fees,
    ratings: publishedRatings(c.ratings),
    debriefs: publishedDebriefs(c.debriefs),
  };
}

/** The columns NEA sorts every agency's scorecard by (worst first). */
export const SCORECARD_SORTS = [
  "deployed",
  "upheld",
  "distress",
  "substitutions",
  "feeClaims",
  "unrefunded",
  "checkIns",
  "rating",
  "early",
  "unpaid",
] as const;
export type ScorecardSort = (typeof SCORECARD_SORTS)[number];
