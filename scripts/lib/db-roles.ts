// Two database roles (issue 15 §8, ADR 0018): the owner runs migrations and seeds; the app connects
// as a least-privilege role that reads and writes data but can never rewrite history: no UPDATE,
// DELETE or TRUNCATE on audit events or their checkpoints, nothing on the migrations table but
// reading it. The grants are (re)applied after every migration, so new tables are covered.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import pg from "pg";

export const APP_ROLE = "kazi_app";

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not a plain role name: ${name}`);
  return `"${name}"`;
};

/** The grants of the app role, applied as the owner. Idempotent. */
export async function grantAppRole(client: pg.Client, role = APP_ROLE) {
  const r = ident(role);
  await client.query(`
    GRANT USAGE ON SCHEMA public TO ${r};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditEvent" FROM ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "AuditCheckpoint" FROM ${r};
    REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON "ViewEvent" FROM ${r};
    REVOKE ALL ON "_prisma_migrations" FROM ${r};
    GRANT SELECT ON "_prisma_migrations" TO ${r};
  `);
}

/**
 * Creates (or updates) the app role with `password` and applies its grants; returns the URL the app
 * connects with: the owner's URL with the app role's credentials.
 */
export async function ensureAppRole(ownerUrl: string, password: string, role = APP_ROLE) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]);
    const pw = `'${password.replace(/'/g, "''")}'`;
    await client.query(
      exists.rowCount
        ? `ALTER ROLE ${ident(role)} WITH LOGIN PASSWORD ${pw} NOSUPERUSER NOCREATEDB NOCREATEROLE`
        : `CREATE ROLE ${ident(role)} WITH LOGIN PASSWORD ${pw} NOSUPERUSER NOCREATEDB NOCREATEROLE`,
    );
    const db = (await client.query<{ d: string }>("SELECT current_database() AS d")).rows[0]!.d;
    await client.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${db}" TO ${ident(role)}`);
    await grantAppRole(client, role);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = password;
  return url.toString();
}

/** A secret kept in a file beside the embedded database (created once, readable by its owner only). */
export function localSecret(file: string) {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(24).toString("base64url");
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (e) {
    // Another process starting at the same moment wrote it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw e;
  }
}

/** What the connected role may do to audit rows: all false for the app role. */
export async function auditPrivileges(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      update: boolean;
      delete: boolean;
      truncate: boolean;
      superuser: boolean;
    }>(`SELECT has_table_privilege('"AuditEvent"', 'UPDATE') OR has_table_privilege('"ViewEvent"', 'UPDATE') AS update,
               has_table_privilege('"AuditEvent"', 'DELETE') OR has_table_privilege('"ViewEvent"', 'DELETE') AS delete,
               has_table_privilege('"AuditEvent"', 'TRUNCATE') OR has_table_privilege('"ViewEvent"', 'TRUNCATE') AS truncate,
               (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`);
    return rows[0]!;
  } finally {
    await client.end();
  }
}
