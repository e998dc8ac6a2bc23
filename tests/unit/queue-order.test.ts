// Staff queues: longest waiting first unless newest first is asked for; keyset cursors that a
// tampered link cannot turn into an error.
import { describe, expect, it } from "vitest";
import { byId, decodeSubmittedCursor, queueSort, submittedCursor } from "~/utils/queue-order";

const id = "0193a5a0-0000-7000-8000-000000000001";

describe("queue order", () => {
  it("is longest waiting first unless newest is asked for", () => {
    expect(queueSort(undefined)).toBe("oldest");
    expect(queueSort("newest")).toBe("newest");
    expect(queueSort("<script>")).toBe("oldest");
  });

  it("pages forward on the id in either direction", () => {
    expect(byId("oldest", id)).toEqual({ where: { id: { gt: id } }, orderBy: { id: "asc" } });
    expect(byId("newest", id)).toEqual({ where: { id: { lt: id } }, orderBy: { id: "desc" } });
    expect(byId("newest", null).where).toEqual({});
  });

  it("a (submittedAt, id) cursor reads back; a bad one starts again", () => {
    const at = new Date("2026-04-30T21:30:00Z");
    const cursor = submittedCursor({ submittedAt: at, id });
    expect(decodeSubmittedCursor(cursor)).toEqual({ submittedAt: at, id });
    expect(decodeSubmittedCursor("1e99_nope")).toBeNull();
    // A tampered link whose id part is no uuid would reach PostgreSQL's uuid column: a 500.
    expect(decodeSubmittedCursor(`1_${"-".repeat(36)}`)).toBeNull();
    // A time past the year 9999 would reach PostgreSQL as text it cannot read: a 500.
    expect(decodeSubmittedCursor(`999999999999999_${id}`)).toBeNull();
    expect(decodeSubmittedCursor(`253402300799999_${id}`)?.submittedAt.getUTCFullYear()).toBe(9999);
  });
});
