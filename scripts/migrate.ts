// npm run db:migrate                 apply pending migrations to DATABASE_URL (or the embedded database)
// npm run db:migrate -- --name x     create a migration from the change in prisma/schema.prisma, then apply it
import { parseArgs } from "node:util";
import { applyMigrations, createMigration } from "./lib/migrations.ts";
import { withDatabase } from "./lib/database.ts";

const { values } = parseArgs({ options: { name: { type: "string" } } });

await withDatabase(async (url) => {
  if (values.name) {
    const folder = await createMigration(url, values.name);
    console.info(folder ? `Created ${folder}` : "No changes in prisma/schema.prisma.");
  }
  const applied = await applyMigrations(url);
  console.info(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
});
