// What every fault drill stands on: its own embedded PostgreSQL (wiped each run) holding the demo
// data plus a small generated dataset, a real SMTP server on loopback that can be taken down and
// brought back, and the production build as a separate app process that can be killed.
import { DEMO_GATEWAY_SECRET } from "../../app/auth/gateway.server.ts";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { root } from "../lib/database.ts";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/embedded-postgres.ts";
import { prepareDatabase } from "../lib/prepare.ts";
import { signedInCookie } from "../lib/sessions.ts";

export const log = (m: string) => process.stdout.write(`[drills] ${m}\n`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const DRILL_CHECKPOINT_KEY = "drill-audit-checkpoint-key-0123456789abcdef";

export const PG = {
  dataDir: path.join(root, ".data", "drill-pg"),
  port: Number(process.env.DRILL_PG_PORT ?? 54369),
  database: "kazi_salama",
};
/** The drill app's UPLOAD_DIR (wiped each run; never the demo's). */
export const DRILL_UPLOADS = path.join(root, ".data", "drill-uploads");
export const APP_PORT = Number(process.env.DRILL_APP_PORT ?? 3302);
export const BASE = `http://127.0.0.1:${APP_PORT}`;

export type DrillResult = { name: string; passed: boolean; facts: string[] };

/** The database: started fresh, migrated, demo data, then a small generated dataset. */
export async function startDatabase(): Promise<EmbeddedDatabase> {
  rmSync(PG.dataDir, { recursive: true, force: true });
  rmSync(DRILL_UPLOADS, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ ...PG, log });
  await prepareDatabase(db.url, { demo: true, log });
  log("Generating a small dataset (npm run bench:data at a small size)…");
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-data.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      BENCH_AGENCIES: "200",
      BENCH_WORKERS: "6000",
      BENCH_CONTRACTS: "4000",
      BENCH_CHECKINS: "4000",
      BENCH_CASES: "400",
    },
  });
  if (r.status !== 0) throw new Error("bench-data failed");
  return db;
}

export async function restartDatabase(): Promise<EmbeddedDatabase> {
  return startEmbeddedPostgres({ ...PG, log });
}

/** The production build in its own process (node with tsx, no wrapper: kill -9 reaches the server itself). */
export class App {
  proc: ChildProcess | null = null;
  output: string[] = [];
  constructor(private env: Record<string, string>) {}
  async start() {
    this.output = [];
    const proc = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--no-build"], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(APP_PORT),
        APP_URL: `http://127.0.0.1:${APP_PORT}`,
        GATEWAY_SECRET: DEMO_GATEWAY_SECRET,
        SECURE_COOKIES: "false",
        TRUST_PROXY: "true",
        ...this.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    proc.stdout!.on("data", (c: Buffer) => this.output.push(c.toString()));
    proc.stderr!.on("data", (c: Buffer) => this.output.push(c.toString()));
    this.proc = proc;
    await waitReady(proc, () => this.output.join(""));
  }
  /** SIGKILL: no shutdown handler runs, requests in flight are cut. */
  kill9() {
    return this.signal("SIGKILL");
  }
  stop() {
    return this.signal("SIGTERM");
  }
  private signal(sig: NodeJS.Signals) {
    const p = this.proc;
    this.proc = null;
    if (!p || p.exitCode !== null || p.signalCode !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      p.once("exit", () => resolve());
      p.kill(sig);
    });
  }
  errorsLogged() {
    return this.output
      .join("")
      .split("\n")
      .filter((l) => /^(error|unhandled error)/.test(l));
  }
}

async function waitReady(proc: ChildProcess, output: () => string) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`the app exited:\n${output()}`);
    try {
      if ((await fetch(`${BASE}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the app did not become ready:\n${output()}`);
}

/** A signed-in session (second factor done) for a demo user. */
export function sessionFor(url: string, email: string) {
  return withClient(url, (c) => signedInCookie(c, email));
}

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** `npm run audit:verify` against the drill database: its exit code and what it printed. */
export function auditVerify(url: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, AUDIT_CHECKPOINT_KEY: DRILL_CHECKPOINT_KEY },
    encoding: "utf8",
  });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
