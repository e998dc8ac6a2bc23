// What every fault drill stands on: its own embedded PostgreSQL (wiped each run) holding the demo
// data plus a small generated dataset, a real SMTP server on loopback that can be taken down and
// brought back, and the production build as a separate app process that can be killed.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import { root } from "../lib/database.ts";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/embedded-postgres.ts";
import { prepareDatabase } from "../lib/prepare.ts";

export const log = (m: string) => process.stdout.write(`[drills] ${m}\n`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const PG = { dataDir: path.join(root, ".data", "drill-pg"), port: Number(process.env.DRILL_PG_PORT ?? 54369), database: "kazi_salama" };
export const APP_PORT = Number(process.env.DRILL_APP_PORT ?? 3302);
export const BASE = `http://127.0.0.1:${APP_PORT}`;

export type DrillResult = { name: string; passed: boolean; facts: string[] };

/** The database: started fresh, migrated, demo data, then a small generated dataset. */
export async function startDatabase(): Promise<EmbeddedDatabase> {
  rmSync(PG.dataDir, { recursive: true, force: true });
  const db = await startEmbeddedPostgres({ ...PG, log });
  await prepareDatabase(db.url, { demo: true, log });
  log("Generating a small dataset (npm run bench:data at a small size)…");
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-data.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env, DATABASE_URL: db.url, BENCH_AGENCIES: "200", BENCH_WORKERS: "6000", BENCH_CONTRACTS: "4000", BENCH_CHECKINS: "4000", BENCH_CASES: "400",
    },
  });
  if (r.status !== 0) throw new Error("bench-data failed");
  return db;
}

export async function restartDatabase(): Promise<EmbeddedDatabase> {
  return startEmbeddedPostgres({ ...PG, log });
}

/** A real SMTP server on a fixed loopback port that records what it receives; stop() takes it down. */
export class Smtp {
  received: { to: string; messageId: string }[] = [];
  private server: SMTPServer | null = null;
  constructor(readonly port: number) {}
  start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData: (stream, session, cb) => {
        let text = "";
        stream.on("data", (c: Buffer) => (text += c.toString()));
        stream.on("end", () => {
          const messageId = /^Message-ID:\s*(.+)$/im.exec(text)?.[1]?.trim() ?? "";
          for (const r of session.envelope.rcptTo) this.received.push({ to: r.address, messageId });
          cb();
        });
      },
    });
    this.server = server;
    return new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }
  stop() {
    const s = this.server;
    this.server = null;
    return new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
  }
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
      env: { ...process.env, NODE_ENV: "production", HOST: "127.0.0.1", PORT: String(APP_PORT), SECURE_COOKIES: "false", TRUST_PROXY: "true", ...this.env },
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
    return this.output.join("").split("\n").filter((l) => /^(error|unhandled error)/.test(l));
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

/** A signed-in session (second factor done) for a user, written as the session store keeps it. */
export async function sessionFor(url: string, email: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const token = randomBytes(20).toString("hex");
    const r = await client.query(
      `INSERT INTO "Session" (id, "userId", "expiresAt", "secondFactorAt") SELECT $1, id, now() + interval '1 day', now() FROM "User" WHERE email = $2`,
      [createHash("sha256").update(token).digest("hex"), email],
    );
    if (r.rowCount !== 1) throw new Error(`no user ${email}`);
    return `ks_session=${token}`;
  } finally {
    await client.end();
  }
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
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

export const randomIp = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
