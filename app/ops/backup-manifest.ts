// What a backup folder holds, written beside it as manifest.json (no personal data: table names,
// row counts, hashes), and the pure checks a restore makes against it.

export const MANIFEST_FORMAT = 1;

export type TableEntry = {
  name: string;
  /** The columns in the order the file holds them (COPY's text format, one row per line). */
  columns: string[];
  rows: number;
  file: string;
  /** SHA-256 of the file as stored (encrypted or not): a changed byte is caught before restoring. */
  sha256: string;
};

export type UploadEntry = {
  /** Path under UPLOAD_DIR. */
  path: string;
  bytes: number;
  /** SHA-256 of the document itself (uploads are stored under their own hash). */
  sha256: string;
  file: string;
  storedSha256: string;
};

export type Manifest = {
  format: typeof MANIFEST_FORMAT;
  createdAt: string;
  /** The migrations applied to the database backed up, oldest first. */
  migrations: string[];
  tables: TableEntry[];
  audit: { count: number; headSeq: string | null; headHash: string | null };
  uploads: UploadEntry[];
  encryption: { algorithm: "aes-256-gcm"; keyId: string } | null;
  /** Demo only: the embedded database's checkpoint key, which lives beside it (ADR 0018). */
  demoAuditKeyFile?: { file: string; sha256: string };
};

/**
 * Tables in an order that satisfies their foreign keys (a table after every table it refers to);
 * a reference to itself is fine (checked at the end of its one COPY statement). Throws on a cycle
 * between tables, which no order could load.
 */
export function loadOrder(tables: string[], references: { from: string; to: string }[]) {
  const needs = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const r of references)
    if (r.from !== r.to && needs.has(r.from) && needs.has(r.to)) needs.get(r.from)!.add(r.to);
  const order: string[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (t: string, path: string[]) => {
    if (done.has(t)) return;
    if (visiting.has(t)) throw new Error(`foreign keys form a cycle: ${[...path, t].join(" → ")}`);
    visiting.add(t);
    for (const n of [...needs.get(t)!].sort()) visit(n, [...path, t]);
    visiting.delete(t);
    done.add(t);
    order.push(t);
  };
  for (const t of [...tables].sort()) visit(t, []);
  return order;
}

/** Where the restored database differs from the manifest: one plain sentence per difference. */
export function countProblems(manifest: Manifest, counts: Map<string, number>) {
  const problems: string[] = [];
  for (const t of manifest.tables) {
    const got = counts.get(t.name) ?? 0;
    if (got !== t.rows)
      problems.push(`${t.name}: ${got} rows restored, the backup holds ${t.rows}`);
  }
  return problems;
}

/** The manifest as read from disk, checked for shape: a clear refusal, never a crash, on a bad one. */
export function parseManifest(text: string): Manifest {
  let m: unknown;
  try {
    m = JSON.parse(text);
  } catch {
    throw new Error("manifest.json is not valid JSON: the backup is damaged");
  }
  const ok =
    typeof m === "object" &&
    m !== null &&
    (m as Manifest).format === MANIFEST_FORMAT &&
    Array.isArray((m as Manifest).tables) &&
    Array.isArray((m as Manifest).uploads) &&
    Array.isArray((m as Manifest).migrations) &&
    typeof (m as Manifest).audit === "object";
  if (!ok)
    throw new Error(
      `manifest.json is not a Kazi Salama backup manifest (format ${MANIFEST_FORMAT})`,
    );
  const safe = (p: string) =>
    typeof p === "string" && !p.split(/[\\/]/).includes("..") && !p.startsWith("/");
  const man = m as Manifest;
  for (const f of [
    ...man.tables.map((t) => t.file),
    ...man.uploads.map((u) => u.file),
    ...man.uploads.map((u) => u.path),
  ])
    if (!safe(f)) throw new Error(`manifest.json names a file outside the backup: ${String(f)}`);
  return man;
}

/** Overdue: scheduled, and no backup succeeded within two intervals (one missed run is a warning). */
export function backupOverdue(lastSuccessAt: Date | null, intervalHours: number, now = new Date()) {
  if (intervalHours <= 0) return false;
  return !lastSuccessAt || now.getTime() - lastSuccessAt.getTime() > 2 * intervalHours * 3600_000;
}
