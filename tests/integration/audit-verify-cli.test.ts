import { describe, expect, it } from "vitest";
import { db, transaction } from "~/utils/db.server";
import { recordAudit } from "~/domain/audit/audit.server";

import { runNode, TSX } from "../setup/run";

const runVerify = () => runNode([TSX, "scripts/audit-verify.ts"], { timeoutMs: 120_000 });

describe("npm run audit:verify", () => {
  // Two runs of tsx in child processes: tens of seconds on a busy 2-core machine.
  it(
    "exits 0 on an intact chain and 1, naming the event, after a row is edited by hand",
    { timeout: 300_000 },
    async () => {
      for (let i = 0; i < 3; i++) {
        await transaction((tx) =>
          recordAudit(tx, {
            actor: null,
            action: "seed.loaded",
            entityType: "Cli",
            entityId: String(i),
          }),
        );
      }
      const ok = await runVerify();
      expect(ok.status).toBe(0);
      expect(ok.stdout).toContain("Audit chain OK: 3 events");

      const row = await db.auditEvent.findFirstOrThrow({
        where: { entityType: "Cli", entityId: "1" },
      });
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
      await db.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "actorRole" = 'ADMIN' WHERE "seq" = ${row.seq}`,
      );
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`);
      const bad = await runVerify();
      expect(bad.status).toBe(1);
      expect(bad.stderr).toContain(`BROKEN at event #${row.seq}`);
    },
  );
});
