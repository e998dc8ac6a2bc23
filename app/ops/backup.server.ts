// Backups that restore (issue 21, ADR 0021): every table copied out of one consistent snapshot with
// PostgreSQL's COPY, the uploaded documents beside them, and a manifest of row counts, the audit
// chain's head and file hashes. A restore checks every file against the manifest before touching the
// database, loads the data at the backup's own schema version, applies newer migrations, and then
// proves what it restored: row counts, the audit chain, every document's hash.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import {
  copyFile,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rename,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Transform, type Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { decryptStream, encryptStream, keyIdOf } from "./backup-crypto";
import {
  countProblems,
  loadOrder,
  MANIFEST_FORMAT,
  parseManifest,
  type Manifest,
  type TableEntry,
  type UploadEntry,
} from "./backup-manifest";

type Log = (message: string) => void;

/** Hashes what passes through, unchanged. */
function hashing(onDone: (hex: string, bytes: number, lines: number) => void) {
  const h = createHash("sha256");
  let bytes = 0;
  let lines = 0;
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      h.update(chunk);
      bytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      done(null, chunk);
    },
    flush(done) {
      onDone(h.digest("hex"), bytes, lines);
      done();
    },
  });
}

async function sha256OfFile(file: string) {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest("hex");
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function userTables(client: pg.Client) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  return rows.map((r) => r.name);
}

async function columnsOf(client: pg.Client, table: string) {
  const { rows } = await client.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.name);
}

/** Every file under `dir` (relative paths), leaving out unfinished uploads (*.tmp). */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const p = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && !e.name.endsWith(".tmp")) out.push(p);
    }
  };
  await walk("");
  return out.sort();
}

export type BackupOptions = {
  /** The database owner's connection (reads every table). */
  url: string;
  uploadDir: string;
  /** The folder that holds the dated backups. */
  backupDir: string;
  key: Buffer | null;
  /** Demo mode: the embedded database's checkpoint key file, kept with the backup. */
  demoAuditKeyFile?: string | null;
  now?: Date;
  log?: Log;
};

