// One way to order a staff queue: by waiting time, longest first (the default), or newest first;
// paged by keyset on the uuid v7 id (creation order) or on (submittedAt, id) (the contract queue's
// SQL reads the cursor with decodeSubmittedCursor). Pure.
import { isUuid } from "./validation";
export const QUEUE_SORTS = ["oldest", "newest"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

/** Lenient, like every queue filter: anything but "newest" is the default order. */
export function queueSort(value: string | null | undefined): QueueSort {
  return value === "newest" ? "newest" : "oldest";
}

/** Keyset paging on the id, whose uuid v7 order is the order records were created in. */
export function byId(sort: QueueSort, cursor: string | null) {
  return {
    where: cursor ? { id: sort === "oldest" ? { gt: cursor } : { lt: cursor } } : {},
    orderBy: { id: sort === "oldest" ? ("asc" as const) : ("desc" as const) },
  };
}

export function submittedCursor(row: { submittedAt: Date | null; id: string }) {
  return `${row.submittedAt?.getTime() ?? 0}_${row.id}`;
}

/** The last millisecond of the year 9999: PostgreSQL cannot read a later time from text. */
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A cursor from a link (so possibly tampered with): a time and a real uuid, or nothing. */
export function decodeSubmittedCursor(cursor: string) {
  const m = /^(\d{1,15})_(.+)$/.exec(cursor);
  const ms = m ? Number(m[1]) : NaN;
  return m && ms <= LATEST && isUuid(m[2]) ? { submittedAt: new Date(ms), id: m[2] } : null;
}
