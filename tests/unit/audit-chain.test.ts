import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  eventHash,
  GENESIS_HASH,
  verifyLinks,
  type ChainedFields,
} from "~/domain/audit/chain";

function chain(n: number) {
  const out: (ChainedFields & { seq: bigint; hash: string })[] = [];
  let prev = GENESIS_HASH;
  for (let i = 0; i < n; i++) {
    const f: ChainedFields = {
      at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      actorId: null,
      actorRole: "ADMIN",
      action: "user.created",
      entityType: "User",
      entityId: `u${i}`,
      summary: { role: "NEA_OFFICER", n: i },
      requestId: null,
      ip: null,
      prevHash: prev,
    };
    const hash = eventHash(f);
    out.push({ ...f, seq: BigInt(i + 1), hash });
    prev = hash;
  }
  return out;
}

describe("audit hash chain", () => {
  it("canonical JSON ignores key order, so a jsonb round trip hashes the same", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it("accepts an intact chain", () => {
    const state = { prevHash: GENESIS_HASH, count: 0 };
    expect(verifyLinks(chain(5), state)).toBeNull();
    expect(state.count).toBe(5);
  });

  it("names the first edited event", () => {
    const events = chain(5);
    events[2]!.summary = { role: "ADMIN", n: 2 };
    const r = verifyLinks(events, { prevHash: GENESIS_HASH, count: 0 });
    expect(r).toMatchObject({ ok: false, brokenAt: 3n, count: 2 });
  });

  it("detects a removed event by its successor's link", () => {
    const events = chain(5);
    events.splice(1, 1);
    const r = verifyLinks(events, { prevHash: GENESIS_HASH, count: 0 });
    expect(r).toMatchObject({ ok: false, brokenAt: 3n, count: 1 });
  });
});
