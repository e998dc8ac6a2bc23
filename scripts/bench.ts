// npm run bench: the production build on the bench dataset (npm run bench:data), loaded from this
// process over loopback with autocannon, 50 connections, a fixed time per route. Prints and writes
// to docs/benchmarks.md req/s and p50/p95/p99 latency for each route, and each route's throughput as
// a share of /ping, a route that does no work (the ceiling of this stack on this machine), and for
// the public look-ups as a share of the stack-free reference (scripts/bench-reference.ts: plain
// node:http and pg doing the same look-ups), measured in the same run.
import { DEMO_GATEWAY_SECRET } from "../app/auth/gateway.server.ts";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { root } from "./lib/database.ts";
import { utcStamp, writeDocSection } from "./lib/doc-section.ts";
import { signedInCookie } from "./lib/sessions.ts";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const DB_PORT = 54359;
const DB_URL = `postgresql://postgres:postgres@127.0.0.1:${DB_PORT}/kazi_salama`;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dataDir = path.join(root, ".data", "bench-pg");

if (!existsSync(dataDir)) {
  console.error("No bench dataset: run `npm run bench:data` first.");
  process.exit(1);
}

const log = (m: string) => process.stdout.write(`[bench] ${m}\n`);

// The production server on the bench database, in its own process (the demo accounts are loaded
// into it on first start, which gives the benchmark an attaché and an officer to act as).
const server = spawn(
  process.execPath,
  [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"],
  {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(DB_PORT),
      TRUST_PROXY: "true",
      DATABASE_URL: "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
server.stdout.on("data", () => {});
// The stack-free reference, in its own process like the app, on the same database.
const REF_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 3301);
const REF = `http://127.0.0.1:${REF_PORT}`;
const reference = spawn(
  process.execPath,
  [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/bench-reference.ts"],
  {
    cwd: root,
    env: { ...process.env, DATABASE_URL: DB_URL, PORT: String(REF_PORT), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  },
);
const kill = (p: import("node:child_process").ChildProcess) =>
  new Promise<void>((resolve) => {
    if (p.exitCode !== null) return resolve();
    p.once("exit", () => resolve());
    p.kill("SIGTERM");
  });
const stop = () => Promise.all([kill(server), kill(reference)]);

async function ready(url = `${BASE}/readyz`) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become ready");
}

const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

// `paths`: a different path on each request (so the public-page cache mostly misses).
type Target = {
  name: string;
  path: string;
  /** Another server (the stack-free reference). */
  base?: string;
  /** The reference row this route is compared with. */
  ref?: string;
  paths?: () => string;
  method?: "GET" | "POST";
  body?: () => string;
  cookie?: string;
};

function pct(sorted: number[], p: number) {
  if (!sorted.length) return 0;
  return (
    Math.round(
      sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! * 10,
    ) / 10
  );
}

/** Loads one route for `seconds`; latencies are collected from every response, so percentiles are exact. */
async function run(t: Target, seconds = SECONDS) {
  const latencies: number[] = [];
  const options: autocannon.Options = {
    url: `${t.base ?? BASE}${t.path}`,
    connections: CONNECTIONS,
    duration: seconds,
    method: t.method ?? "GET",
    headers: {
      ...(t.cookie ? { cookie: t.cookie } : {}),
      ...(t.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    // Each request comes from a different client (behind the reverse proxy), as real visitors do.
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, "x-forwarded-for": randomIp() },
          ...(t.body ? { body: t.body() } : {}),
          ...(t.paths ? { path: t.paths() } : {}),
        }),
      },
    ],
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, res) => (err ? reject(err) : resolve(res)));
    instance.on(
      "response",
      (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
        latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    name: t.name,
    ref: t.ref,
    rps: result.requests.average,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function main() {
  log("starting the production build on the bench dataset…");
  await ready();
  await ready(`${REF}/ping`);
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  const agency = (
    await client.query<{ id: string; licenceNo: string }>(
      `SELECT id, "licenceNo" FROM "Agency" WHERE status = 'ACTIVE' AND name LIKE '% (bench)' ORDER BY id LIMIT 1 OFFSET 4321`,
    )
  ).rows[0]!;
  const clearance = (
    await client.query<{ code: string }>(
      `SELECT code FROM "DepartureClearance" ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 4 FROM "DepartureClearance")`,
    )
  ).rows[0]!;
  const riyadh = (
    await client.query<{ id: string }>(`SELECT id FROM "Mission" WHERE slug = 'riyadh'`)
  ).rows[0]!;
  const deep = (
    await client.query<{ id: string }>(
      // Half-way down the mission's list, whatever the dataset's size.
      `SELECT id FROM "MissionRegistration" WHERE "missionId" = $1 ORDER BY id DESC LIMIT 1
        OFFSET (SELECT count(*) / 2 FROM "MissionRegistration" WHERE "missionId" = $1)`,
      [riyadh.id],
    )
  ).rows[0]!;
  // Many different agencies and codes, for the runs where the public-page cache cannot help.
  const agencies = (
    await client.query<{ id: string; licenceNo: string }>(
      `SELECT id, "licenceNo" FROM "Agency" WHERE status <> 'PENDING' AND name LIKE '% (bench)' ORDER BY random() LIMIT 10000`,
    )
  ).rows;
  const codes = (
    await client.query<{ code: string }>(
      `SELECT code FROM "DepartureClearance" ORDER BY random() LIMIT 10000`,
    )
  ).rows.map((r) => r.code);
  const any = <T>(a: T[]) => a[Math.floor(Math.random() * a.length)]!;
  const letters = "abcdefghijklmnoprstuvwy";
  const word = () =>
    Array.from({ length: 3 }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
  const attache = await signedInCookie(client, "attache.riyadh@demo.kazisalama.ke");
  const officer = await signedInCookie(client, "officer@demo.kazisalama.ke");
  await client.end();

  const R_LICENCE = "reference: licence look-up, 10,000 in turn";
  const R_AGENCY = "reference: agency by id, 10,000 in turn";
  const R_VERIFY = "reference: verify a code, 10,000 in turn";
  const R_SEARCH = "reference: search, varied";
  const targets: Target[] = [
    { name: "ceiling: /ping (no work)", path: "/ping" },
    // The stack-free reference (node:http + pg, same look-ups): what the app's look-ups compare with.
    { name: "reference: no work (node:http)", path: "/ping", base: REF },
    {
      name: R_LICENCE,
      path: "/",
      base: REF,
      paths: () => `/agencies/by-licence/${encodeURIComponent(any(agencies).licenceNo)}`,
    },
    {
      name: R_AGENCY,
      path: "/",
      base: REF,
      paths: () => `/agencies/${any(agencies).id}`,
    },
    { name: R_VERIFY, path: "/", base: REF, paths: () => `/verify/${any(codes)}` },
    {
      name: R_SEARCH,
      path: "/",
      base: REF,
      paths: () => `/search?q=${word()}&county=${1 + Math.floor(Math.random() * 47)}`,
    },
    { name: "agency search /?q=jamii (same search: cached)", path: "/?q=jamii" },
    {
      name: "agency search, varied (/?q=3 letters&county=)",
      path: "/",
      ref: R_SEARCH,
      paths: () => `/?q=${word()}&county=${1 + Math.floor(Math.random() * 47)}`,
    },
    { name: "agency page, same agency (a news burst: cached)", path: `/agencies/${agency.id}` },
    {
      name: "agency page, 10,000 agencies in turn (uncached)",
      path: "/",
      ref: R_AGENCY,
      paths: () => `/agencies/${any(agencies).id}`,
    },
    {
      name: "API /api/v1/agencies/:licenceNo (same: cached)",
      path: `/api/v1/agencies/${agency.licenceNo}`,
    },
    {
      name: "API /api/v1/agencies/:licenceNo, 10,000 in turn",
      path: "/",
      ref: R_LICENCE,
      paths: () => `/api/v1/agencies/${any(agencies).licenceNo}`,
    },
    { name: "verify /verify/:code (same: cached)", path: `/verify/${clearance.code}` },
    {
      name: "verify /verify/:code, 10,000 codes in turn",
      path: "/",
      ref: R_VERIFY,
      paths: () => `/verify/${any(codes)}`,
    },
    {
      name: "API /api/v1/verify/:code, 10,000 codes in turn",
      path: "/",
      ref: R_VERIFY,
      paths: () => `/api/v1/verify/${any(codes)}`,
    },
    {
      name: "USSD (verify a code)",
      ref: R_VERIFY,
      path: `/ussd?key=${DEMO_GATEWAY_SECRET}`, // bench:data runs the embedded (demo) database
      method: "POST",
      body: () =>
        `sessionId=${randomBytes(6).toString("hex")}&phoneNumber=%2B2547${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}&text=1*3*${clearance.code}`,
    },
    { name: "attaché: workers, first page", path: "/mission", cookie: attache },
    {
      name: "attaché: workers, deep cursor page",
      path: `/mission?after=${deep.id}`,
      cookie: attache,
    },
    { name: "NEA: contract queue", path: "/nea/contracts", cookie: officer },
  ];
  // BENCH_ONLY="attaché|NEA" measures only the routes whose names contain one of these (and /ping),
  // for a quick before/after; the document is written only by a full run. BENCH_RESULTS=<file>
  // also writes the rows as JSON (npm run bench:growth reads them).
  const only = (process.env.BENCH_ONLY ?? "").split("|").filter(Boolean);
  const chosen = only.length
    ? targets.filter((t, i) => i === 0 || only.some((o) => t.name.includes(o)))
    : targets;
  const rows = [];
  for (const t of chosen) {
    log(`${t.name} (${SECONDS} s, ${CONNECTIONS} connections)…`);
    await run(t, 2); // warm-up: connections, caches, the JIT
    rows.push(await run(t));
  }
  const ceiling = rows[0]!.rps;
  const byName = new Map(rows.map((r) => [r.name, r]));
  const share = (a: number, b: number) => `${Math.round((a / b) * 100)} %`;
  const lines = [
    "| Route | req/s | p50 ms | p95 ms | p99 ms | non-2xx | share of /ping | share of the reference |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => {
      const ref = r.ref ? byName.get(r.ref) : undefined;
      return `| ${r.name} | ${Math.round(r.rps)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${share(r.rps, ceiling)} | ${ref ? share(r.rps, ref.rps) : ""} |`;
    }),
  ];
  const table = lines.join("\n");
  if (process.env.BENCH_RESULTS) writeFileSync(process.env.BENCH_RESULTS, JSON.stringify(rows));
  console.info(`\n${table}\n`);
  const stamp = `Measured ${utcStamp()}, ${CONNECTIONS} connections, ${SECONDS} s per route after a warm-up run, on this machine (${process.arch}, Node ${process.version}).`;
  if (only.length) return log("BENCH_ONLY: docs/benchmarks.md is left as it was");
  writeDocSection(
    "docs/benchmarks.md",
    "bench",
    `${stamp}

${table}`,
  );
  log("written to docs/benchmarks.md");
}

try {
  await main();
} finally {
  await stop();
}
