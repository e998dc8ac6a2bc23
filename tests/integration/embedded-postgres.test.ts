// A launcher killed with -9 leaves its PostgreSQL running; the next start must find it and carry on.
// A launcher that is alive owns its PostgreSQL: another process uses it and never stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";

// Under the project, not /tmp: as root, the server runs as `postgres`, which cannot enter a 0700 temp dir.
const root = path.resolve(".data", `orphan-test-${process.pid}`);
mkdirSync(root, { recursive: true });
const dataDir = path.join(root, "pg");
const port = 54000 + (process.pid % 900);

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A launcher process that starts PostgreSQL on dataDir and stays alive until killed. */
function startLauncher() {
  return new Promise<ChildProcess>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/fixtures/start-embedded.ts", dataDir, String(port)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    child.stdout!.on("data", (b: Buffer) => {
      if (b.toString().includes("ready")) resolve(child);
    });
    child.on("exit", (code) =>
      reject(new Error(`the launcher exited (${code}) before PostgreSQL was ready`)),
    );
    child.on("error", reject);
  });
}

async function startOrphan() {
  const child = await startLauncher();
  await new Promise<void>((resolve) => {
    child.removeAllListeners("exit");
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

const postmasterPid = () =>
  Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

async function canQuery(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query("SELECT 1 AS one")).rows[0].one === 1;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  it(
    "uses, and never stops, a postmaster whose launcher is alive",
    { timeout: 120_000 },
    async () => {
      const launcher = await startLauncher();
      try {
        const pid = postmasterPid();
        const logs: string[] = [];
        const db = await startEmbeddedPostgres({
          dataDir,
          port,
          database: "second_user",
          log: (m) => logs.push(m),
        });
        expect(db.shared).toBe(true);
        expect(logs.join("\n")).toContain(`run by process ${launcher.pid}`);
        expect(await canQuery(db.url)).toBe(true);
        await db.stop();
        expect(postmasterPid()).toBe(pid); // the same server, still running for its owner
        expect(() => process.kill(pid, 0)).not.toThrow();
        expect(await canQuery(db.url.replace("second_user", "orphan_test"))).toBe(true);
      } finally {
        launcher.kill("SIGTERM");
        await new Promise((r) => launcher.once("exit", r));
      }
    },
  );

  it(
    "stops a postmaster orphaned by a killed launcher, then starts cleanly",
    { timeout: 120_000 },
    async () => {
      await startOrphan();
      const orphanPid = postmasterPid();
      expect(() => process.kill(orphanPid, 0)).not.toThrow(); // still running without its parent

      const logs: string[] = [];
      const db = await startEmbeddedPostgres({
        dataDir,
        port,
        database: "orphan_test",
        log: (m) => logs.push(m),
      });
      try {
        expect(logs.join("\n")).toContain(`pid ${orphanPid}`);
        expect(db.shared).toBe(false);
        expect(await canQuery(db.url)).toBe(true);
      } finally {
        await db.stop();
      }
    },
  );

  it("clears a stale postmaster.pid whose process is gone", { timeout: 60_000 }, async () => {
    writeFileSync(path.join(dataDir, "postmaster.pid"), "999999\n/nowhere\n");
    const db = await startEmbeddedPostgres({ dataDir, port, database: "orphan_test" });
    try {
      expect(await canQuery(db.url)).toBe(true);
    } finally {
      await db.stop();
    }
  });
});
