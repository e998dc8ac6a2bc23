// npm run audit:verify: walks the audit hash chain; exit code 1 and the first broken event if any.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import { verifyAuditChain } from "../app/domain/audit/audit.server.ts";
import { withDatabase } from "./lib/database.ts";

const code = await withDatabase(async (url) => {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    const r = await verifyAuditChain(db);
    if (r.ok) {
      console.info(`Audit chain OK: ${r.count} events.`);
      return 0;
    }
    console.error(
      `Audit chain BROKEN at event #${r.brokenAt}: ${r.reason} (${r.count} events verified before it).`,
    );
    return 1;
  } finally {
    await db.$disconnect();
  }
});
process.exit(code);