/** Takes a backup into a new dated folder; returns the folder and its manifest. */
export async function takeBackup(opts: BackupOptions) {
  const log = opts.log ?? (() => {});
  const now = opts.now ?? new Date();
  // 20261202T010203456Z: sortable, and two backups in one second (a manual one beside the
  // scheduled one) still get their own folders.
  const stamp = now.toISOString().replace(/[-:.]/g, "");
  await mkdir(opts.backupDir, { recursive: true });
  const final = path.join(opts.backupDir, stamp);
  if (existsSync(final)) throw new Error(`a backup named ${stamp} already exists`);
  // Written under a temporary name and renamed at the end: a cut-off backup never looks complete.
  const work = `${final}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, "db"), { recursive: true });
  const ext = opts.key ? ".enc" : "";
  const store = (file: string) => createWriteStream(path.join(work, file));
  const sealed = (): Transform[] => (opts.key ? [encryptStream(opts.key)] : []);

  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  const tables: TableEntry[] = [];
  let migrations: string[] = [];
  let audit: Manifest["audit"] = { count: 0, headSeq: null, headHash: null };
  try {
    // One snapshot for every table: what the backup holds is one moment of the database.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    migrations = (
      await client.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.migration_name);
    for (const name of await userTables(client)) {
      const columns = await columnsOf(client, name);
      const file = `db/${name}.copy${ext}`;
      let rows = 0;
      let sha256 = "";
      const source = client.query(
        copyTo(`COPY (SELECT ${columns.map(q).join(", ")} FROM ${q(name)}) TO STDOUT`),
      );
      await pipeline(
        source,
        hashing((_h, _b, lines) => (rows = lines)),
        ...sealed(),
        hashing((h) => (sha256 = h)),
        store(file),
      );
      tables.push({ name, columns, rows, file, sha256 });
      log(`${name}: ${rows} rows`);
    }
    const head = await client.query<{ count: string; seq: string | null; hash: string | null }>(
      `SELECT (SELECT count(*) FROM "AuditEvent") AS count, e.seq::text AS seq, e.hash
         FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT seq, hash FROM "AuditEvent" ORDER BY seq DESC LIMIT 1) e ON true`,
    );
    audit = {
      count: Number(head.rows[0]!.count),
      headSeq: head.rows[0]!.seq,
      headHash: head.rows[0]!.hash,
    };
    await client.query("COMMIT");
  } finally {
    await client.end();
  }

  // Documents are stored under their own hash and never changed, so those the snapshot refers to
  // are all here (and perhaps a few newer ones).
  const uploads: UploadEntry[] = [];
  for (const rel of await filesUnder(opts.uploadDir)) {
    const file = `uploads/${rel.split(path.sep).join("/")}${ext}`;
    await mkdir(path.dirname(path.join(work, file)), { recursive: true });
    let sha256 = "";
    let bytes = 0;
    let storedSha256 = "";
    await pipeline(
      createReadStream(path.join(opts.uploadDir, rel)),
      hashing((h, b) => ((sha256 = h), (bytes = b))),
      ...sealed(),
      hashing((h) => (storedSha256 = h)),
      store(file),
    );
    uploads.push({ path: rel.split(path.sep).join("/"), bytes, sha256, file, storedSha256 });
  }
  log(`${uploads.length} documents`);

  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    createdAt: now.toISOString(),
    migrations,
    tables,
    audit,
    uploads,
    encryption: opts.key ? { algorithm: "aes-256-gcm", keyId: keyIdOf(opts.key) } : null,
  };
  if (opts.demoAuditKeyFile && existsSync(opts.demoAuditKeyFile)) {
    await copyFile(opts.demoAuditKeyFile, path.join(work, "demo-audit-key"));
    manifest.demoAuditKeyFile = {
      file: "demo-audit-key",
      sha256: await sha256OfFile(path.join(work, "demo-audit-key")),
    };
  }
  await writeFile(path.join(work, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(work, final);
  return { folder: final, manifest };
}

/** Deletes the oldest complete backups beyond `keep` (and any unfinished ones); returns their names. */
export async function pruneBackups(backupDir: string, keep: number) {
  if (!existsSync(backupDir)) return [];
  const entries = (await readdir(backupDir)).sort();
  const partial = entries.filter((e) => e.endsWith(".partial"));
  const complete = entries.filter(
    (e) => /^\d{8}T\d{9}Z$/.test(e) && existsSync(path.join(backupDir, e, "manifest.json")),
  );
  const gone = [...partial, ...complete.slice(0, Math.max(0, complete.length - keep))];
  for (const e of gone) await rm(path.join(backupDir, e), { recursive: true, force: true });
  return gone;
}

/** Reads and checks a backup folder before anything is restored: every file against its hash. */
export async function checkBackupFolder(folder: string, key: Buffer | null) {
  const manifestFile = path.join(folder, "manifest.json");
  if (!existsSync(manifestFile))
    throw new Error(`${folder} has no manifest.json: not a complete backup`);
  const manifest = parseManifest(await readFile(manifestFile, "utf8"));
  if (manifest.encryption) {
    if (!key)
      throw new Error("this backup is encrypted: set BACKUP_KEY to the key it was made with");
    if (keyIdOf(key) !== manifest.encryption.keyId)
      throw new Error("BACKUP_KEY is not the key this backup was made with");
  }
  const files = [
    ...manifest.tables.map((t) => ({ file: t.file, sha256: t.sha256 })),
    ...manifest.uploads.map((u) => ({ file: u.file, sha256: u.storedSha256 })),
    ...(manifest.demoAuditKeyFile ? [manifest.demoAuditKeyFile] : []),
  ];
  for (const f of files) {
    const p = path.join(folder, f.file);
    if (!existsSync(p)) throw new Error(`${f.file} is missing from the backup`);
    if ((await sha256OfFile(p)) !== f.sha256)
      throw new Error(`${f.file} does not match the manifest: the backup was changed or damaged`);
  }
  return manifest;
}

export type RestoreOptions = {
  /** The database owner's connection. */
  url: string;
  uploadDir: string;
  folder: string;
  key: Buffer | null;
  /** Replace whatever the database holds (otherwise a database with any rows is refused). */
  force?: boolean;
  /** Applies migrations from a folder (scripts/lib/migrations.ts); injected to keep app/ free of the engine. */
  applyMigrations: (url: string, dir?: string) => Promise<string[]>;
  migrationsDir: string;
  /** Checks the restored audit chain (verifyAuditChain with the checkpoint key). */
  verifyAudit: (
    url: string,
  ) => Promise<{ ok: boolean; count: number; reason?: string; headHash: string | null }>;
  /** Demo mode: where the embedded database keeps its checkpoint key. */
  demoAuditKeyFile?: string | null;
  log?: Log;
};

/** The migrations applied to a database (none when it has never been migrated). */
async function appliedMigrations(client: pg.Client) {
  const { rows } = await client.query<{ exists: boolean }>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`,
  );
  if (!rows[0]!.exists) return [];
  const applied = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return applied.rows.map((r) => r.migration_name);
}

