// Test databases are copies of the migrated template (made once per run by global-setup.ts).
import pg from "pg";

export const TEMPLATE_DB = "kazi_test_template";
const COPY_LOCK = 727274002; // copying a template needs it unused: one copy at a time across workers

/** A fresh copy of the template named `name` on the server at `serverUrl`; returns its URL. */
export async function copyTemplate(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query("SELECT pg_advisory_lock($1)", [COPY_LOCK]);
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`);
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [COPY_LOCK]);
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl: string, name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
