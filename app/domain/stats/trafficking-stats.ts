// What /stats publishes of cases with trafficking indicators (issue 20 §4), pure: aggregates only,
// and no number under MIN_COUNT — a destination, an indicator or a route with fewer cases is folded
// into "other" (itself shown only from MIN_COUNT), so a small count never points at one worker.
// The counts are as of the start of the month (stats.server.ts), so they change once a month.

/** The smallest count published. */
export const MIN_COUNT = 5;

export type TraffickingRow = { country: string | null; county: string | null; count: number };

export type TraffickingStats = {
  /** Cases counted: those whose indicators were recorded before this day (the month's start). */
  asOf: string;
  destinations: { country: string; count: number }[];
  otherDestinations: number;
  indicators: { indicator: string; count: number }[];
  routes: { county: string; country: string; count: number }[];
  otherRoutes: number;
  minCount: number;
};

const shown = (n: number) => (n >= MIN_COUNT ? n : 0);

export function publishTrafficking(
  rows: TraffickingRow[],
  indicatorRows: { indicator: string; count: number }[],
  asOf: string,
): TraffickingStats {
  const byCountry = new Map<string, number>();
  const routes: TraffickingStats["routes"] = [];
  let otherRoutes = 0;
  let unknownDestination = 0;
  for (const r of rows) {
    if (r.country) byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + r.count);
    else unknownDestination += r.count;
    if (r.country && r.county && r.count >= MIN_COUNT)
      routes.push({ county: r.county, country: r.country, count: r.count });
    else otherRoutes += r.count;
  }
  const destinations: TraffickingStats["destinations"] = [];
  let otherDestinations = unknownDestination;
  for (const [country, count] of byCountry)
    if (count >= MIN_COUNT) destinations.push({ country, count });
    else otherDestinations += count;
  return {
    asOf,
    destinations: destinations.sort(
      (a, b) => b.count - a.count || a.country.localeCompare(b.country),
    ),
    otherDestinations: shown(otherDestinations),
    indicators: indicatorRows
      .filter((r) => r.count >= MIN_COUNT)
      .sort((a, b) => b.count - a.count || a.indicator.localeCompare(b.indicator)),
    routes: routes.sort((a, b) => b.count - a.count || a.county.localeCompare(b.county)),
    otherRoutes: shown(otherRoutes),
    minCount: MIN_COUNT,
  };
}
