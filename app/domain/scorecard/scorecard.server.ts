// Reads an agency's scorecard counts in one statement (issue 19 §3): deployments in the window (a
// worker the mission registered as arrived), and what followed for that agency in the same window.
// Every part is an index lookup by agency (see the scorecard indexes); the rules decide what may be
// published (scorecard.rules.ts).
import { Prisma } from "~/generated/prisma/client";
import { readDb } from "~/utils/db.server";
import {
  DISTRESS_CATEGORIES,
  SCORECARD_MONTHS,
  scorecardOf,
  type FeeCounts,
  type Scorecard,
  type ScorecardCounts,
} from "./scorecard.rules";
import {
  MIN_RATINGS_PER_MONTH,
  ratingsPublishedBefore,
  ratingsPublishedSince,
} from "./rating.rules";
import { nairobiToday } from "~/utils/validation";

/**
 * Each agency's ratings by Nairobi month, only the months with at least MIN_RATINGS_PER_MONTH
 * (rating.rules.ts): columns "agencyId", n, s (sum of scores), r (would recommend).
 */
export function publishedRatingMonths(filter: Prisma.Sql, since: Date, before: Date) {
  return Prisma.sql`
    SELECT "agencyId", count(*) AS n, sum(score) AS s, count(*) FILTER (WHERE recommend) AS r
    FROM "AgencyRating"
    WHERE ${filter} "ratedAt" >= ${since} AND "ratedAt" < ${before}
    GROUP BY "agencyId", date_trunc('month', "ratedAt" + interval '3 hours')
    HAVING count(*) >= ${MIN_RATINGS_PER_MONTH}`;
}

/**
 * Each agency's debriefs by Nairobi month, published as ratings are (debrief.rules.ts): only months
 * with at least MIN_RATINGS_PER_MONTH debriefs; columns "agencyId", n, and each answer's count.
 */
export function publishedDebriefMonths(filter: Prisma.Sql, since: Date, before: Date) {
  return Prisma.sql`
    SELECT w."agencyId", count(*) AS n,
      count(*) FILTER (WHERE d."paidInFull") AS "paidInFull",
      count(*) FILTER (WHERE d."passportKept") AS "passportKept",
      count(*) FILTER (WHERE d."contractRespected") AS "contractRespected",
      count(*) FILTER (WHERE d.abused) AS abused,
      count(*) FILTER (WHERE d."sameAgency") AS "sameAgency"
    FROM "ReturnDebrief" d JOIN "WorkerReturn" w ON w.id = d."returnId"
    WHERE ${filter} d."createdAt" >= ${since} AND d."createdAt" < ${before}
    GROUP BY w."agencyId", date_trunc('month', d."createdAt" + interval '3 hours')
    HAVING count(*) >= ${MIN_RATINGS_PER_MONTH}`;
}

/**
 * Returns before the contract's end, by agency and why, that landed in the window (Nairobi days):
 * columns "agencyId", reason, n. The agency's page, /stats and NEA's table read this one definition.
 */
export function earlyReturnRows(filter: Prisma.Sql, since: Date, now: Date) {
  return Prisma.sql`
    SELECT "agencyId", reason, count(*)::int AS n FROM "WorkerReturn"
    WHERE ${filter} early AND "returnedOn" >= ${nairobiToday(since)}::date
      AND "returnedOn" <= ${nairobiToday(now)}::date
    GROUP BY "agencyId", reason`;
}

export function windowStart(now = new Date()) {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - SCORECARD_MONTHS);
  return d;
}

type Row = {
  deployed: bigint;
  upheld: bigint;
  cases: Record<string, number> | null;
  substitutions: bigint;
  due: bigint;
  answered: bigint;
  fees: FeeCounts[] | null;
  rated: bigint;
  ratingSum: bigint | null;
  recommended: bigint;
  early: Record<string, number> | null;
  debriefs: bigint;
  paidInFull: bigint;
  passportKept: bigint;
  contractRespected: bigint;
  abused: bigint;
  sameAgency: bigint;
};

