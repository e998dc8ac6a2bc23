// `npm run release`: the release step of a production deployment. Applies pending migrations and
// reference data as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL), grants the app role
// (APP_DB_ROLE) its least privileges (ADR 0018), then exits; run it once per release, before the new app servers
// start. It never loads demo data. (`npm start` does the same at boot, under the same lock, so a
// forgotten release step is not fatal; running it separately makes a failed migration stop the
// release instead of the servers.)
import { prepareDatabase } from "./lib/prepare.ts";

const log = (m: string) => process.stdout.write(`[release] ${m}\n`);
const url = process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  process.stderr.write(
    "[release] DATABASE_URL is not set: it must name the production database.\n",
  );
  process.exit(2);
}
prepareDatabase(url, { demo: false, log, appRole: process.env.APP_DB_ROLE || undefined })
  .then(() => log("Database is up to date."))
  .catch((e) => {
    process.stderr.write(`[release] ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