async function tablesWithRows(client: pg.Client) {
  const busy: string[] = [];
  for (const t of await userTables(client)) {
    const { rows } = await client.query<{ n: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${q(t)}) AS n`,
    );
    if (rows[0]!.n) busy.push(t);
  }
  return busy;
}

const notEmpty = (busy: string[]) =>
  new Error(
    `the database is not empty (${busy.length} tables hold rows, e.g. ${busy.slice(0, 3).join(", ")}): restore refuses to overwrite it; run it again with --force to replace everything in it`,
  );

/** Migrations the backup was made at, as a folder the migration engine can read. */
async function migrationsUpTo(dir: string, names: string[]) {
  const known = new Set((await readdir(dir)).filter((n) => /^\d/.test(n)));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length)
    throw new Error(
      `the backup was made by a newer version of Kazi Salama (migrations ${unknown.join(", ")} are not in this one): restore it with that version`,
    );
  const tmp = await mkdtemp(path.join(os.tmpdir(), "kazi-restore-migrations-"));
  for (const n of names) await symlink(path.join(dir, n), path.join(tmp, n));
  if (existsSync(path.join(dir, "migration_lock.toml")))
    await copyFile(path.join(dir, "migration_lock.toml"), path.join(tmp, "migration_lock.toml"));
  return tmp;
}

/** Restores a backup folder into an empty database and UPLOAD_DIR, then proves it. */
export async function restoreBackup(opts: RestoreOptions) {
  const log = opts.log ?? (() => {});
  const manifest = await checkBackupFolder(opts.folder, opts.key);
  log(`backup of ${manifest.createdAt}: every file matches the manifest`);
  const opened = (file: string): Readable[] => [
    createReadStream(path.join(opts.folder, file)),
    ...(manifest.encryption ? [decryptStream(opts.key!)] : []),
  ];

  // The schema as it was when the backup was made; newer migrations run after the data is in.
  const atBackup = await migrationsUpTo(opts.migrationsDir, manifest.migrations);
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  try {
    // A database already at a newer schema than the backup's cannot take the backup's rows as they
    // are: the newer migrations would never run over them (their backfills, their new rules). It
    // is emptied down to no schema at all, rebuilt at the backup's, and brought forward after.
    const ahead = (await appliedMigrations(client)).filter((m) => !manifest.migrations.includes(m));
    if (ahead.length) {
      const busy = await tablesWithRows(client);
      if (busy.length && !opts.force) throw notEmpty(busy);
      log(
        `the database is at a newer schema than the backup (${ahead.length} later migrations): dropping it to rebuild it at the backup's`,
      );
      await client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
    }
    await opts.applyMigrations(opts.url, atBackup);
    const tables = await userTables(client);
    const busy = await tablesWithRows(client);
    if (busy.length && !opts.force) throw notEmpty(busy);
    const missing = manifest.tables.filter((t) => !tables.includes(t.name));
    if (missing.length)
      throw new Error(`the database has no table ${missing.map((t) => t.name).join(", ")}`);
    const fks = await client.query<{ from: string; to: string }>(
      `SELECT c.conrelid::regclass::text AS from, c.confrelid::regclass::text AS to
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const unquote = (s: string) => s.replace(/^"|"$/g, "").replace(/""/g, '"');
    const order = loadOrder(
      manifest.tables.map((t) => t.name),
      fks.rows.map((r) => ({ from: unquote(r.from), to: unquote(r.to) })),
    );
    const byName = new Map(manifest.tables.map((t) => [t.name, t]));
    await client.query("BEGIN");
    if (busy.length) {
      log(`--force: emptying ${busy.length} tables`);
      await client.query(`TRUNCATE ${tables.map(q).join(", ")} RESTART IDENTITY CASCADE`);
    }
    for (const name of order) {
      const t = byName.get(name)!;
      const sink = client.query(
        copyFrom(`COPY ${q(name)} (${t.columns.map(q).join(", ")}) FROM STDIN`),
      ) as unknown as Writable;
      await pipeline([...opened(t.file), sink] as unknown as [Readable, Writable]);
      log(`${name}: ${t.rows} rows`);
    }
    // Sequences continue after the restored rows, or the next insert would collide.
    const seqs = await client.query<{ table: string; column: string; seq: string }>(
      `SELECT c.table_name AS table, c.column_name AS column,
              pg_get_serial_sequence(format('%I', c.table_name), c.column_name) AS seq
         FROM information_schema.columns c
        WHERE c.table_schema = 'public'
          AND pg_get_serial_sequence(format('%I', c.table_name), c.column_name) IS NOT NULL`,
    );
    for (const s of seqs.rows)
      await client.query(
        `SELECT setval($1, coalesce((SELECT max(${q(s.column)}) FROM ${q(s.table)}), 0) + 1, false)`,
        [s.seq],
      );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
    await rm(atBackup, { recursive: true, force: true });
  }
  const newer = await opts.applyMigrations(opts.url, opts.migrationsDir);
  if (newer.length) log(`applied migrations newer than the backup: ${newer.join(", ")}`);

  // Documents: written where the app reads them (same hash, same path), then read back.
  for (const u of manifest.uploads) {
    const target = path.join(opts.uploadDir, u.path);
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.restore.tmp`;
    await pipeline([...opened(u.file), createWriteStream(tmp)] as unknown as [Readable, Writable]);
    await rename(tmp, target);
  }
  if (manifest.demoAuditKeyFile && opts.demoAuditKeyFile && !existsSync(opts.demoAuditKeyFile))
    await copyFile(path.join(opts.folder, manifest.demoAuditKeyFile.file), opts.demoAuditKeyFile);

  return { manifest, problems: await proveRestore(opts, manifest) };
}

