// npm run restore -- <folder> [--force]: restores a backup (npm run backup) into an empty database
// (the embedded one, or DATABASE_URL's) and UPLOAD_DIR, then verifies it: row counts as in the
// manifest, the audit chain and its head, every document's hash. Exit code 1 on any difference.
import path from "node:path";
import { restoreBackup } from "../app/ops/backup.server.ts";
import { withDatabase } from "./lib/database.ts";
import { applyMigrations, MIGRATIONS_DIR } from "./lib/migrations.ts";
import { backupSettings, demoAuditKeyFile, verifyAudit } from "./lib/backup-settings.ts";

const log = (m: string) => process.stdout.write(`[restore] ${m}\n`);
const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith("--"));
if (!folder) {
  console.error(
    "Usage: npm run restore -- <backup folder> [--force]   (e.g. backups/20261202T010203456Z)",
  );
  process.exit(2);
}
const settings = backupSettings();
try {
  const problems = await withDatabase(async (url, embedded) => {
    const owner = process.env.MIGRATION_DATABASE_URL || url;
    const r = await restoreBackup({
      url: owner,
      uploadDir: settings.uploadDir,
      folder: path.resolve(folder),
      key: settings.key,
      force: args.includes("--force"),
      applyMigrations,
      migrationsDir: MIGRATIONS_DIR,
      verifyAudit: (u) => verifyAudit(u, embedded),
      demoAuditKeyFile: demoAuditKeyFile(embedded),
      log,
    });
    return r.problems;
  });
  if (problems.length) {
    for (const p of problems) console.error(`[restore] NOT AS BACKED UP: ${p}`);
    process.exit(1);
  }
  log(
    "verified: every table's rows, the audit chain and its head, and every document are as backed up",
  );
} catch (e) {
  console.error(`[restore] refused: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
