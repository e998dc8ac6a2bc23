// Once per test run: a real PostgreSQL (embedded, or DATABASE_URL's server) with a migrated
// template database; each test file then gets its own copy (tests/setup/per-file.ts).
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";
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
    const db = await startEmbeddedPostgres({
      dataDir:
        process.env.TEST_PG_DIR ??
        path.resolve(import.meta.dirname, "..", "..", ".data", "test-pg"),
      port: Number(process.env.TEST_PG_PORT ?? 54339),
      database: "postgres",
    });
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
