// Before each test file: a fresh copy of the migrated template, seeded with reference data.
import { inject } from "vitest";
import { copyTemplate } from "./databases";

const name = `kazi_test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;
const url = await copyTemplate(inject("pgServerUrl"), name);
process.env.DATABASE_URL = url;
process.env.NODE_ENV = "test";

const { db } = await import("~/utils/db.server");
const { seedReference } = await import("../../prisma/seed.ts");
await seedReference(db);
