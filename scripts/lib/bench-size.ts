// The bench dataset's size (scripts/bench-data.ts, scripts/bench-growth.ts).

/**
 * The registry's size, as its number of workers: `npm run bench:data -- 4m` (or BENCH_SIZE=250k).
 * Contracts, check-ins and cases grow with it in the default dataset's proportions; the agencies
 * (10,000) and employers stay as they are. BENCH_WORKERS and the others set one count alone.
 */
export function benchSize(arg: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec((arg ?? "1m").trim());
  const n = m ? Math.round(Number(m[1]) * { "": 1, k: 1e3, m: 1e6 }[m[2]!.toLowerCase()]!) : NaN;
  if (!(n >= 1000 && n <= 20_000_000))
    throw new Error(`A size is a number of workers from 1k to 20m (250k, 1m, 4m), not "${arg}"`);
  return n;
}
