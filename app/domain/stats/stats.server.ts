// Public statistics: agencies by status, contracts approved per destination and month, cases by
// category and outcome, check-in compliance. A few aggregate queries, cached per app server for a
// few minutes, so the page stays fast on a country's data and a burst of visitors costs nothing.
import { readDb } from "~/utils/db.server";
import { nairobiToday } from "~/utils/validation";
import { scorecardCounts } from "~/domain/scorecard/scorecard.server";
import { scorecardOf, type Scorecard } from "~/domain/scorecard/scorecard.rules";

const EAT_OFFSET_MS = 3 * 3_600_000;

export const STATS_TTL_MS = 5 * 60_000;
const APPROVED_STATES = ["APPROVED", "SIGNED", "DEPARTED", "ARRIVED", "COMPLETED"];

export type PublicStats = {
  generatedAt: string;
  agencies: { status: string; count: number }[];
  contracts: { month: string; country: string; count: number }[];
  cases: { category: string; status: string; count: number }[];
  checkIns: { due: number; answered: number; onTime: number; percentAnswered: number | null };
  /** The whole country's record after departure (issue 19 §3), as an agency's is counted. */
  afterDeparture: Scorecard;
  /**
   * Cases with trafficking indicators (issue 20 §4), aggregated: by destination, by indicator, and
   * the routes (home county → destination) with at least MIN_ROUTE_CASES cases, so a small route
   * cannot point at a person; the rest are counted together.
   */
  trafficking: {
    destinations: { country: string; count: number }[];
    indicators: { indicator: string; count: number }[];
    routes: { county: string; country: string; count: number }[];
    otherRoutes: number;
    minRouteCases: number;
  };
};

/** A route with fewer cases than this is not shown on its own (counted in "other routes"). */
export const MIN_ROUTE_CASES = 5;

async function compute(now: Date): Promise<PublicStats> {
  // Months as Kenya's calendar has them (EAT, UTC+3 all year): a contract approved at 01:00 on
  // 1 December in Nairobi counts in December.
  const [y, m] = nairobiToday(now).split("-").map(Number) as [number, number];
  const since = new Date(Date.UTC(y, m - 1 - 11, 1) - EAT_OFFSET_MS);
  const ninetyDaysAgo = new Date(now.getTime() - 90 * 86_400_000);
  const db = readDb();
  const [agencies, contracts, cases, checkIns, national, routes, indicators] = await Promise.all([
    db.agency.groupBy({ by: ["status"], _count: { _all: true } }),
    db.$queryRaw<{ month: string; country: string; count: bigint }[]>`
      SELECT to_char(date_trunc('month', "decidedAt" + interval '3 hours'), 'YYYY-MM') AS month, "countryCode" AS country, count(*) AS count
      FROM "Contract" WHERE "decidedAt" >= ${since} AND status::text = ANY(${APPROVED_STATES})
      GROUP BY 1, 2 ORDER BY 1, 2`,
    // Welfare cases only: a worker's question about her contract is not a problem abroad.
    db.case.groupBy({
      by: ["category", "status"],
      where: { category: { not: "CONTRACT_QUESTION" } },
      _count: { _all: true },
    }),
    db.$queryRaw<{ due: bigint; answered: bigint; on_time: bigint }[]>`
      SELECT count(*) AS due, count("answeredAt") AS answered, count(*) FILTER (WHERE "answeredAt" <= "dueAt" + interval '7 days') AS on_time
      FROM "CheckIn" WHERE "dueAt" >= ${ninetyDaysAgo} AND "dueAt" < ${now}`,
    scorecardCounts(null, now),
    // The destination is the contract's, else the employer's; the county is the worker's home.
    db.$queryRaw<{ country: string | null; county: string | null; count: bigint }[]>`
      SELECT COALESCE(k."countryCode", e."countryCode") AS country, ct."name" AS county, count(*) AS count
      FROM "Case" c
      LEFT JOIN "MissionRegistration" r ON r."id" = c."registrationId"
      LEFT JOIN "Contract" k ON k."id" = r."contractId"
      LEFT JOIN "Employer" e ON e."id" = c."employerId"
      LEFT JOIN "Worker" w ON w."id" = c."workerId"
      LEFT JOIN "County" ct ON ct."code" = w."countyCode"
      WHERE cardinality(c."indicators") > 0
      GROUP BY 1, 2`,
    db.$queryRaw<{ indicator: string; count: bigint }[]>`
      SELECT i::text AS indicator, count(*) AS count
      FROM "Case" c, unnest(c."indicators") AS i
      GROUP BY 1 ORDER BY 2 DESC, 1`,
  ]);
  const destinations = new Map<string, number>();
  let otherRoutes = 0;
  const shownRoutes: PublicStats["trafficking"]["routes"] = [];
  for (const r of routes) {
    const n = Number(r.count);
    if (r.country) destinations.set(r.country, (destinations.get(r.country) ?? 0) + n);
    if (r.country && r.county && n >= MIN_ROUTE_CASES)
      shownRoutes.push({ county: r.county, country: r.country, count: n });
    else otherRoutes += n;
  }
  const c = checkIns[0] ?? { due: 0n, answered: 0n, on_time: 0n };
  const due = Number(c.due);
  return {
    generatedAt: now.toISOString(),
    agencies: agencies
      .map((a) => ({ status: a.status, count: a._count._all }))
      .sort((a, b) => b.count - a.count),
    contracts: contracts.map((r) => ({
      month: r.month,
      country: r.country,
      count: Number(r.count),
    })),
    cases: cases.map((r) => ({ category: r.category, status: r.status, count: r._count._all })),
    checkIns: {
      due,
      answered: Number(c.answered),
      onTime: Number(c.on_time),
      percentAnswered: due ? Math.round((Number(c.answered) / due) * 100) : null,
    },
    afterDeparture: scorecardOf(national),
    trafficking: {
      destinations: [...destinations.entries()]
        .map(([country, count]) => ({ country, count }))
        .sort((a, b) => b.count - a.count || a.country.localeCompare(b.country)),
      indicators: indicators.map((r) => ({ indicator: r.indicator, count: Number(r.count) })),
      routes: shownRoutes.sort((a, b) => b.count - a.count || a.county.localeCompare(b.county)),
      otherRoutes,
      minRouteCases: MIN_ROUTE_CASES,
    },
  };
}

let cached: { at: number; value: Promise<PublicStats> } | null = null;

/** The statistics, at most STATS_TTL_MS old; concurrent first requests share one computation. */
export function publicStats(now = new Date()): Promise<PublicStats> {
  if (!cached || now.getTime() - cached.at > STATS_TTL_MS) {
    const value = compute(now);
    cached = { at: now.getTime(), value };
    value.catch(() => {
      if (cached?.value === value) cached = null; // a failure is not cached
    });
  }
  return cached.value;
}

/** For tests: forget the cached numbers. */
export function resetStatsCache() {
  cached = null;
}
