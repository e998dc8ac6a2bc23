// Signed checkpoints of the audit chain's head (issue 15 §8, ADR 0018). The hash chain alone shows
// an edited event, but not a chain whose newest events were deleted, or one edited and recomputed
// from there on. A checkpoint records how many events there were up to an event and that event's
// hash, signed with AUDIT_CHECKPOINT_KEY, a key the database never holds. The app role can only
// append checkpoints; `audit:verify` checks the chain against every one of them.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "~/utils/db.server";

export type Checkpoint = { count: bigint; headSeq: bigint; headHash: string };

/** The key from the environment (production requires it; demo mode keeps one beside its database). */
export function checkpointKey(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.AUDIT_CHECKPOINT_KEY || null;
}

export const keyIdOf = (key: string) =>
  createHash("sha256").update(`audit-checkpoint:${key}`).digest("hex").slice(0, 16);

export function signCheckpoint(key: string, c: Checkpoint) {
  return createHmac("sha256", key)
    .update(`kazi-salama-audit:${c.count}:${c.headSeq}:${c.headHash}`)
    .digest("hex");
}

export function signatureValid(key: string, c: Checkpoint & { signature: string }) {
  const want = Buffer.from(signCheckpoint(key, c), "hex");
  const got = Buffer.from(c.signature, "hex");
  return want.length === got.length && timingSafeEqual(want, got);
}

/**
 * Records the chain's head now, unless it has not moved since the last checkpoint. Events commit in
 * chain order (every writer holds the chain lock until commit), so the events visible here are a
 * prefix of the chain and their count is exact.
 */
export async function writeCheckpoint(db: Db, key: string | null = checkpointKey()) {
  if (!key) return null;
  const head = await db.auditEvent.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  if (!head) return null;
  const last = await db.auditCheckpoint.findFirst({
    orderBy: { headSeq: "desc" },
    select: { headSeq: true },
  });
  if (last && last.headSeq >= head.seq) return null;
  const count = BigInt(await db.auditEvent.count({ where: { seq: { lte: head.seq } } }));
  const c = { count, headSeq: head.seq, headHash: head.hash };
  return db.auditCheckpoint.create({
    data: { ...c, keyId: keyIdOf(key), signature: signCheckpoint(key, c) },
    select: { id: true, count: true, headSeq: true },
  });
}

export async function loadCheckpoints(db: Db) {
  return db.auditCheckpoint.findMany({
    orderBy: [{ headSeq: "asc" }, { id: "asc" }],
    select: { id: true, count: true, headSeq: true, headHash: true, keyId: true, signature: true },
  });
}
