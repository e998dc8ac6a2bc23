// Every agency's scorecard side by side, for NEA to choose where to inspect (issue 19 §3): one
// grouped statement over the same window and counts as an agency's own page, sorted by any column,
// a page at a time or whole as CSV. NEA sees rates below the minimum too (marked): suppression
// protects workers from the public, not from the authority that protects them.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { Prisma } from "~/generated/prisma/client";
import { readDb } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";
import { csvLines } from "~/utils/csv.server";
import {
  DISTRESS_CATEGORIES,
  MIN_DEPLOYMENTS,
  SCORECARD_SORTS,
  type ScorecardSort,
} from "./scorecard.rules";
import {
  earlyReturnRows,
  publishedDebriefMonths,
  publishedRatingMonths,
  windowStart,
} from "./scorecard.server";
import { MIN_DEBRIEFS } from "./debrief.rules";
import { MIN_RATINGS, ratingsPublishedBefore, ratingsPublishedSince } from "./rating.rules";

/** The sort a page's address asks for; fee claims not refunded by default. */
export function scorecardSortOf(url: URL): ScorecardSort {
  const s = url.searchParams.get("sort");
  return SCORECARD_SORTS.includes(s as ScorecardSort) ? (s as ScorecardSort) : "unrefunded";
}

// Fixed SQL for each sort (never the caller's text); the worst first, check-ins lowest first.
const ORDER: Record<ScorecardSort, Prisma.Sql> = {
  deployed: Prisma.sql`deployed DESC`,
  upheld: Prisma.sql`upheld DESC`,
  distress: Prisma.sql`distress DESC`,
  substitutions: Prisma.sql`substitutions DESC`,
  feeClaims: Prisma.sql`"feeClaims" DESC`,
  unrefunded: Prisma.sql`unrefunded DESC`,
  checkIns: Prisma.sql`"checkIns" ASC NULLS LAST`,
  rating: Prisma.sql`rating ASC NULLS LAST`,
  early: Prisma.sql`early DESC`,
  unpaid: Prisma.sql`unpaid DESC NULLS LAST`,
};

export type ScorecardRow = {
  id: string;
  name: string;
  licenceNo: string | null;
  status: string;
  deployed: number;
  belowMinimum: boolean;
  /** Per 100 deployed. */
  upheld: number;
  distress: number;
  substitutions: number;
  feeClaims: number;
  unrefunded: number;
  /** Per cent of check-ins due that were answered; null when none was due. */
  checkIns: number | null;
  /** Mean rating out of 5, as published (rating.rules.ts); null below the minimum. */
  rating: number | null;
  /** Ratings published; 0 below the minimum. */
  ratings: number;
  /** Returns before the contract's end, per 100 deployed. */
  early: number;
  /** Per cent of published debriefs not paid in full (debrief.rules.ts); null below the minimum. */
  unpaid: number | null;
  /** Debriefs published; 0 below the minimum. */
  debriefs: number;
};

export const SCORECARD_PAGE = 50;

