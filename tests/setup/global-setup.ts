// Once per test run: a real PostgreSQL (embedded, or DATABASE_URL's server) with a migrated
// template database; each test file then gets its own copy (tests/setup/per-file.ts).
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { spawn } from "node:child_process";
import { applyMigrations } from "../../scripts/lib/migrations.ts";

import { TEMPLATE_DB } from "./databases.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    serverUrl = u.toString();
  } else {
    const db = await startTestServer(
      process.env.TEST_PG_DIR ?? path.resolve(import.meta.dirname, "..", "..", ".data", "test-pg"),
      Number(process.env.TEST_PG_PORT ?? 54339),
    );
    serverUrl = db.url;
    stop = db.stop;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${TEMPLATE_DB}"`);
  await admin.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${TEMPLATE_DB}`;
  await applyMigrations(templateUrl.toString());
  project.provide("pgServerUrl", serverUrl);
  return stop;
}

/** Starts tests/setup/pg-server.ts and waits for its "ready <url>" line. */
function startTestServer(dataDir: string, port: number) {
  const root = path.resolve(import.meta.dirname, "..", "..");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "tests", "setup", "pg-server.ts"), dataDir, String(port)],
    { cwd: root, stdio: ["pipe", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise<{ url: string; stop: () => Promise<void> }>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /^ready (\S+)$/m.exec(out);
      if (m)
        resolve({
          url: m[1]!,
          stop: async () => {
            child.stdin!.end(); // the server stops PostgreSQL, then exits
            await exited;
          },
        });
    });
    child.once("exit", (code) =>
      reject(new Error(`test database server exited (${code}): ${out}`)),
    );
    child.once("error", reject);
  });
}
