// Backups that restore (issue 21): a backup of a database with real records and documents,
// restored into an empty database, proves itself (row counts, the audit chain and its head, every
// document); a changed file, the wrong key, a non-empty target or a newer version are refused
// before anything is written.
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "~/utils/db.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { pruneBackups, restoreBackup, takeBackup } from "~/ops/backup.server";
import { applyMigrations, MIGRATIONS_DIR } from "../../scripts/lib/migrations.ts";
import { verifyAudit } from "../../scripts/lib/backup-settings.ts";
import { dropDatabase } from "../setup/databases";
import { readyWorker } from "../factories/departure";

const key = randomBytes(32);
let dir: string;
let uploads: string;
let folder: string;
let target: string;
const targetName = `kazi_restore_${process.pid}`;
const document = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(2000)]);
const docHash = createHash("sha256").update(document).digest("hex");

async function emptyDatabase(name: string) {
  const server = inject("pgServerUrl");
  await dropDatabase(server, name);
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

const restore = (over: Partial<Parameters<typeof restoreBackup>[0]> = {}) =>
  restoreBackup({
    url: target,
    uploadDir: path.join(dir, "restored-uploads"),
    folder,
    key,
    applyMigrations,
    migrationsDir: MIGRATIONS_DIR,
    verifyAudit: (u) => verifyAudit(u, false),
    ...over,
  });

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kazi-backup-test-"));
  uploads = path.join(dir, "uploads");
  const stored = path.join(uploads, docHash.slice(0, 2), docHash.slice(2, 4), docHash);
  await mkdir(path.dirname(stored), { recursive: true });
  await writeFile(stored, document);
  // Real records: a worker with a signed contract, and audit events chained on them.
  const w = await readyWorker("SA");
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: null,
      action: "contract.signed",
      entityType: "Contract",
      entityId: w.contract.id,
    }),
  );
  ({ folder } = await takeBackup({
    url: process.env.DATABASE_URL!,
    uploadDir: uploads,
    backupDir: path.join(dir, "backups"),
    key,
  }));
  target = await emptyDatabase(targetName);
}, 120_000);

afterAll(async () => {
  await dropDatabase(inject("pgServerUrl"), targetName);
  await rm(dir, { recursive: true, force: true });
});

describe("npm run backup", () => {
  it("writes a manifest of every table's rows, the audit chain's head and each document", async () => {
    const manifest = JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8"));
    const contracts = await db.contract.count();
    expect(manifest.tables.find((t: { name: string }) => t.name === "Contract").rows).toBe(
      contracts,
    );
    const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" } });
    expect(manifest.audit).toMatchObject({
      count: await db.auditEvent.count(),
      headHash: head!.hash,
    });
    expect(manifest.uploads).toMatchObject([{ sha256: docHash, bytes: document.length }]);
    expect(manifest.encryption.algorithm).toBe("aes-256-gcm");
    // Encrypted: the document's bytes appear nowhere in the backup.
    const stored = await readFile(path.join(folder, manifest.uploads[0].file));
    expect(stored.includes(document.subarray(9, 60))).toBe(false);
  });

  it("keeps the newest backups only", async () => {
    const backups = path.join(dir, "prune");
    for (const s of ["20261101T000000000Z", "20261102T000000000Z", "20261103T000000000Z"]) {
      await mkdir(path.join(backups, s), { recursive: true });
      await writeFile(path.join(backups, s, "manifest.json"), "{}");
    }
    await mkdir(path.join(backups, "20261104T000000000Z.partial"), { recursive: true });
    expect(await pruneBackups(backups, 2)).toEqual([
      "20261104T000000000Z.partial",
      "20261101T000000000Z",
    ]);
    expect(existsSync(path.join(backups, "20261103T000000000Z"))).toBe(true);
  });
});

