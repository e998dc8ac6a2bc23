// Views of personal data without the audit chain's lock (issue 18, ADR 0022). A view is one INSERT
// into its own log that never waits on the chain; a seal folds the views into the chain. Attacker's
// tests: a sealed view deleted, edited or left out, and the app's role changing views, are all
// caught or refused; a view still being written when a seal runs is never left outside it.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db, type Db, type Tx } from "~/utils/db.server";
import { lockChain, recordAudit, verifyAuditChain } from "~/domain/audit/audit.server";
import { recordView, sealViews, unsealedViews } from "~/domain/audit/views.server";
import { exportOwnData } from "~/domain/workers/data-export.server";
import { listMissionWorkers } from "~/domain/mission/mission.server";
import { listAuditEvents } from "~/domain/accounts/admin-views.server";
import { JOBS } from "~/jobs/jobs.server";
import { runIfDue } from "~/jobs/scheduler.server";
import { createUser } from "../../factories/users";
import { attack as ownerAttack } from "../../factories/audit-attack";
import { attache, login, registered } from "../../factories/departure";
import { appRoleEnv, TEST_CHECKPOINT_KEY as KEY } from "../../setup/app-server";

const ctx = { requestId: "views-test", ip: "10.9.9.30" };
const clients: pg.Client[] = [];
afterAll(async () => {
  for (const c of clients) await c.end();
});

const view = (tag: string, client: Db | Tx = db) =>
  recordView(client as Db, {
    actor: null,
    action: "worker.personal_data_viewed",
    entityType: "ViewsTest",
    entityId: tag,
    ctx,
  });

/** An attack on views: the append-only trigger is first disabled, as only the owner can. */
const attack = (run: (tx: Tx) => Promise<void>) =>
  ownerAttack(async (tx) => {
    await tx.$executeRawUnsafe(`ALTER TABLE "ViewEvent" DISABLE TRIGGER view_event_no_update`);
    await run(tx);
  }, KEY);

describe("a view of personal data", () => {
  it("is recorded while the audit chain's lock is held by someone else (views never queue on it)", async () => {
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let locked = () => {};
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = db.$transaction(
      async (tx) => {
        await lockChain(tx);
        locked();
        await held;
      },
      { timeout: 30_000 },
    );
    await isLocked;
    try {
      const before = await db.viewEvent.count();
      // A real view, by an attaché listing her mission's workers, completes under the held lock.
      await listMissionWorkers(await attache("riyadh"), {}, ctx);
      await view("under-lock");
      expect(await db.viewEvent.count()).toBe(before + 2);
    } finally {
      release();
      await holder;
    }
  });

  it("is sealed into the chain, shown in the admin's log and in the worker's own data export", async () => {
    const w = await registered("SA");
    await recordView(db, {
      actor: null,
      action: "worker.personal_data_viewed",
      entityType: "Worker",
      entityId: w.worker.id,
      summary: { purpose: "test" },
      ctx,
    });
    expect(await unsealedViews(db)).toBeGreaterThan(0);
    // The app's scheduled job seals them.
    const job = JOBS.find((j) => j.name === "audit-seal-views")!;
    expect(job.everyMs).toBeLessThanOrEqual(60_000);
    expect(await runIfDue(db, job, "views-test")).toBe(true);
    expect(await unsealedViews(db)).toBe(0);
    expect(await sealViews(db)).toBe(0); // nothing new: no empty seal
    expect(await verifyAuditChain(db, { key: KEY })).toMatchObject({ ok: true });
    const exported = await exportOwnData(w.user, ctx);
    expect(exported.accessLog.map((e) => e.action)).toContain("worker.personal_data_viewed");
    const admin = await login(await createUser("ADMIN"));
    const log = await listAuditEvents(admin, { action: "worker.personal_data_viewed" });
    expect(log.items.some((e) => e.entityId === w.worker.id)).toBe(true);
    const changes = await listAuditEvents(admin, {});
    expect(changes.items.some((e) => e.action === "audit.views_sealed")).toBe(true);
  });
});

