// The scheduled backup (ADR 0021): under the job lease, so one server takes it per interval; each
// run leaves an audit event (taken, with its size; or failed, with why) that the admin's backups
// page and /readyz read.
import path from "node:path";
import { recordAudit } from "~/domain/audit/audit.server";
import { can } from "~/auth/permissions";
import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { forbidden } from "~/utils/http.server";
import { parseBackupKey } from "./backup-crypto";
import { pruneBackups, takeBackup } from "./backup.server";
import { backupOverdue } from "./backup-manifest";
import type { Job } from "~/jobs/scheduler.server";

export function backupJob(hours = getEnv().BACKUP_INTERVAL_HOURS): Job | null {
  return hours > 0
    ? { name: "backup", everyMs: hours * 3600_000, run: () => runScheduledBackup(), ownLane: true }
    : null;
}

export type BackupSchedule = {
  url: string;
  uploadDir: string;
  backupDir: string;
  keep: number;
  key: Buffer | null;
};

/** Where the app's scheduled backups go, from its settings (the app's own, least-privilege role reads). */
export function scheduleFromEnv(): BackupSchedule {
  const env = getEnv();
  return {
    url: env.DATABASE_URL,
    uploadDir: path.resolve(env.UPLOAD_DIR),
    backupDir: path.resolve(env.BACKUP_DIR),
    keep: env.BACKUP_KEEP,
    key: parseBackupKey(env.BACKUP_KEY),
  };
}

export async function runScheduledBackup(schedule: BackupSchedule = scheduleFromEnv()) {
  try {
    const { folder, manifest } = await takeBackup(schedule);
    await pruneBackups(schedule.backupDir, schedule.keep);
    await transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "backup.completed",
        entityType: "Backup",
        entityId: path.basename(folder),
        summary: {
          tables: manifest.tables.length,
          rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
          auditEvents: manifest.audit.count,
          documents: manifest.uploads.length,
          encrypted: !!manifest.encryption,
        },
      }),
    );
  } catch (e) {
    await transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "backup.failed",
        entityType: "Backup",
        summary: { reason: String(e instanceof Error ? e.message : e).slice(0, 300) },
      }),
    );
    throw e;
  }
}

/** The backups' state for the admin and operators: schedule, last success, last failure, recent runs. */
export async function backupStatus(actor: User, hours: number = getEnv().BACKUP_INTERVAL_HOURS) {
  if (!can(actor, "admin:audit")) throw forbidden();
  const runs = await db.auditEvent.findMany({
    where: { action: { in: ["backup.completed", "backup.failed"] } },
    orderBy: { seq: "desc" },
    take: 20,
    select: { seq: true, at: true, action: true, entityId: true, summary: true },
  });
  const lastSuccess = runs.find((r) => r.action === "backup.completed") ?? null;
  const lastFailure = runs.find((r) => r.action === "backup.failed") ?? null;
  const overdue = backupOverdue(lastSuccess?.at ?? null, hours);
  return {
    intervalHours: hours,
    lastSuccessAt: lastSuccess?.at ?? null,
    // Plain values only (a bigint cannot go to the page): when, and why.
    lastFailure:
      lastFailure && (!lastSuccess || lastFailure.seq > lastSuccess.seq)
        ? { at: lastFailure.at, summary: lastFailure.summary }
        : null,
    overdue,
    runs: runs.map((r) => ({ ...r, seq: r.seq.toString() })),
  };
}
