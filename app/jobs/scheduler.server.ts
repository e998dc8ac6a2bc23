// Scheduled jobs that are safe with several app servers: each run takes a lease row (JobLease);
// a server runs a job only when it wins the lease, so each job runs once per interval in all.
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import type { Db } from "~/utils/db.server";

const holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Takes the lease for `name` if it is free or expired; true when this process may run the job. */
export async function acquireLease(
  db: Db,
  name: string,
  leaseMs: number,
  who = holder,
): Promise<boolean> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    INSERT INTO "JobLease" ("name", "holder", "leasedUntil") VALUES (${name}, ${who}, now() + ${`${leaseMs} milliseconds`}::interval)
    ON CONFLICT ("name") DO UPDATE SET "holder" = EXCLUDED."holder", "leasedUntil" = EXCLUDED."leasedUntil"
      WHERE "JobLease"."leasedUntil" <= now()
    RETURNING "name"`;
  return rows.length === 1;
}

export type Job = { name: string; everyMs: number; run: () => Promise<unknown> };

/** Runs one job if its lease is free; records when it last ran. */
export async function runIfDue(db: Db, job: Job, who = holder) {
  if (!(await acquireLease(db, job.name, job.everyMs, who))) return false;
  await job.run();
  await db.jobLease.update({
    where: { name: job.name },
    data: { lastRunAt: new Date(), runs: { increment: 1 } },
  });
  return true;
}

/** Checks every job each `tickMs`; returns a stop function. Errors are logged, never fatal. */
export function startScheduler(db: Db, jobs: Job[], tickMs: number) {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    for (const job of jobs) {
      if (stopped) return;
      try {
        await runIfDue(db, job);
      } catch (e) {
        console.error(`[jobs] ${job.name} failed:`, e);
      }
    }
  };
  const timer = setInterval(() => {
    running = running.then(tick);
  }, tickMs);
  running = running.then(tick);
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
