// npm run bench:weight: bytes on the wire (gzip) for the first load of each public page and of the
// worker's pages: the HTML plus every script, module preload and stylesheet it links. Budget 60 KB.
// Runs the production build on the bench database (npm run bench:data first) and writes the table
// into docs/benchmarks.md.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import pg from "pg";
import { root } from "./lib/database.ts";
import { utcStamp, writeDocSection } from "./lib/doc-section.ts";
import { signedInCookie } from "./lib/sessions.ts";

const PORT = 3301;
const DB_PORT = 54359;
const BUDGET = 60 * 1024;
const dataDir = path.join(root, ".data", "bench-pg");
if (!existsSync(dataDir)) {
  console.error("No bench dataset: run `npm run bench:data` first.");
  process.exit(1);
}

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
      DATABASE_URL: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  },
);

/** The body's size as sent (gzip when the server compresses), and the body itself decoded. */
function get(
  pathname: string,
  cookie?: string,
): Promise<{ status: number; wire: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: pathname,
        headers: { "accept-encoding": "gzip", ...(cookie ? { cookie } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", async () => {
          const raw = Buffer.concat(chunks);
          const { gunzipSync } = await import("node:zlib");
          const body =
            res.headers["content-encoding"] === "gzip"
              ? gunzipSync(raw).toString("utf8")
              : raw.toString("utf8");
          resolve({ status: res.statusCode ?? 0, wire: raw.length, body });
        });
      },
    );
    req.on("error", reject);
    req.end();
  });
}

async function ready() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await get("/readyz")).status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become ready");
}

async function weigh(pathname: string, cookie?: string) {
  const page = await get(pathname, cookie);
  if (page.status !== 200) throw new Error(`${pathname} answered ${page.status}`);
  const assets = new Set<string>();
  for (const m of page.body.matchAll(
    /<(?:script|link)\b[^>]*?(?:src|href)="(\/[^"]+\.(?:js|css))"/g,
  ))
    assets.add(m[1]!);
  let js = 0,
    css = 0;
  for (const a of assets) {
    const r = await get(a);
    if (a.endsWith(".css")) css += r.wire;
    else js += r.wire;
  }
  return { pathname, html: page.wire, js, css, total: page.wire + js + css, files: assets.size };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)}`;

try {
  await ready();
  const client = new pg.Client({
    connectionString: `postgresql://postgres:postgres@127.0.0.1:${DB_PORT}/kazi_salama`,
  });
  await client.connect();
  const worker = await signedInCookie(client, "worker@demo.kazisalama.ke");
  const agency = (
    await client.query<{ id: string }>(
      `SELECT id FROM "Agency" WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`,
    )
  ).rows[0]!;
  await client.end();
  const pages: [string, string | undefined][] = [
    ["/", undefined],
    ["/?q=jamii", undefined],
    [`/agencies/${agency.id}`, undefined],
    ["/verify", undefined],
    ["/jobs", undefined],
    ["/training", undefined],
    ["/training/safe-migration/lessons/1", undefined],
    ["/report", undefined],
    ["/cannot-reach", undefined],
    ["/stats", undefined],
    ["/login", undefined],
    ["/register", undefined],
    ["/my/profile", worker],
    ["/my/contracts", worker],
    ["/my/departure", worker],
    ["/my/help", worker],
  ];
  const rows = [];
  for (const [p, cookie] of pages) rows.push({ ...(await weigh(p, cookie)), worker: !!cookie });
  const lines = [
    "| Page | HTML | JS | CSS | Total (KB, gzip) | Within 60 KB |",
    "|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.worker ? "(worker) " : ""}${r.pathname.replace(/\/agencies\/.+/, "/agencies/:id")} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} | **${kb(r.total)}** | ${r.total <= BUDGET ? "yes" : "NO"} |`,
    ),
  ];
  const table = lines.join("\n");
  console.info(`\n${table}\n`);
  writeDocSection(
    "docs/benchmarks.md",
    "weight",
    `Measured ${utcStamp()}: first load, nothing cached, gzip as served.\n\n${table}`,
  );
  if (rows.some((r) => r.total > BUDGET)) process.exitCode = 1;
} finally {
  await new Promise<void>((resolve) => {
    if (server.exitCode !== null) return resolve();
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}
