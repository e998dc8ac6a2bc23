// The audit hash chain: pure functions shared by the writer and `npm run audit:verify`.
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** JSON with object keys sorted at every depth, so a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export type ChainedFields = {
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
  requestId: string | null;
  ip: string | null;
  prevHash: string;
};

/** Hashes exactly the chained fields (never `seq` or `hash` of a stored row). */
export function eventHash(e: ChainedFields): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    summary: e.summary,
    requestId: e.requestId,
    ip: e.ip,
    prevHash: e.prevHash,
  });
  return createHash("sha256").update(body).digest("hex");
}

export type VerifyResult =
  { ok: true; count: number } | { ok: false; count: number; brokenAt: bigint; reason: string };

/** Walks events in sequence order; the first event whose link or content fails is named. */
export function verifyLinks(
  events: Iterable<ChainedFields & { seq: bigint; hash: string }>,
  state: { prevHash: string; count: number },
): VerifyResult | null {
  for (const e of events) {
    if (e.prevHash !== state.prevHash) {
      return {
        ok: false,
        count: state.count,
        brokenAt: e.seq,
        reason: "previous-hash link does not match (an event was removed or reordered)",
      };
    }
    if (eventHash(e) !== e.hash) {
      return {
        ok: false,
        count: state.count,
        brokenAt: e.seq,
        reason: "content does not match its hash (edited)",
      };
    }
    state.prevHash = e.hash;
    state.count += 1;
  }
  return null;
}

export type ViewFields = Omit<ChainedFields, "prevHash"> & { seq: bigint };

/**
 * Folds views into a digest, in sequence order: each step hashes the digest so far with one view's
 * fields and its sequence number, so a view removed, added, edited or moved changes the result.
 */
export function viewDigest(from: string, views: Iterable<ViewFields>): string {
  let digest = from;
  for (const v of views) {
    const body = canonicalJson({
      seq: v.seq.toString(),
      at: v.at.toISOString(),
      actorId: v.actorId,
      actorRole: v.actorRole,
      action: v.action,
      entityType: v.entityType,
      entityId: v.entityId,
      summary: v.summary,
      requestId: v.requestId,
      ip: v.ip,
    });
    digest = createHash("sha256").update(digest).update(body).digest("hex");
  }
  return digest;
}
