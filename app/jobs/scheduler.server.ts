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

/** A job; `ownLane` for a long one (a backup) that must not hold up the others while it runs. */
export type Job = { name: string; everyMs: number; run: () => Promise<unknown>; ownLane?: boolean };

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

/** The jobs in the order each lane runs them: the short ones share a lane; a long one has its own. */
export function lanes(jobs: Job[]): Job[][] {
  const shared = jobs.filter((j) => !j.ownLane);
  return [...(shared.length ? [shared] : []), ...jobs.filter((j) => j.ownLane).map((j) => [j])];
}

/**
 * Checks every job each `tickMs`; returns a stop function. Errors are logged, never fatal. Each lane
 * runs its jobs one after another, and a lane still busy skips the tick (nothing piles up), so an
 * hour-long backup in its lane never delays the audit checkpoint or the check-in SMS in theirs.
 */
export function startScheduler(db: Db, jobs: Job[], tickMs: number) {
  let stopped = false;
  const running = lanes(jobs).map((lane) => {
    let busy: Promise<void> | null = null;
    const tick = () => {
      if (busy || stopped) return;
      busy = (async () => {
        for (const job of lane) {
          if (stopped) return;
          try {
            await runIfDue(db, job);
          } catch (e) {
            console.error(`[jobs] ${job.name} failed:`, e);
          }
        }
      })().finally(() => {
        busy = null;
      });
    };
    return { tick, idle: () => busy ?? Promise.resolve() };
  });
  const tickAll = () => running.forEach((l) => l.tick());
  const timer = setInterval(tickAll, tickMs);
  tickAll();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await Promise.all(running.map((l) => l.idle()));
  };
}