describe("attacks on sealed views", () => {
  it("deleting a sealed view is detected", async () => {
    await view("delete-me");
    await sealViews(db);
    const verdict = await attack(async (tx) => {
      await tx.$executeRawUnsafe(`DELETE FROM "ViewEvent" WHERE "entityId" = 'delete-me'`);
    });
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/deleted/) });
  });

  it("editing a sealed view is detected", async () => {
    await view("edit-me");
    await sealViews(db);
    const verdict = await attack(async (tx) => {
      await tx.$executeRawUnsafe(
        `UPDATE "ViewEvent" SET "actorRole" = 'NOBODY' WHERE "entityId" = 'edit-me'`,
      );
    });
    expect(verdict).toMatchObject({ ok: false, reason: expect.stringMatching(/edited/) });
  });

  it("a view added inside a sealed range, or below the first, is detected", async () => {
    // A number no view took (a rolled-back insert leaves such gaps), inside the next seal's range.
    const gap = (
      await db.$queryRawUnsafe<{ gap: bigint }[]>(
        `SELECT nextval(pg_get_serial_sequence('"ViewEvent"', 'seq')) AS gap`,
      )
    )[0]!.gap;
    await view("after-gap");
    await sealViews(db);
    for (const seq of [gap, 0n]) {
      const verdict = await attack(async (tx) => {
        await tx.$executeRawUnsafe(
          `INSERT INTO "ViewEvent" (seq, action, "entityType", summary) VALUES (${seq}, 'case.viewed', 'Forged', '{}')`,
        );
      });
      expect(verdict, `a view forged at ${seq}`).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/added/),
      });
    }
  });

  it("a seal forged with a range that is not a number is reported, never a crash", async () => {
    const verdict = await attack(async (tx) => {
      await recordAudit(tx, {
        actor: null,
        action: "audit.views_sealed",
        entityType: "ViewEvent",
        summary: { fromSeq: "one", toSeq: "ten", count: 0, digest: "x" },
      });
    });
    expect(verdict).toMatchObject({
      ok: false,
      reason: "a views seal without its range, count or digest",
    });
  });

  it("the app's role cannot change or remove views; it can append them", async () => {
    const { DATABASE_URL } = await appRoleEnv(process.env.DATABASE_URL!);
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    clients.push(client);
    for (const sql of [
      `UPDATE "ViewEvent" SET "action" = 'x'`,
      `DELETE FROM "ViewEvent"`,
      `TRUNCATE "ViewEvent"`,
      `ALTER TABLE "ViewEvent" DISABLE TRIGGER view_event_no_update`,
    ])
      await expect(client.query(sql), sql).rejects.toThrow(/permission denied|must be owner/);
    await client.query(
      `INSERT INTO "ViewEvent" (action, "entityType", summary) VALUES ('case.viewed', 'AppRole', '{}')`,
    );
  });
});

describe("sealing while views are being written", () => {
  it("waits for a view that has its number but has not committed, so no sealed range misses one", async () => {
    await sealViews(db);
    // View A takes its sequence number and stays open; view B, after it, commits.
    let finishA = () => {};
    const aMayCommit = new Promise<void>((r) => (finishA = r));
    let aWritten = () => {};
    const aIsWritten = new Promise<void>((r) => (aWritten = r));
    const a = db.$transaction(
      async (tx) => {
        await view("slow-a", tx);
        aWritten();
        await aMayCommit;
      },
      { timeout: 30_000 },
    );
    await aIsWritten;
    await view("fast-b");
    const sealing = sealViews(db);
    // Let A commit only after the sealer has had every chance to read the newest view.
    setTimeout(finishA, 300);
    await a;
    await sealing;
    await sealViews(db);
    expect(await unsealedViews(db)).toBe(0);
    expect(await verifyAuditChain(db, { key: KEY })).toMatchObject({ ok: true });
  });
});
