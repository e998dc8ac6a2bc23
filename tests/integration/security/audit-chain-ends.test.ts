// Attacker's tests (issue 15 §8): deleting the newest audit events, TRUNCATE, or editing an event and
// recomputing every later hash all still verified, and the app connected as a superuser. Now the
// app's role cannot update, delete or truncate audit rows or their checkpoints, and `audit:verify`
// checks the chain against signed checkpoints kept outside the audit table.
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { db, type Tx } from "~/utils/db.server";
import { recordAudit, verifyAuditChain } from "~/domain/audit/audit.server";
import { signCheckpoint, writeCheckpoint } from "~/domain/audit/checkpoints.server";
import { eventHash } from "~/domain/audit/chain";
import { appRoleEnv, startApp, TEST_CHECKPOINT_KEY as KEY } from "../../setup/app-server";
import { attack as ownerAttack } from "../../factories/audit-attack";

const ownerUrl = process.env.DATABASE_URL!;
const clients: { end: () => Promise<void> }[] = [];
afterAll(async () => {
  for (const c of clients) await c.end();
});

async function asAppRole() {
  const { DATABASE_URL } = await appRoleEnv(ownerUrl);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  clients.push(client);
  return { client, url: DATABASE_URL };
}

async function someEvents(n: number, tag: string) {
  for (let i = 0; i < n; i++)
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actor: null,
        action: "seed.loaded",
        entityType: "ChainEndsTest",
        entityId: `${tag}-${i}`,
      }),
    );
}

const attack = (run: (tx: Tx) => Promise<void>) => ownerAttack(run, KEY);

describe("the app's database role cannot rewrite history", () => {
  it("no UPDATE, DELETE or TRUNCATE on audit events or checkpoints; appending still works", async () => {
    await someEvents(2, "role");
    await writeCheckpoint(db, KEY);
    const { client, url } = await asAppRole();
    for (const sql of [
      `UPDATE "AuditEvent" SET "action" = 'x' WHERE "seq" = (SELECT max("seq") FROM "AuditEvent")`,
      `DELETE FROM "AuditEvent" WHERE "seq" = (SELECT max("seq") FROM "AuditEvent")`,
      `TRUNCATE "AuditEvent"`,
      `UPDATE "AuditCheckpoint" SET "count" = 0`,
      `DELETE FROM "AuditCheckpoint"`,
      `TRUNCATE "AuditCheckpoint"`,
      `ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`,
      `DELETE FROM "_prisma_migrations"`,
    ])
      await expect(client.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    // The app's own work goes on: it appends audit events and changes ordinary rows.
    const app = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
    clients.push({ end: () => app.$disconnect() });
    const before = await db.auditEvent.count();
    await app.$transaction(async (tx) => {
      await tx.county.update({ where: { code: 47 }, data: { name: "Nairobi" } });
      await recordAudit(tx, { actor: null, action: "seed.loaded", entityType: "AppRole" });
    });
    expect(await db.auditEvent.count()).toBe(before + 1);
    expect(await writeCheckpoint(app, KEY)).not.toBeNull(); // it may append checkpoints
    expect(await verifyAuditChain(db, { key: KEY })).toMatchObject({ ok: true });
  });
});

describe("signed checkpoints catch what the chain alone cannot", () => {
  it("deleting the newest events: undetected without a checkpoint, detected after one", async () => {
    await someEvents(3, "tail");
    const deleteNewest = async (tx: Tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
      await tx.$executeRawUnsafe(
        `DELETE FROM "AuditEvent" WHERE "seq" IN (SELECT "seq" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 2)`,
      );
    };
    // Events newer than the last checkpoint are not covered (the interval bounds that window)…
    await writeCheckpoint(db, KEY);
    await someEvents(2, "after");
    expect(await attack(deleteNewest)).toMatchObject({ ok: true });
    // …once a checkpoint covers them, their deletion is caught.
    await writeCheckpoint(db, KEY);
    expect(await attack(deleteNewest)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ends before signed checkpoint|missing/),
    });
  });

  it("TRUNCATE is detected", async () => {
    await someEvents(1, "trunc");
    await writeCheckpoint(db, KEY);
    const verdict = await attack(async (tx) => {
      await tx.$executeRawUnsafe(`TRUNCATE "AuditEvent"`);
    });
    expect(verdict).toMatchObject({
      ok: false,
      reason: expect.stringContaining("ends before signed checkpoint"),
    });
  });

  it("editing an event and recomputing every later hash is detected", async () => {
    await someEvents(3, "recompute");
    await writeCheckpoint(db, KEY);
    const verdict = await attack(async (tx) => {
      await tx.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER audit_event_no_update`);
      const rows = await tx.auditEvent.findMany({ orderBy: { seq: "asc" } });
      const target = rows.findIndex((r) => r.entityId === "recompute-0");
      let prev = rows[target - 1]?.hash ?? "0".repeat(64);
      for (const r of rows.slice(target)) {
        const fields = {
          ...r,
          actorRole: r.seq === rows[target]!.seq ? "ADMIN" : r.actorRole, // the forged edit
          prevHash: prev,
        };
        const hash = eventHash(fields);
        await tx.auditEvent.update({
          where: { seq: r.seq },
          data: { actorRole: fields.actorRole, prevHash: prev, hash },
        });
        prev = hash;
      }
    });
    // Every link and hash checks out (the chain was recomputed): only the checkpoint tells.
    expect(verdict).toMatchObject({
      ok: false,
      reason: expect.stringContaining("does not match signed checkpoint"),
    });
  });

  it("a forged checkpoint, or one signed with another key, is refused", async () => {
    await someEvents(1, "forge");
    const head = (await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } }))!;
    const count = BigInt(await db.auditEvent.count());
    const forged = await attack(async (tx) => {
      await tx.auditCheckpoint.create({
        data: {
          count,
          headSeq: head.seq,
          headHash: head.hash,
          keyId: (await import("~/domain/audit/checkpoints.server")).keyIdOf(KEY),
          signature: "00".repeat(32),
        },
      });
    });
    expect(forged).toMatchObject({ ok: false, reason: expect.stringContaining("not valid") });
    const otherKey = "another-key-that-is-long-enough-0123456789";
    const other = await attack(async (tx) => {
      await writeCheckpoint(tx as unknown as typeof db, otherKey);
    });
    expect(other).toMatchObject({ ok: false, reason: expect.stringContaining("another key") });
    const c = { count, headSeq: head.seq, headHash: head.hash };
    expect(signCheckpoint(KEY, c)).not.toBe(signCheckpoint(otherKey, c));
  });
});

describe("production refuses a database role that could rewrite the audit trail", () => {
  it("the server will not start as the owner (a superuser here)", async () => {
    const app = await startApp({ DATABASE_URL: ownerUrl }, { leastPrivilege: false });
    const code = await new Promise<number | null>((resolve) => {
      if (app.proc.exitCode !== null) return resolve(app.proc.exitCode);
      app.proc.once("exit", (c) => resolve(c));
    });
    expect(code).toBe(1);
    expect(app.output.join("")).toMatch(/connects as a role that is a superuser/);
    await app.stop();
  }, 120_000);
});