async function rows(sort: ScorecardSort, limit: number | null, offset: number, now: Date) {
  const since = windowStart(now);
  const ratedBefore = ratingsPublishedBefore(now);
  const ratedSince = ratingsPublishedSince(now);
  const distress = Prisma.join(DISTRESS_CATEGORIES.map((c) => Prisma.sql`${c}::"CaseCategory"`));
  const page = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  const per100 = (col: Prisma.Sql) =>
    Prisma.sql`round(100.0 * coalesce(${col}, 0) / dep.n, 1)::float8`;
  return readDb().$queryRaw<
    (Omit<ScorecardRow, "belowMinimum" | "deployed" | "ratings" | "debriefs"> & {
      deployed: bigint;
      ratings: bigint | null;
      debriefs: bigint | null;
    })[]
  >`
    WITH dep AS (
      SELECT "agencyId", count(*) AS n FROM "MissionRegistration"
      WHERE "arrivedAt" >= ${since} AND "arrivedAt" <= ${now} GROUP BY 1
    ), up AS (
      SELECT "agencyId", count(*) AS n FROM "Complaint"
      WHERE status = 'UPHELD' AND "decidedAt" >= ${since} AND "agencyId" IS NOT NULL GROUP BY 1
    ), cs AS (
      SELECT "agencyId", count(*) AS n FROM "Case"
      WHERE "createdAt" >= ${since} AND category IN (${distress}) AND "agencyId" IS NOT NULL
      GROUP BY 1
    ), sub AS (
      SELECT "agencyId", count(*) AS n FROM "Contract"
      WHERE "substitutionReportedAt" >= ${since} GROUP BY 1
    ), fee AS (
      SELECT "agencyId", count(*) AS n, count(*) FILTER (WHERE status <> 'REFUNDED') AS open
      FROM "RefundClaim" WHERE "createdAt" >= ${since} AND status <> 'DISMISSED' GROUP BY 1
    ), ci AS (
      SELECT g."agencyId", count(*) AS due, count(c."answeredAt") AS answered
      FROM "CheckIn" c JOIN "MissionRegistration" g ON g.id = c."registrationId"
      WHERE g."arrivedAt" >= ${since} AND g."arrivedAt" <= ${now} AND c."dueAt" <= ${now}
      GROUP BY 1
    ), rt AS (
      -- The public's rule (rating.rules.ts), for NEA too: no average below the minimum, whole
      -- months of at least three ratings: an official reading one worker's rating could tie it
      -- to her.
      SELECT "agencyId", sum(n) AS n, round(sum(s)::numeric / sum(n), 1)::float8 AS mean
      FROM (${publishedRatingMonths(Prisma.empty, ratedSince, ratedBefore)}) g
      GROUP BY 1 HAVING sum(n) >= ${MIN_RATINGS}
    ), ret AS (
      SELECT "agencyId", sum(n) AS n FROM (${earlyReturnRows(Prisma.empty, since, now)}) e
      GROUP BY 1
    ), deb AS (
      -- Debriefs as the public reads them (debrief.rules.ts), for the same reason as ratings.
      SELECT "agencyId", sum(n) AS n,
        round(100.0 * (sum(n) - sum("paidInFull")) / sum(n))::float8 AS unpaid
      FROM (${publishedDebriefMonths(Prisma.empty, ratedSince, ratedBefore)}) g
      GROUP BY 1 HAVING sum(n) >= ${MIN_DEBRIEFS}
    )
    SELECT a.id, a.name, a."licenceNo", a.status::text AS status, dep.n AS deployed,
      ${per100(Prisma.sql`up.n`)} AS upheld,
      ${per100(Prisma.sql`cs.n`)} AS distress,
      ${per100(Prisma.sql`sub.n`)} AS substitutions,
      ${per100(Prisma.sql`fee.n`)} AS "feeClaims",
      ${per100(Prisma.sql`fee.open`)} AS unrefunded,
      CASE WHEN ci.due > 0 THEN round(100.0 * ci.answered / ci.due, 1)::float8 END AS "checkIns",
      rt.mean AS rating, rt.n AS ratings,
      ${per100(Prisma.sql`ret.n`)} AS early,
      deb.unpaid, deb.n AS debriefs
    FROM dep
    JOIN "Agency" a ON a.id = dep."agencyId"
    LEFT JOIN up ON up."agencyId" = dep."agencyId"
    LEFT JOIN cs ON cs."agencyId" = dep."agencyId"
    LEFT JOIN sub ON sub."agencyId" = dep."agencyId"
    LEFT JOIN fee ON fee."agencyId" = dep."agencyId"
    LEFT JOIN ci ON ci."agencyId" = dep."agencyId"
    LEFT JOIN rt ON rt."agencyId" = dep."agencyId"
    LEFT JOIN ret ON ret."agencyId" = dep."agencyId"
    LEFT JOIN deb ON deb."agencyId" = dep."agencyId"
    ORDER BY ${ORDER[sort]}, a.id
    ${page}`;
}

const shaped = (r: Awaited<ReturnType<typeof rows>>[number]): ScorecardRow => ({
  ...r,
  deployed: Number(r.deployed),
  ratings: Number(r.ratings ?? 0),
  debriefs: Number(r.debriefs ?? 0),
  belowMinimum: Number(r.deployed) < MIN_DEPLOYMENTS,
});

function requireNea(actor: User) {
  if (!can(actor, "case:oversee")) throw forbidden();
}

/** A page of agencies with deployments in the window, sorted (page numbers from 1). */
export async function scorecardTable(
  actor: User,
  sort: ScorecardSort,
  page: number,
  now = new Date(),
) {
  requireNea(actor);
  const p = Math.max(1, Math.min(Math.trunc(page) || 1, 10_000));
  const r = await rows(sort, SCORECARD_PAGE + 1, (p - 1) * SCORECARD_PAGE, now);
  return {
    rows: r.slice(0, SCORECARD_PAGE).map(shaped),
    page: p,
    more: r.length > SCORECARD_PAGE,
  };
}

/** The whole table as CSV, in the same order. */
export async function scorecardCsv(actor: User, sort: ScorecardSort, now = new Date()) {
  requireNea(actor);
  const all = (await rows(sort, null, 0, now)).map(shaped);
  return csvLines([
    [
      "agency",
      "licence_no",
      "status",
      "deployed_24_months",
      "below_minimum",
      "upheld_complaints_per_100",
      "requests_for_help_per_100",
      "substitution_reports_per_100",
      "fee_claims_per_100",
      "fee_claims_not_refunded_per_100",
      "check_ins_answered_percent",
      "rating_average_of_5",
      "ratings",
      "early_returns_per_100",
      "not_paid_in_full_percent",
      "debriefs",
    ],
    ...all.map((r) => [
      r.name,
      r.licenceNo ?? "",
      r.status,
      String(r.deployed),
      r.belowMinimum ? "yes" : "no",
      String(r.upheld),
      String(r.distress),
      String(r.substitutions),
      String(r.feeClaims),
      String(r.unrefunded),
      r.checkIns === null ? "" : String(r.checkIns),
      r.rating === null ? "" : String(r.rating),
      String(r.ratings),
      String(r.early),
      r.unpaid === null ? "" : String(r.unpaid),
      String(r.debriefs),
    ]),
  ]);
}
