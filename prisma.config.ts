// Used by the stock Prisma CLI on machines that can download its engines.
// On this project's machines migrations run through scripts/migrate.ts instead (docs/decisions/0002).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/kazi_salama" },
});