/** What a restore must show before it says "done": counts, the audit chain and its head, documents. */
async function proveRestore(opts: RestoreOptions, manifest: Manifest) {
  const client = new pg.Client({ connectionString: opts.url });
  await client.connect();
  const counts = new Map<string, number>();
  try {
    for (const t of manifest.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(t.name)}`);
      counts.set(t.name, Number(rows[0]!.n));
    }
  } finally {
    await client.end();
  }
  const problems = countProblems(manifest, counts);
  const audit = await opts.verifyAudit(opts.url);
  if (!audit.ok) problems.push(`the audit chain does not verify: ${audit.reason ?? "broken"}`);
  else if (audit.count !== manifest.audit.count || audit.headHash !== manifest.audit.headHash)
    problems.push(
      `the audit chain holds ${audit.count} events (head ${audit.headHash?.slice(0, 12) ?? "none"}), the backup ${manifest.audit.count} (head ${manifest.audit.headHash?.slice(0, 12) ?? "none"})`,
    );
  for (const u of manifest.uploads) {
    const p = path.join(opts.uploadDir, u.path);
    const ok =
      existsSync(p) && (await stat(p)).size === u.bytes && (await sha256OfFile(p)) === u.sha256;
    if (!ok) problems.push(`document ${u.path} was not restored intact`);
  }
  return problems;
}
