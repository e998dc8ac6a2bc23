// Before each test file: a fresh copy of the migrated template, seeded with reference data.
import pg from "pg";
import { inject } from "vitest";

const TEMPLATE_DB = "kazi_test_template";
const serverUrl = inject("pgServerUrl");
const name = `kazi_test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
// Copying a template needs it to be unused: copy one at a time across the test workers.
await admin.query("SELECT pg_advisory_lock(727274002)");
try {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
} finally {
  await admin.query("SELECT pg_advisory_unlock(727274002)");
  await admin.end();
}
const url = new URL(serverUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.NODE_ENV = "test";

const { db } = await import("~/utils/db.server");
const { seedReference } = await import("../../prisma/seed.ts");
await seedReference(db);
