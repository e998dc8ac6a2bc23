// npm run backup: a consistent backup of the database and the uploaded documents into one dated
// folder under BACKUP_DIR (default `backups/`), with a manifest; encrypted under BACKUP_KEY when
// set; older backups beyond BACKUP_KEEP (default 14) are deleted. ADR 0021.
import { takeBackup, pruneBackups } from "../app/ops/backup.server.ts";
import { withDatabase } from "./lib/database.ts";
import { backupSettings, demoAuditKeyFile } from "./lib/backup-settings.ts";

const log = (m: string) => process.stdout.write(`[backup] ${m}\n`);
const settings = backupSettings();
if (!settings.key)
  console.warn(
    "[backup] BACKUP_KEY is not set: this backup is NOT encrypted (documents hold national IDs and passports). Set it in production (README, 'Backups').",
  );
await withDatabase(async (url, embedded) => {
  const { folder, manifest } = await takeBackup({
    url: process.env.MIGRATION_DATABASE_URL || url,
    uploadDir: settings.uploadDir,
    backupDir: settings.backupDir,
    key: settings.key,
    demoAuditKeyFile: demoAuditKeyFile(embedded),
    log,
  });
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  log(
    `done: ${folder} (${manifest.tables.length} tables, ${rows} rows, ${manifest.audit.count} audit events, ${manifest.uploads.length} documents${manifest.encryption ? ", encrypted" : ""})`,
  );
  const pruned = await pruneBackups(settings.backupDir, settings.keep);
  if (pruned.length) log(`deleted older backups: ${pruned.join(", ")}`);
});
