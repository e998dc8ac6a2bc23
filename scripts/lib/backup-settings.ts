// Where backups go and how they are read, from the environment (README, "Backups"): shared by
// `npm run backup` and `npm run restore`.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { existsSync } from "node:fs";
import { parseBackupKey } from "../../app/ops/backup-crypto.ts";
import { verifyAuditChain } from "../../app/domain/audit/audit.server.ts";
import { PrismaClient } from "../../app/generated/prisma/client.ts";
import { embeddedSettings, root } from "./database.ts";
import { localSecret } from "./db-roles.ts";

export function backupSettings() {
  const keep = Number(process.env.BACKUP_KEEP ?? 14);
  if (!Number.isInteger(keep) || keep < 1)
    throw new Error("BACKUP_KEEP must be a whole number, 1 or more");
  return {
    // Outside .data on purpose: losing the database's disk must not take its backups with it.
    backupDir: path.resolve(root, process.env.BACKUP_DIR ?? "backups"),
    uploadDir: path.resolve(root, process.env.UPLOAD_DIR ?? ".data/uploads"),
    key: parseBackupKey(process.env.BACKUP_KEY),
    keep,
  };
}

/** The embedded demo database's checkpoint key file (ADR 0018), or null with DATABASE_URL. */
export function demoAuditKeyFile(embedded: boolean) {
  return embedded ? `${embeddedSettings().dataDir}.audit-key` : null;
}

/** Verifies the audit chain (with its checkpoints) and reads its head, for a restore's proof. */
export async function verifyAudit(url: string, embedded: boolean) {
  const keyFile = demoAuditKeyFile(embedded);
  const key =
    process.env.AUDIT_CHECKPOINT_KEY ||
    (keyFile && existsSync(keyFile) ? localSecret(keyFile) : null);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const r = await verifyAuditChain(db, { key });
    const head = await db.auditEvent.findFirst({
      orderBy: { seq: "desc" },
      select: { hash: true },
    });
    return {
      ok: r.ok,
      count: r.count,
      reason: r.ok ? undefined : r.reason,
      headHash: head?.hash ?? null,
    };
  } finally {
    await db.$disconnect();
  }
}
