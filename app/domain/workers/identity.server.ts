// One guard for every place where someone other than the worker names a worker by national ID (an
// agency starting a contract, a training institution recording a course): when the ID is already on
// record, the surname and date of birth typed must be that person's. A mismatch is audited and
// counted per user; past the limit every attempt on a recorded ID is refused, the right details too,
// so guessing a date of birth cannot be walked. The caller answers without saying what the record holds.
import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit, type AuditAction } from "~/domain/audit/audit.server";
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import { sameIdentity } from "./identity.rules";

/** Details that do not match the record of a national ID, per user per hour, before refusal. */
export const IDENTITY_MISMATCHES_PER_HOUR = 10;

export type IdentityCheck =
  { outcome: "new" } | { outcome: "same"; workerId: string } | { outcome: "mismatch" | "limited" };

export async function checkNamedWorker(
  actor: Pick<User, "id" | "role">,
  typed: { nationalId: string; lastName: string; dateOfBirth: string },
  audit: { action: AuditAction; summary: Record<string, unknown>; ctx: RequestContext },
): Promise<IdentityCheck> {
  const existing = await db.worker.findUnique({
    where: { nationalId: typed.nationalId },
    select: { id: true, lastName: true, dateOfBirth: true },
  });
  if (!existing) return { outcome: "new" };
  const key = `identity:${actor.id}`;
  if (await isRateLimited(key, IDENTITY_MISMATCHES_PER_HOUR)) return { outcome: "limited" };
  if (sameIdentity(existing, typed)) return { outcome: "same", workerId: existing.id };
  await hitRateLimit(key, IDENTITY_MISMATCHES_PER_HOUR, 3600_000);
  await transaction((tx) =>
    recordAudit(tx, {
      actor: { id: actor.id, role: actor.role },
      action: audit.action,
      entityType: "Worker",
      entityId: existing.id,
      summary: audit.summary,
      ctx: audit.ctx,
    }),
  );
  return { outcome: "mismatch" };
}
