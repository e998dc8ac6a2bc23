// Views of personal data without the audit chain's one lock (ADR 0022). A view is appended to its
// own log (ViewEvent) by one INSERT that holds only a shared lock, so views never wait on each other
// or on the chain. Every minute one server seals the views appended since the last seal into the
// chain: an `audit.views_sealed` event carrying the range of sequence numbers, how many views it
// holds and a digest of them all. `audit:verify` recomputes each seal from the views, so a view
// deleted, edited or reordered after its seal breaks the chain's proof like any audit event; before
// its seal (a minute at most) the app's role cannot change it (append-only grants, ADR 0018).
import type { Db, Tx } from "~/utils/db.server";
import { lockChain, recordAudit, type AuditInput } from "./audit.server";
import { viewDigest, GENESIS_HASH } from "./chain";

// Views hold it shared while they insert; the sealer takes it alone for a moment, so every view
// with a lower sequence number has committed when it reads the newest one (none can appear later
// inside a sealed range).
const VIEW_LOCK = 727_274_002;
/** Views per seal: a seal is one audit event, read back whole by audit:verify. */
export const SEAL_BATCH = 5000;

/** The actions that are views (reading, never changing): the only ones recorded here. */
export const VIEW_ACTIONS = ["worker.personal_data_viewed", "case.viewed"] as const;
export type ViewInput = Omit<AuditInput, "action"> & { action: (typeof VIEW_ACTIONS)[number] };

/** Records a view of personal data: one statement, committed before the caller shows anything. */
export async function recordView(db: Db, input: ViewInput) {
  await db.$executeRaw`
    INSERT INTO "ViewEvent" ("at", "actorId", "actorRole", "action", "entityType", "entityId", "summary", "requestId", "ip")
    SELECT now(), ${input.actor?.id ?? null}::uuid, ${input.actor?.role ?? null}, ${input.action},
           ${input.entityType}, ${input.entityId ?? null}, ${JSON.stringify(input.summary ?? {})}::jsonb,
           ${input.ctx?.requestId ?? null}, ${input.ctx?.ip ?? null}
      FROM (SELECT pg_advisory_xact_lock_shared(${VIEW_LOCK})) AS held`;
}

type SealSummary = { fromSeq: string; toSeq: string; count: number; digest: string };

/** The last seal's summary, or null before the first. */
async function lastSeal(db: Db | Tx): Promise<SealSummary | null> {
  const e = await db.auditEvent.findFirst({
    where: { action: "audit.views_sealed" },
    orderBy: { seq: "desc" },
    select: { summary: true },
  });
  return (e?.summary as SealSummary | undefined) ?? null;
}

const viewSelect = {
  seq: true,
  at: true,
  actorId: true,
  actorRole: true,
  action: true,
  entityType: true,
  entityId: true,
  summary: true,
  requestId: true,
  ip: true,
} as const;

/** The views in (after, upTo], in order, in pages. */
async function* viewsBetween(db: Db, after: bigint, upTo: bigint) {
  let cursor = after;
  for (;;) {
    const rows = await db.viewEvent.findMany({
      where: { seq: { gt: cursor, lte: upTo } },
      orderBy: { seq: "asc" },
      take: 2000,
      select: viewSelect,
    });
    if (!rows.length) return;
    yield rows;
    cursor = rows[rows.length - 1]!.seq;
  }
}

/** Seals every view appended so far into the audit chain, SEAL_BATCH views per event. */
export async function sealViews(db: Db) {
  // Every view that has a sequence number up to `newest` has committed once this lock is ours.
  const newest = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${VIEW_LOCK})`;
    const r = await tx.viewEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
    return r?.seq ?? 0n;
  });
  let sealed = 0;
  for (;;) {
    // Under the chain's lock, so two sealers can never seal the same views twice.
    const n = await db.$transaction(
      async (tx) => {
        await lockChain(tx);
        const last = await lastSeal(tx);
        const after = last ? BigInt(last.toSeq) : 0n;
        if (after >= newest) return 0;
        const batch = await tx.viewEvent.findMany({
          where: { seq: { gt: after, lte: newest } },
          orderBy: { seq: "asc" },
          take: SEAL_BATCH,
          select: viewSelect,
        });
        if (!batch.length) return 0;
        const summary: SealSummary = {
          fromSeq: String(after + 1n),
          toSeq: String(batch[batch.length - 1]!.seq),
          count: batch.length,
          digest: viewDigest(GENESIS_HASH, batch),
        };
        await recordAudit(tx, {
          actor: null,
          action: "audit.views_sealed",
          entityType: "ViewEvent",
          summary,
        });
        return batch.length;
      },
      { maxWait: 5000, timeout: 60_000 },
    );
    if (!n) return sealed;
    sealed += n;
  }
}

/**
 * For audit:verify: a seal's views, recomputed. Ranges must follow each other with no gap (a view
 * cannot be left out between seals), and each range's views must hash to the sealed digest.
 */
export async function checkSeal(db: Db, summary: unknown, expectedFrom: bigint) {
  const s = summary as Partial<SealSummary>;
  const number = (v: unknown) => typeof v === "string" && /^\d{1,19}$/.test(v);
  if (!number(s.fromSeq) || !number(s.toSeq) || typeof s.count !== "number" || !s.digest)
    return "a views seal without its range, count or digest";
  if (BigInt(s.fromSeq!) !== expectedFrom)
    return `a views seal starts at view ${s.fromSeq}, not ${expectedFrom} where the last one ended: views were left out`;
  let digest = GENESIS_HASH;
  let count = 0;
  for await (const rows of viewsBetween(db, expectedFrom - 1n, BigInt(s.toSeq!))) {
    digest = viewDigest(digest, rows);
    count += rows.length;
  }
  if (count !== s.count)
    return `the views sealed up to view ${s.toSeq} were ${s.count}, now ${count}: views were deleted or added`;
  if (digest !== s.digest)
    return `the views sealed up to view ${s.toSeq} do not match their digest: a view was edited`;
  return null;
}

/** How many views are not sealed yet (shown by audit:verify; they are sealed within a minute). */
export async function unsealedViews(db: Db) {
  const last = await lastSeal(db);
  return db.viewEvent.count({ where: { seq: { gt: last ? BigInt(last.toSeq) : 0n } } });
}
