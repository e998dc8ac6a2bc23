// npm run bench:growth: how cost grows with the registry (issue 18). For each size (workers; 250k,
// 4m, then 1m by default, so the bench database is left at the usual 1M), regenerates the bench
// dataset (npm run bench:data -- <size>) and loads the routes whose cost could grow with it
// (scripts/bench.ts, BENCH_ONLY). Writes the table of req/s and p50/p95 per size, and each route's
// p95 at the largest size as a multiple of the smallest, to docs/benchmarks.md ("growth").
//   BENCH_GROWTH_SIZES=250k,4m,1m   the sizes, in the order they are generated
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { root } from "./lib/database.ts";
import { utcStamp, writeDocSection } from "./lib/doc-section.ts";
import { benchSize } from "./lib/bench-size.ts";

const sizes = (process.env.BENCH_GROWTH_SIZES ?? "250k,4m,1m").split(",").map((s) => s.trim());
sizes.forEach((s) => benchSize(s)); // a bad size stops here, before an hour of work
/** The routes whose work could depend on how many workers, contracts and cases there are. */
const ROUTES = [
  "(uncached)",
  "licenceNo, 10,000",
  "verify/:code, 10,000",
  "USSD",
  "varied",
  "attaché",
  "NEA",
];

type Row = { name: string; rps: number; p50: number; p95: number; p99: number; errors: number };
const log = (m: string) => process.stdout.write(`[growth] ${m}\n`);
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [tsx, ...args], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed`);
}

const results = new Map<string, Row[]>();
for (const size of sizes) {
  log(`${size} workers: generating the dataset…`);
  run(["scripts/bench-data.ts", size], {});
  log(`${size} workers: loading the routes…`);
  const file = path.join(root, ".data", `bench-growth-${size}.json`);
  run(["scripts/bench.ts"], { BENCH_ONLY: ROUTES.join("|"), BENCH_RESULTS: file });
  results.set(size, JSON.parse(readFileSync(file, "utf8")) as Row[]);
  rmSync(file);
}

const order = [...sizes].sort((a, b) => benchSize(a) - benchSize(b));
const [smallest, largest] = [order[0]!, order[order.length - 1]!];
const names = results.get(smallest)!.map((r) => r.name);
const cell = (size: string, name: string) => results.get(size)!.find((r) => r.name === name);
const lines = [
  `| Route | ${order.map((s) => `${s}: req/s · p50 · p95 ms`).join(" | ")} | p95 at ${largest} ÷ at ${smallest} | the same, ÷ the no-work route's |`,
  `|---|${order.map(() => "---|").join("")}---|---|`,
  ...names.map((name) => {
    const cells = order.map((s) => {
      const r = cell(s, name);
      return r
        ? `${Math.round(r.rps)} · ${r.p50} · ${r.p95}${r.errors ? ` (${r.errors} non-2xx)` : ""}`
        : "—";
    });
    const a = cell(smallest, name);
    const b = cell(largest, name);
    const ratio = a && b && a.p95 > 0 ? `${(b.p95 / a.p95).toFixed(2)}×` : "—";
    // This machine's own speed varies between runs minutes apart: the no-work route measured in the
    // same run at each size tells how much, and the growth due to the data is the ratio of ratios.
    const [pa, pb] = [cell(smallest, names[0]!), cell(largest, names[0]!)];
    const adjusted =
      a && b && pa && pb && a.p95 > 0 && pb.p95 > 0
        ? `${(b.p95 / a.p95 / (pb.p95 / pa.p95)).toFixed(2)}×`
        : "—";
    return `| ${name} | ${cells.join(" | ")} | ${ratio} | ${adjusted} |`;
  }),
];
const table = lines.join("\n");
console.info(`\n${table}\n`);
writeDocSection(
  "docs/benchmarks.md",
  "growth",
  `Measured ${utcStamp()}: the dataset regenerated at each size (workers; contracts, check-ins and cases in proportion; 10,000 agencies throughout), then each route loaded as in the table above.

${table}`,
);
log("written to docs/benchmarks.md");