describe("npm run restore", () => {
  it("refuses a changed file, the wrong key, or no key, before writing anything", async () => {
    const manifest = JSON.parse(await readFile(path.join(folder, "manifest.json"), "utf8"));
    const file = path.join(
      folder,
      manifest.tables.find((t: { name: string }) => t.name === "Worker").file,
    );
    const original = await readFile(file);
    const changed = Buffer.from(original);
    changed[changed.length - 20]! ^= 1;
    await writeFile(file, changed);
    await expect(restore()).rejects.toThrow(/db\/Worker\.copy\.enc does not match the manifest/);
    await writeFile(file, original);
    await expect(restore({ key: randomBytes(32) })).rejects.toThrow(
      /not the key this backup was made with/,
    );
    await expect(restore({ key: null })).rejects.toThrow(/encrypted: set BACKUP_KEY/);
    const c = new pg.Client({ connectionString: target });
    await c.connect();
    const tables = await c.query(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    await c.end();
    expect(Number(tables.rows[0].n)).toBe(0); // not even the schema was created
  });

  it("refuses a backup made by a newer version", async () => {
    const other = path.join(dir, "newer");
    await rm(other, { recursive: true, force: true });
    await import("node:fs/promises").then((fs) => fs.cp(folder, other, { recursive: true }));
    const manifest = JSON.parse(await readFile(path.join(other, "manifest.json"), "utf8"));
    manifest.migrations.push("29990101000000_from_the_future");
    await writeFile(path.join(other, "manifest.json"), JSON.stringify(manifest));
    await expect(restore({ folder: other })).rejects.toThrow(/made by a newer version/);
  });

  it("restores into an empty database and proves it: rows, audit chain and head, documents; then refuses to overwrite", async () => {
    const { problems, manifest } = await restore();
    expect(problems).toEqual([]);
    const restored = new pg.Client({ connectionString: target });
    await restored.connect();
    try {
      const workers = await restored.query(`SELECT count(*) AS n FROM "Worker"`);
      expect(Number(workers.rows[0].n)).toBe(await db.worker.count());
      // Sequences continue after the restored rows: the next audit event gets a new number.
      const max = await restored.query(`SELECT max(seq) AS m FROM "AuditEvent"`);
      const next = await restored.query(
        `SELECT nextval(pg_get_serial_sequence('"AuditEvent"', 'seq')) AS n`,
      );
      expect(BigInt(next.rows[0].n)).toBeGreaterThan(BigInt(max.rows[0].m));
    } finally {
      await restored.end();
    }
    const doc = await readFile(path.join(dir, "restored-uploads", manifest.uploads[0]!.path));
    expect(doc.equals(document)).toBe(true);
    await expect(restore()).rejects.toThrow(/not empty/);
  }, 120_000);

  it("rebuilds a database at a newer schema only when told, and runs the newer migrations over the restored rows", async () => {
    // This version of Kazi Salama has one migration more than the backup, and it fills a new column.
    const newer = path.join(dir, "migrations-newer");
    await cp(MIGRATIONS_DIR, newer, { recursive: true });
    const probe = path.join(newer, "29990101000000_restore_probe");
    await mkdir(probe);
    await writeFile(
      path.join(probe, "migration.sql"),
      `ALTER TABLE "Worker" ADD COLUMN "restoreProbe" TEXT; UPDATE "Worker" SET "restoreProbe" = 'migrated';`,
    );
    await applyMigrations(target, newer); // the database holding rows moves past the backup
    await expect(restore({ migrationsDir: newer })).rejects.toThrow(/not empty/);

    const { problems } = await restore({ migrationsDir: newer, force: true });
    expect(problems).toEqual([]);
    const restored = new pg.Client({ connectionString: target });
    await restored.connect();
    try {
      const r = await restored.query(
        `SELECT count(*) AS n, count(*) FILTER (WHERE "restoreProbe" = 'migrated') AS migrated FROM "Worker"`,
      );
      expect(Number(r.rows[0].n)).toBe(await db.worker.count());
      expect(Number(r.rows[0].migrated)).toBe(Number(r.rows[0].n));
    } finally {
      await restored.end();
    }
  }, 180_000);
});
