// Brings a database up to date: migrations, then reference data (and demo data when asked). Holds
// a PostgreSQL advisory lock throughout, so several app servers starting at once (or a release
// step racing a server) prepare the database one at a time instead of tripping over each other.
import pg from "pg";
import { applyMigrations } from "./migrations.ts";
import { grantAppRole } from "./db-roles.ts";

const PREPARE_LOCK = 727274003; // the audit chain uses 727274001, test set-up 727274002

export async function prepareDatabase(
  url: string,
  opts: { demo: boolean; log: (m: string) => void; appRole?: string },
) {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
    const applied = await applyMigrations(url);
    if (applied.length) opts.log(`Applied migrations: ${applied.join(", ")}`);
    // New tables get the app role's grants (and audit rows stay append-only for it): ADR 0018.
    if (opts.appRole) await grantAppRole(lock, opts.appRole);
    const { PrismaClient } = await import("../../app/generated/prisma/client.ts");
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { seedReference, seedDemo } = await import("../../prisma/seed.ts");
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
    try {
      await seedReference(client);
      if (opts.demo && (await client.user.count()) === 0) {
        opts.log("Empty database: loading demo data (see README, 'Demo accounts').");
        await seedDemo(client);
      }
    } finally {
      await client.$disconnect();
    }
  } finally {
    await lock.end(); // ending the session releases the lock
  }
}
