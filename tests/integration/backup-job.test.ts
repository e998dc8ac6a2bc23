// The scheduled backup (issue 21): each run leaves an audit event the admin's page reads; a failure
// is recorded with its reason and shown until a backup works again; only admins see the page.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  backupJob,
  backupStatus,
  runScheduledBackup,
  type BackupSchedule,
} from "~/ops/backup-job.server";
import { startScheduler, type Job } from "~/jobs/scheduler.server";
import { backupOverdue } from "~/ops/backup-manifest";
import { createUser, sessionCookie } from "../factories/users";
import { login } from "../factories/departure";

let dir: string;
let schedule: BackupSchedule;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kazi-backup-job-"));
  schedule = {
    url: process.env.DATABASE_URL!,
    uploadDir: path.join(dir, "uploads"),
    backupDir: path.join(dir, "backups"),
    keep: 2,
    key: randomBytes(32),
  };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the scheduled backup", () => {
  it("records each run for the admin: a success with its size, a failure with its reason", async () => {
    const admin = await login(await createUser("ADMIN"));
    expect((await backupStatus(admin, 24)).lastSuccessAt).toBeNull();
    expect((await backupStatus(admin, 24)).overdue).toBe(true);

    await runScheduledBackup(schedule);
    const ok = await backupStatus(admin, 24);
    expect(ok.lastSuccessAt).not.toBeNull();
    expect(ok.overdue).toBe(false);
    expect(ok.runs[0]).toMatchObject({
      action: "backup.completed",
      summary: { encrypted: true, tables: expect.any(Number) },
    });

    // The backup folder cannot be made (a file stands where it should be): recorded, and thrown
    // on so the scheduler logs it too.
    const blocked = path.join(dir, "not-a-folder");
    await writeFile(blocked, "");
    await expect(runScheduledBackup({ ...schedule, backupDir: blocked })).rejects.toThrow();
    const failed = await backupStatus(admin, 24);
    // The admin's page carries it (every value serialisable: no bigint reaches the page).
    const { loader } = await import("~/routes/admin.backups");
    const page = await loader({
      request: new Request("http://127.0.0.1/admin/backups", {
        headers: { cookie: await sessionCookie(admin.id) },
      }),
      params: {},
      context: {},
    });
    expect(JSON.parse(JSON.stringify(page)).lastFailure.summary.reason).toMatch(/EEXIST|ENOTDIR/);
    expect(failed.lastFailure?.summary).toMatchObject({
      reason: expect.stringMatching(/EEXIST|ENOTDIR/),
    });
    // …until one works again.
    await runScheduledBackup(schedule);
    expect((await backupStatus(admin, 24)).lastFailure).toBeNull();
    expect(await db.auditEvent.count({ where: { action: "backup.completed" } })).toBe(2);
  });

  it("is shown to administrators only", async () => {
    const officer = await login(await createUser("NEA_OFFICER"));
    await expect(backupStatus(officer, 24)).rejects.toMatchObject({ status: 403 });
  });

  it("runs in its own lane: other jobs keep their schedule while a backup is still running", async () => {
    expect(backupJob(24)?.ownLane).toBe(true);
    expect(backupJob(0)).toBeNull();
    let finishBackup = () => {};
    const backupDone = new Promise<void>((resolve) => (finishBackup = resolve));
    let backupStarted = false;
    let checkpoints = 0;
    const suffix = randomBytes(4).toString("hex");
    const jobs: Job[] = [
      {
        name: `lane-backup-${suffix}`,
        everyMs: 3600_000,
        ownLane: true,
        run: async () => {
          backupStarted = true;
          await backupDone;
        },
      },
      { name: `lane-checkpoint-${suffix}`, everyMs: 1, run: async () => void checkpoints++ },
    ];
    const stop = startScheduler(db, jobs, 10);
    try {
      // While the backup has not finished, the other job runs again and again.
      await expect.poll(() => backupStarted && checkpoints >= 3, { timeout: 10_000 }).toBe(true);
    } finally {
      finishBackup();
      await stop();
    }
  });

  it("is overdue after two missed intervals, never when not scheduled", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(backupOverdue(new Date("2026-12-01T13:00:00Z"), 24, now)).toBe(false);
    expect(backupOverdue(new Date("2026-11-30T11:00:00Z"), 24, now)).toBe(true);
    expect(backupOverdue(null, 0, now)).toBe(false);
  });
});
