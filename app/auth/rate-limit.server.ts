import { db } from "~/utils/db.server";

/**
 * Fixed-window counter in PostgreSQL, atomic across every app server. Returns whether this hit is
 * within `limit` and when the window resets.
 */
export async function hitRateLimit(key: string, limit: number, windowMs: number) {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    VALUES (${key}, 1, now() + ${`${windowMs} milliseconds`}::interval)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now()
        THEN now() + ${`${windowMs} milliseconds`}::interval ELSE "RateLimitBucket"."resetAt" END
    RETURNING "count", "resetAt"`;
  const row = rows[0]!;
  return { allowed: row.count <= limit, count: row.count, resetAt: row.resetAt };
}

/** Whether `key` has already used up `limit` in its current window (reads only; counts nothing). */
export async function isRateLimited(key: string, limit: number) {
  const row = await db.rateLimitBucket.findUnique({
    where: { key },
    select: { count: true, resetAt: true },
  });
  return !!row && row.resetAt > new Date() && row.count >= limit;
}
