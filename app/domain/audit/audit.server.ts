import type { Tx, Db } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { eventHash, GENESIS_HASH, verifyLinks, type VerifyResult } from "./chain";
import { checkpointKey, keyIdOf, loadCheckpoints, signatureValid } from "./checkpoints.server";
import { checkSeal } from "./views.server";

export { AUDIT_ACTIONS, type AuditAction } from "./actions";
import type { AuditAction } from "./actions";

export type Actor = { id: string; role: string } | null;

export type AuditInput = {
  actor: Actor;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  summary?: Record<string, unknown>;
  ctx?: RequestContext | null;
};

// Any constant: every writer takes this transaction-scoped lock, so the chain has one order.
const CHAIN_LOCK = 727_274_001;

/** Takes the chain's lock until the transaction ends (recordAudit takes it too; it is re-entrant). */
export async function lockChain(tx: Tx) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`;
}

/** Appends an event inside the caller's transaction: it commits or rolls back with the change. */
export async function recordAudit(tx: Tx, input: AuditInput) {
  await lockChain(tx);
  const last = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  const fields = {
    at: new Date(),
    actorId: input.actor?.id ?? null,
    actorRole: input.actor?.role ?? null,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    summary: input.summary ?? {},
    requestId: input.ctx?.requestId ?? null,
    ip: input.ctx?.ip ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await tx.auditEvent.create({
    data: { ...fields, summary: fields.summary as object, hash: eventHash(fields) },
  });
}

/**
 * Verifies the whole chain in batches (constant memory), and the chain against every signed
 * checkpoint: at each checkpoint's event, the number of events so far and that event's hash must be
 * what was signed. A chain truncated, or edited and recomputed, before a checkpoint fails here.
 */
export async function verifyAuditChain(
  db: Db,
  opts: { batch?: number; key?: string | null } = {},
): Promise<VerifyResult & { checkpoints?: number }> {
  const batch = opts.batch ?? 2000;
  const key = opts.key === undefined ? checkpointKey() : opts.key;
  const checkpoints = await loadCheckpoints(db);
  for (const c of checkpoints) {
    const why =
      key === null
        ? null
        : c.keyId !== keyIdOf(key)
          ? "checkpoint signed with another key than AUDIT_CHECKPOINT_KEY"
          : !signatureValid(key, c)
            ? "checkpoint signature is not valid (forged or altered checkpoint)"
            : null;
    if (why) return { ok: false, count: 0, brokenAt: c.headSeq, reason: why };
  }
  const state = { prevHash: GENESIS_HASH, count: 0 };
  let nextView = 1n; // where the next seal of views must start (ADR 0022)
  let next = 0; // the next checkpoint to meet on the walk
  let cursor: bigint | undefined;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: cursor === undefined ? {} : { seq: { gt: cursor } },
      orderBy: { seq: "asc" },
      take: batch,
    });
    for (const row of rows) {
      const broken = verifyLinks([row], state);
      if (broken) return broken;
      if (row.action === "audit.views_sealed") {
        const why = await checkSeal(db, row.summary, nextView);
        if (why) return { ok: false, count: state.count - 1, brokenAt: row.seq, reason: why };
        nextView = BigInt((row.summary as { toSeq: string }).toSeq) + 1n;
      }
      // Checkpoints whose event is missing (deleted) are passed over here: caught below.
      while (next < checkpoints.length && checkpoints[next]!.headSeq < row.seq) {
        const c = checkpoints[next]!;
        return {
          ok: false,
          count: state.count - 1,
          brokenAt: c.headSeq,
          reason: `the event signed in checkpoint #${c.id} is missing (events were deleted)`,
        };
      }
      while (next < checkpoints.length && checkpoints[next]!.headSeq === row.seq) {
        const c = checkpoints[next]!;
        if (c.headHash !== row.hash || c.count !== BigInt(state.count))
          return {
            ok: false,
            count: state.count,
            brokenAt: row.seq,
            reason: `does not match signed checkpoint #${c.id} (${c.count} events, head ${c.headHash.slice(0, 12)}…): the chain was recomputed or events were deleted`,
          };
        next++;
      }
    }
    if (rows.length < batch) break;
    cursor = rows[rows.length - 1]!.seq;
  }
  if (next < checkpoints.length) {
    const c = checkpoints[next]!;
    return {
      ok: false,
      count: state.count,
      brokenAt: c.headSeq,
      reason: `the chain ends before signed checkpoint #${c.id} (${c.count} events): events were deleted or the table truncated`,
    };
  }
  // Seals cover every view from number 1 on: one numbered below is not a view the app wrote.
  const below = await db.viewEvent.findFirst({ where: { seq: { lt: 1n } }, select: { seq: true } });
  if (below)
    return {
      ok: false,
      count: state.count,
      brokenAt: below.seq,
      reason: `view ${below.seq} lies below every seal: views were added`,
    };
  return { ok: true, count: state.count, checkpoints: checkpoints.length };
}
