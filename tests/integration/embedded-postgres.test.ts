// A launcher killed with -9 leaves its PostgreSQL running; the next start must find it and carry on.
import { spawn } from "node:child_process";
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

function startOrphan() {
  return new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "tests/fixtures/start-embedded.ts", dataDir, String(port)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let ready = false;
    child.stdout.on("data", (b: Buffer) => {
      if (b.toString().includes("ready")) {
        ready = true;
        child.kill("SIGKILL");
      }
    });
    child.on("exit", (code) => (ready ? resolve(child.pid!) : reject(new Error(`the launcher exited (${code}) before PostgreSQL was ready`))));
    child.on("error", reject);
  });
}

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
  it("stops a postmaster orphaned by a killed launcher, then starts cleanly", { timeout: 120_000 }, async () => {
    await startOrphan();
    const orphanPid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(() => process.kill(orphanPid, 0)).not.toThrow(); // still running without its parent

    const logs: string[] = [];
    const db = await startEmbeddedPostgres({ dataDir, port, database: "orphan_test", log: (m) => logs.push(m) });
    try {
      expect(logs.join("\n")).toContain(`pid ${orphanPid}`);
      expect(await canQuery(db.url)).toBe(true);
    } finally {
      await db.stop();
    }
  });

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