/** One agency's counts, or the whole country's (`agencyId` null: /stats). */
export async function scorecardCounts(
  agencyId: string | null,
  now = new Date(),
): Promise<ScorecardCounts> {
  const since = windowStart(now);
  const ratedBefore = ratingsPublishedBefore(now);
  const ratedSince = ratingsPublishedSince(now);
  // The agency's own rows through its indexes; nothing to filter for the country.
  const of = () => (agencyId ? Prisma.sql`"agencyId" = ${agencyId}::uuid AND` : Prisma.empty);
  const distress = Prisma.join(DISTRESS_CATEGORIES.map((c) => Prisma.sql`${c}::"CaseCategory"`));
  const [r] = await readDb().$queryRaw<Row[]>`
    WITH regs AS (
      SELECT id FROM "MissionRegistration"
      WHERE ${of()} "arrivedAt" >= ${since} AND "arrivedAt" <= ${now}
    ), checks AS (
      SELECT c."answeredAt" FROM "CheckIn" c JOIN regs ON regs.id = c."registrationId"
      WHERE c."dueAt" <= ${now}
    )
    SELECT
      (SELECT count(*) FROM regs) AS deployed,
      (SELECT count(*) FROM "Complaint" WHERE ${of()}
         status = 'UPHELD' AND "decidedAt" >= ${since}) AS upheld,
      (SELECT json_object_agg(category, n) FROM (
         SELECT category, count(*)::int AS n FROM "Case"
         WHERE ${of()} "createdAt" >= ${since}
           AND category IN (${distress})
         GROUP BY category) k) AS cases,
      (SELECT count(*) FROM "Contract" WHERE ${of()}
         "substitutionReportedAt" >= ${since}) AS substitutions,
      (SELECT count(*) FROM checks) AS due,
      (SELECT count(*) FROM checks WHERE "answeredAt" IS NOT NULL) AS answered,
      (SELECT json_agg(f ORDER BY f.currency) FROM (
         SELECT currency,
           count(*)::int AS reported,
           coalesce(sum(amount), 0)::float8 AS "reportedAmount",
           (count(*) FILTER (WHERE status = 'REFUNDED'))::int AS refunded,
           coalesce(sum(amount) FILTER (WHERE status = 'REFUNDED'), 0)::float8 AS "refundedAmount",
           (percentile_cont(0.5) WITHIN GROUP (
              ORDER BY extract(epoch FROM "refundedAt" - "createdAt") / 86400)
              FILTER (WHERE status = 'REFUNDED'))::float8 AS "medianDaysToRefund"
         FROM "RefundClaim"
         WHERE ${of()} "createdAt" >= ${since} AND status <> 'DISMISSED'
         GROUP BY currency) f) AS fees,
      (SELECT json_object_agg(reason, n) FROM (
         SELECT reason, sum(n)::int AS n FROM (${earlyReturnRows(of(), since, now)}) e0
         GROUP BY reason) e) AS early,
      rt.rated, rt."ratingSum", rt.recommended,
      db.n AS debriefs, db."paidInFull", db."passportKept", db."contractRespected", db.abused,
      db."sameAgency"
    FROM (SELECT coalesce(sum(n), 0) AS rated, sum(s) AS "ratingSum",
            coalesce(sum(r), 0) AS recommended
          FROM (${publishedRatingMonths(of(), ratedSince, ratedBefore)}) g) rt,
         (SELECT coalesce(sum(n), 0) AS n, coalesce(sum("paidInFull"), 0) AS "paidInFull",
            coalesce(sum("passportKept"), 0) AS "passportKept",
            coalesce(sum("contractRespected"), 0) AS "contractRespected",
            coalesce(sum(abused), 0) AS abused, coalesce(sum("sameAgency"), 0) AS "sameAgency"
          FROM (${publishedDebriefMonths(of(), ratedSince, ratedBefore)}) g) db`;
  return {
    deployed: Number(r!.deployed),
    upheldComplaints: Number(r!.upheld),
    cases: r!.cases ?? {},
    substitutions: Number(r!.substitutions),
    checkIns: { due: Number(r!.due), answered: Number(r!.answered) },
    fees: (r!.fees ?? []).map((f) => ({
      ...f,
      medianDaysToRefund:
        f.medianDaysToRefund === null ? null : Math.round(f.medianDaysToRefund * 10) / 10,
    })),
    ratings: {
      count: Number(r!.rated),
      sum: Number(r!.ratingSum ?? 0),
      recommended: Number(r!.recommended),
    },
    earlyReturns: r!.early ?? {},
    debriefs: {
      count: Number(r!.debriefs),
      paidInFull: Number(r!.paidInFull),
      passportKept: Number(r!.passportKept),
      contractRespected: Number(r!.contractRespected),
      abused: Number(r!.abused),
      sameAgency: Number(r!.sameAgency),
    },
  };
}

/** What the public may see of an agency's record after departure. */
export async function agencyScorecard(agencyId: string, now = new Date()): Promise<Scorecard> {
  return scorecardOf(await scorecardCounts(agencyId, now));
}
