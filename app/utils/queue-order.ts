// One way to order a staff queue: by waiting time, longest first (the default), or newest first;
// paged by keyset on the uuid v7 id (creation order) or on (submittedAt, id). Pure.
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

/** Keyset paging on when a record was submitted (its wait), then its id. */
export function bySubmitted(sort: QueueSort, cursor: string | null) {
  const at = cursor ? decodeSubmittedCursor(cursor) : null;
  const dir = sort === "oldest" ? ("asc" as const) : ("desc" as const);
  const op = sort === "oldest" ? "gt" : "lt";
  return {
    where: at
      ? {
          OR: [
            { submittedAt: { [op]: at.submittedAt } },
            { submittedAt: at.submittedAt, id: { [op]: at.id } },
          ],
        }
      : { submittedAt: { not: null } },
    orderBy: [{ submittedAt: dir }, { id: dir }],
  };
}

export function submittedCursor(row: { submittedAt: Date | null; id: string }) {
  return `${row.submittedAt?.getTime() ?? 0}_${row.id}`;
}

/** A cursor from a link (so possibly tampered with): a time and a real uuid, or nothing. */
function decodeSubmittedCursor(cursor: string) {
  const m = /^(\d{1,15})_(.+)$/.exec(cursor);
  return m && isUuid(m[2]) ? { submittedAt: new Date(Number(m[1])), id: m[2] } : null;
}
