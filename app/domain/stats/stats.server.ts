// Public statistics: agencies by status, contracts approved per destination and month, cases by
// category and outcome, check-in compliance. A few aggregate queries, cached per app server for a
// few minutes, so the page stays fast on a country's data and a burst of visitors costs nothing.
import { readDb } from "~/utils/db.server";
import { nairobiToday } from "~/utils/validation";
import { scorecardCounts } from "~/domain/scorecard/scorecard.server";
import { scorecardOf, type Scorecard } from "~/domain/scorecard/scorecard.rules";
import { publishTrafficking, type TraffickingStats } from "./trafficking-stats";

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
  /** Cases with trafficking indicators (issue 20 §4): aggregates only (trafficking-stats.ts). */
  trafficking: TraffickingStats;
};

async function compute(now: Date): Promise<PublicStats> {
  // Months as Kenya's calendar has them (EAT, UTC+3 all year): a contract approved at 01:00 on
  // 1 December in Nairobi counts in December.
  const [y, m] = nairobiToday(now).split("-").map(Number) as [number, number];
  const since = new Date(Date.UTC(y, m - 1 - 11, 1) - EAT_OFFSET_MS);
  const ninetyDaysAgo = new Date(now.getTime() - 90 * 86_400_000);
  // Cases with trafficking indicators are counted as of the month's start (Nairobi): the public
  // numbers change once a month, not the day an attaché records what she found.
  const monthStart = new Date(Date.UTC(y, m - 1, 1) - EAT_OFFSET_MS);
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
      WHERE cardinality(c."indicators") > 0 AND c."indicatorsAt" < ${monthStart}
      GROUP BY 1, 2`,
    db.$queryRaw<{ indicator: string; count: bigint }[]>`
      SELECT i::text AS indicator, count(*) AS count
      FROM "Case" c, unnest(c."indicators") AS i
      WHERE c."indicatorsAt" < ${monthStart}
      GROUP BY 1`,
  ]);
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
    trafficking: publishTrafficking(
      routes.map((r) => ({ country: r.country, county: r.county, count: Number(r.count) })),
      indicators.map((r) => ({ indicator: r.indicator, count: Number(r.count) })),
      `${y}-${String(m).padStart(2, "0")}-01`,
    ),
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
