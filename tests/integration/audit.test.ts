import { describe, expect, it } from "vitest";
import { db, transaction } from "~/utils/db.server";
import { recordAudit, verifyAuditChain } from "~/domain/audit/audit.server";

describe("audit events", () => {
  it("commit with the change they record and vanish with its rollback", async () => {
    const before = await db.auditEvent.count();
    await expect(
      transaction(async (tx) => {
        await tx.county.update({ where: { code: 47 }, data: { name: "Nairobi City" } });
        await recordAudit(tx, {
          actor: null,
          action: "seed.loaded",
          entityType: "County",
          entityId: "47",
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.auditEvent.count()).toBe(before);
    expect((await db.county.findUniqueOrThrow({ where: { code: 47 } })).name).toBe("Nairobi");
  });

  it("chain verifies across concurrent writers, and an edit by hand is detected", async () => {
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        transaction((tx) =>
          recordAudit(tx, {
            actor: null,
            action: "seed.loaded",
            entityType: "Test",
            entityId: String(i),
            summary: { i },
          }),
        ),
      ),
    );
    const ok = await verifyAuditChain(db);
    expect(ok).toEqual({ ok: true, count: await db.auditEvent.count(), checkpoints: 0 });

    // The table refuses edits…
    await expect(
      db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "summary" = '{"i":99}' WHERE "entityId" = '5'`),
    ).rejects.toThrow(/append-only/);
    // …and someone who disables that protection is still caught by the chain.
    const target = await db.auditEvent.findFirstOrThrow({
      where: { entityType: "Test", entityId: "5" },
    });
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
    await db.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "summary" = '{"i":99}' WHERE "seq" = ${target.seq}`,
    );
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER audit_event_no_update`);
    const broken = await verifyAuditChain(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: target.seq });
  });
});

describe("the admin's audit log", () => {
  it("names who acted, filters by user (email or phone) and by record, and a user it cannot find matches nothing", async () => {
    const { createUser } = await import("../factories/users");
    const { listAuditEvents } = await import("~/domain/accounts/admin-views.server");
    const created = await createUser("ADMIN");
    const admin = { id: created.id, role: created.role } as never;
    const officer = await createUser("NEA_OFFICER");
    const other = await createUser("NEA_OFFICER");
    const record = `audit-test-${Date.now()}`;
    for (const u of [officer, other])
      await transaction((tx) =>
        recordAudit(tx, {
          actor: { id: u.id, role: "NEA_OFFICER" },
          action: "seed.loaded",
          entityType: "Contract",
          entityId: record,
        }),
      );

    const byRecord = await listAuditEvents(admin, { record });
    expect(byRecord.items).toHaveLength(2);
    expect(byRecord.items[0]!.actor).toEqual({ name: other.name, contact: other.email });
    expect(byRecord.items[0]!.recordHref).toBe(`/nea/contracts/${record}`);

    const mine = await listAuditEvents(admin, { record, user: officer.email!.toUpperCase() });
    expect(mine.items.map((e) => e.actor?.contact)).toEqual([officer.email]);

    expect((await listAuditEvents(admin, { user: "nobody@example.ke" })).items).toEqual([]);
    expect((await listAuditEvents(admin, { user: "not a contact" })).items).toEqual([]);
  });
});
