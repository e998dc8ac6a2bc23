import { describe, expect, it } from "vitest";
import { db, transaction } from "~/utils/db.server";
import {
  newSubmissionKey,
  once,
  purgeSubmissionKeys,
  submissionKeyOf,
} from "~/utils/idempotency.server";

let nextCode = 900;

async function submit(key: string | null, actorId: string | null = null) {
  return transaction((tx) =>
    once(
      tx,
      { key, actorId, action: "test.county" },
      async () => {
        const made = await tx.county.create({
          data: { code: nextCode++, name: `Test county ${nextCode}` },
        });
        await new Promise((r) => setTimeout(r, 50)); // hold the lock long enough for the repeat to queue
        return made;
      },
      (c) => String(c.code),
    ),
  );
}

describe("submission keys", () => {
  it("run a double submission once, and give the repeat the first result", async () => {
    const key = newSubmissionKey();
    const before = await db.county.count();
    const [a, b] = await Promise.all([submit(key), submit(key)]);
    expect(await db.county.count()).toBe(before + 1);
    const first = a.repeated ? b : a;
    const repeat = a.repeated ? a : b;
    expect(first.repeated).toBe(false);
    expect(repeat).toEqual({
      repeated: true,
      resultRef: first.repeated ? null : String(first.result.code),
    });
  });

  it("are scoped to the actor, released by a rollback, and optional", async () => {
    const key = newSubmissionKey();
    await expect(
      transaction((tx) =>
        once(
          tx,
          { key, actorId: null, action: "test.fail" },
          async () => {
            throw new Error("boom");
          },
          () => null,
        ),
      ),
    ).rejects.toThrow("boom");
    const again = await transaction((tx) =>
      once(
        tx,
        { key, actorId: null, action: "test.fail" },
        async () => "ok",
        (r) => r,
      ),
    );
    expect(again).toEqual({ repeated: false, result: "ok" });

    const otherActor = "0193a000-0000-7000-8000-000000000001";
    expect((await submit(key, otherActor)).repeated).toBe(false);
    expect((await submit(null)).repeated).toBe(false);
    expect((await submit(null)).repeated).toBe(false);
  });

  it("accept only well-formed keys from a form, and can be purged", async () => {
    const form = new FormData();
    form.set("_submission", "not-a-key");
    expect(submissionKeyOf(form)).toBeNull();
    const key = newSubmissionKey();
    form.set("_submission", key);
    expect(submissionKeyOf(form)).toBe(key);
    await submit(newSubmissionKey());
    const purged = await transaction((tx) => purgeSubmissionKeys(tx, new Date(Date.now() + 1000)));
    expect(purged).toBeGreaterThan(0);
    expect(await db.idempotencyRecord.count()).toBe(0);
  });
});
