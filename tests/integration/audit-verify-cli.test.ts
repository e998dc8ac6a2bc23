import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, transaction } from "~/utils/db.server";
import { recordAudit } from "~/domain/audit/audit.server";

const root = path.resolve(import.meta.dirname, "..", "..");
function runVerify() {
  return spawnSync(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/audit-verify.ts"], {
    cwd: root, env: { ...process.env }, encoding: "utf8",
  });
}

describe("npm run audit:verify", () => {
  it("exits 0 on an intact chain and 1, naming the event, after a row is edited by hand", async () => {
    for (let i = 0; i < 3; i++) {
      await transaction((tx) => recordAudit(tx, { actor: null, action: "seed.loaded", entityType: "Cli", entityId: String(i) }));
    }
    const ok = runVerify();
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain("Audit chain OK: 3 events");

    const row = await db.auditEvent.findFirstOrThrow({ where: { entityType: "Cli", entityId: "1" } });
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
    await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorRole" = 'ADMIN' WHERE "seq" = ${row.seq}`);
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`);
    const bad = runVerify();
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`BROKEN at event #${row.seq}`);
  });
});
