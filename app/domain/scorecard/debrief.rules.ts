// What returning workers said in their debriefs (issue 20 §3), as an agency's scorecard and /stats
// publish it. Pure.
//
// A debrief is one worker's account of one job, so it is published as a rating is (rating.rules.ts):
// never alone, only as shares of all debriefs, only once MIN_DEBRIEFS workers have answered, and
// only debriefs given before the start of the previous month (Nairobi), in whole months, and only
// months in which at least MIN_RATINGS_PER_MONTH workers of that agency answered. Watching the
// shares change never tells what one worker said. Below the deployment minimum nothing is published
// (scorecard.rules.ts).
import { MIN_RATINGS } from "./rating.rules";

/** The answers published, in the order they are shown. */
export const DEBRIEF_ANSWERS = [
  "paidInFull",
  "passportKept",
  "contractRespected",
  "abused",
  "sameAgency",
] as const;

/** Fewer debriefs than this and no share is published. */
export const MIN_DEBRIEFS = MIN_RATINGS;

/** Debriefs old enough to publish, with how many answered each question the way that counts. */
export type DebriefCounts = {
  count: number;
  paidInFull: number;
  /** The employer or the agency kept her passport. */
  passportKept: number;
  contractRespected: number;
  abused: number;
  /** Would go abroad again through the same agency. */
  sameAgency: number;
};

export const NO_DEBRIEFS: DebriefCounts = {
  count: 0,
  paidInFull: 0,
  passportKept: 0,
  contractRespected: 0,
  abused: 0,
  sameAgency: 0,
};

/** Whole per cent of the debriefs, each question the way the worker answered it. */
export type PublishedDebriefs =
  ({ count: number } & Record<(typeof DEBRIEF_ANSWERS)[number], number>) | null;

export function publishedDebriefs(c: DebriefCounts): PublishedDebriefs {
  if (c.count < MIN_DEBRIEFS) return null;
  const shares = Object.fromEntries(
    DEBRIEF_ANSWERS.map((k) => [k, Math.round((c[k] * 100) / c.count)]),
  ) as Record<(typeof DEBRIEF_ANSWERS)[number], number>;
  return { count: c.count, ...shares };
}
