// Submitting a form twice (a double click, a retry on a slow connection, the back button) must
// not do the thing twice. Each mutating form carries a one-time key from its loader; the action
// claims the key in the same transaction as the change, so a rollback releases it and a repeat
// gets the first submission's result instead of a second change.
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "./db.server";
import { isUuid } from "~/utils/validation";

export const IDEMPOTENCY_FIELD = "_submission";

export function newSubmissionKey() {
  return randomUUID();
}

/** The key a form sent, if it is well formed. */
export function submissionKeyOf(form: FormData): string | null {
  const v = form.get(IDEMPOTENCY_FIELD);
  return isUuid(v) ? v.toLowerCase() : null;
}

export type Once<T> = { repeated: false; result: T } | { repeated: true; resultRef: string | null };

/**
 * Runs `run` once per (action, actor, key). A concurrent repeat waits on the first one's row lock
 * and then sees it; a repeat after a rollback runs again. Without a key it simply runs.
 */
export async function once<T>(
  tx: Tx,
  scope: { key: string | null; actorId: string | null; action: string },
  run: () => Promise<T>,
  refOf: (result: T) => string | null,
): Promise<Once<T>> {
  if (!scope.key) return { repeated: false, result: await run() };
  const id = `${scope.action}:${scope.actorId ?? "anonymous"}:${scope.key}`;
  const { count } = await tx.idempotencyRecord.createMany({
    data: [{ key: id, actorId: scope.actorId, action: scope.action }],
    skipDuplicates: true,
  });
  if (count === 0) {
    const first = await tx.idempotencyRecord.findUnique({
      where: { key: id },
      select: { resultRef: true },
    });
    return { repeated: true, resultRef: first?.resultRef ?? null };
  }
  const result = await run();
  await tx.idempotencyRecord.update({ where: { key: id }, data: { resultRef: refOf(result) } });
  return { repeated: false, result };
}

/**
 * Whether this key was already used, with the first result. A workflow step checks this before its
 * state checks: a repeated click must get the first answer, not "this step is no longer possible".
 */
export async function priorSubmission(
  client: Db,
  scope: { key: string | null; actorId: string | null; action: string },
): Promise<{ resultRef: string | null } | null> {
  if (!scope.key) return null;
  return client.idempotencyRecord.findUnique({
    where: { key: `${scope.action}:${scope.actorId ?? "anonymous"}:${scope.key}` },
    select: { resultRef: true },
  });
}

/**
 * A keyed step from start to end. A repeat gets the first answer before any state check (a repeated
 * click must not hear "this step is no longer possible"), and also after one: when the same form's
 * twin commits between that look and the checks, its change is why the checks now refuse, and the
 * refusal is replaced by its answer. (The step's own rollback never records its key, so a record
 * found after a refusal is always the twin's.)
 */
export async function keyedStep<T>(
  client: Db,
  scope: { key: string | null; actorId: string | null; action: string },
  fromPrior: (resultRef: string | null) => T,
  step: () => Promise<T>,
): Promise<T> {
  const prior = await priorSubmission(client, scope);
  if (prior) return fromPrior(prior.resultRef);
  try {
    return await step();
  } catch (e) {
    const twin = await priorSubmission(client, scope);
    if (twin) return fromPrior(twin.resultRef);
    throw e;
  }
}

/** Old keys are only useful for a short while; the scheduled jobs purge them. */
export async function purgeSubmissionKeys(tx: Tx, olderThan: Date) {
  const { count } = await tx.idempotencyRecord.deleteMany({
    where: { createdAt: { lt: olderThan } },
  });
  return count;
}
