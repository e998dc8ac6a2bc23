// npm run db:seed: reference data and the demo accounts, into DATABASE_URL or the embedded database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import { seedDemo, seedReference } from "../prisma/seed.ts";
import { applyMigrations } from "./lib/migrations.ts";
import { withDatabase } from "./lib/database.ts";

await withDatabase(async (url) => {
  await applyMigrations(url);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    await seedReference(db);
    await seedDemo(db);
    console.info("Reference and demo data loaded.");
  } finally {
    await db.$disconnect();
  }
});
