// Workers' ratings of the agency that deployed them (issue 19 §3). Pure.
//
// - Only a deployment may rate: a registration whose arrival the mission confirmed (a contract NEA
//   approved and she signed, and she arrived). One rating per deployment; she may change it.
// - Never shown alone: published as an average, only once MIN_RATINGS workers have rated, and only
//   ratings given before the start of the previous month (Nairobi time), in whole months, and only
//   months in which at least MIN_RATINGS_PER_MONTH workers rated the agency. A new rating therefore
//   appears between one and two months later with that month's others, and leaves with them:
//   nobody can watch the average move and tell what one worker said.
// - Final once published: changing it then would show her old rating leaving.

export const RATING_SCORES = [1, 2, 3, 4, 5] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/** Fewer ratings than this and no average is published. */
export const MIN_RATINGS = 10;
/**
 * A month's ratings of an agency are published only if at least this many were given that month:
 * the published figures then change a month's group at a time, never by one rating, so watching
 * them change never tells what one worker said (an independent review).
 */
export const MIN_RATINGS_PER_MONTH = 3;
/** Months of ratings published, counted back from `ratingsPublishedBefore`, whole months. */
export const RATING_MONTHS = 24;

const NAIROBI_OFFSET_MS = 3 * 3600_000; // UTC+3 all year

/**
 * Ratings given before this instant are published: the start of the previous month in Nairobi.
 * On 2 December that is 1 November 00:00 EAT; a rating given on 31 October appears on 1 December,
 * one given on 1 November on 1 January.
 */
export function ratingsPublishedBefore(now: Date): Date {
  const local = new Date(now.getTime() + NAIROBI_OFFSET_MS);
  const start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - 1, 1);
  return new Date(start - NAIROBI_OFFSET_MS);
}

/** The oldest ratings published: whole months, so ratings leave the window a month's group at a time. */
export function ratingsPublishedSince(now: Date): Date {
  const before = new Date(ratingsPublishedBefore(now).getTime() + NAIROBI_OFFSET_MS);
  const start = Date.UTC(before.getUTCFullYear(), before.getUTCMonth() - RATING_MONTHS, 1);
  return new Date(start - NAIROBI_OFFSET_MS);
}

/** When a rating given at `ratedAt` joins the published average: the month after next, in Nairobi. */
export function ratingPublishedFrom(ratedAt: Date): Date {
  const local = new Date(ratedAt.getTime() + NAIROBI_OFFSET_MS);
  const start = Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 2, 1);
  return new Date(start - NAIROBI_OFFSET_MS);
}

/** Whether a registration is a deployment its worker may rate: the mission confirmed her arrival. */
export function mayRate(r: { arrivedAt: Date | null }, now: Date): boolean {
  return !!r.arrivedAt && r.arrivedAt.getTime() <= now.getTime();
}

export type RatingCounts = { count: number; sum: number; recommended: number };

export type PublishedRatings = {
  count: number;
  /** Mean score out of 5, to one decimal. */
  average: number;
  /** Per cent who would recommend the agency, whole number. */
  recommendPercent: number;
} | null;

/** What may be published of an agency's ratings: nothing below MIN_RATINGS. */
export function publishedRatings(c: RatingCounts): PublishedRatings {
  if (c.count < MIN_RATINGS) return null;
  return {
    count: c.count,
    average: Math.round((c.sum * 10) / c.count) / 10,
    recommendPercent: Math.round((c.recommended * 100) / c.count),
  };
}
