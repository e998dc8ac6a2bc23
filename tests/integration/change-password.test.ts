// Changing a password on /account: the current one is asked again (an unlocked phone must not let
// someone else take the account), tries are limited, every other session ends, the owner is told,
// and a refused form never sends a password back.
import { describe, expect, it, vi } from "vitest";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { sha256 } from "~/auth/crypto.server";
import { PASSWORD_CHANGES_PER_HOUR } from "~/domain/accounts/password.server";
import { createUser, sessionCookie, TEST_PASSWORD } from "../factories/users";

async function post(cookie: string, fields: Record<string, string>) {
  const { action } = await import("~/routes/account");
  const request = new Request("http://127.0.0.1/account", {
    method: "POST",
    body: new URLSearchParams({ intent: "password", ...fields }),
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
  });
  const r = (await action({ request, params: {}, context: {} } as never)) as
    Response | { init: ResponseInit | null; data: { error?: Record<string, string[]> } };
  return r instanceof Response
    ? { status: r.status, body: "", error: undefined }
    : { status: r.init?.status ?? 200, body: JSON.stringify(r.data), error: r.data.error };
}

const NEW = "a brand new passphrase";

describe("changing a password", () => {
  it("needs the current password; a wrong one changes nothing and is never echoed", async () => {
    const user = await createUser("WORKER");
    const cookie = await sessionCookie(user.id);
    const before = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const wrong = await post(cookie, {
      currentPassword: "someone guessing",
      password: NEW,
      confirmPassword: NEW,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.error?.currentPassword).toEqual(["account.password.wrong"]);
    expect(wrong.body).not.toContain("someone guessing");
    expect(wrong.body).not.toContain(NEW);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(before);
  });

  it("changes it, ends every other session (not this one), audits and tells the owner", async () => {
    const user = await createUser("WORKER");
    const cookie = await sessionCookie(user.id);
    await sessionCookie(user.id); // a phone left signed in somewhere else
    const mine = cookie.split("=")[1]!;
    const ok = await post(cookie, {
      currentPassword: TEST_PASSWORD,
      password: NEW,
      confirmPassword: NEW,
    });
    expect(ok.status).toBe(302);
    const sessions = await db.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((s) => s.id)).toEqual([sha256(mine)]); // stored by the hash of the id
    expect((await lucia.validateSession(mine)).session).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: user.id, action: "user.password_changed" } }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({ where: { to: user.email, template: "passwordChanged" } }),
    ).toBe(1);
    // The new password works; the old one no longer does.
    const { loginWithPassword } = await import("~/domain/accounts/accounts.server");
    const opts = { ctx: { requestId: "t", ip: "10.7.7.7" }, appUrl: "http://x", userAgent: null };
    await expect(
      loginWithPassword({ login: user.email, password: NEW }, opts),
    ).resolves.toBeTruthy();
    await expect(
      loginWithPassword({ login: user.email, password: TEST_PASSWORD }, opts),
    ).rejects.toMatchObject({ key: "error.invalidCredentials" });
  });

  it("sent several times (a double click), changes it once: one email, one audit event, no 'wrong password'", async () => {
    const user = await createUser("WORKER");
    const cookie = await sessionCookie(user.id);
    const form = {
      currentPassword: TEST_PASSWORD,
      password: NEW,
      confirmPassword: NEW,
      _submission: crypto.randomUUID(),
    };
    // Several at once, so that one of them reads the password after its twin has changed it (the
    // race CI once lost: that one answered "your current password is wrong").
    const sent = await Promise.all(Array.from({ length: 4 }, () => post(cookie, form)));
    expect(sent.map((r) => r.status)).toEqual([302, 302, 302, 302]);
    // A late retry of the same form is answered as done, though the current password has changed,
    // even when it read the password just after its twin changed it.
    expect((await post(cookie, form)).status).toBe(302);
    // The race CI once lost, made certain: the first look for an earlier copy of this form misses
    // it (as when its twin has not committed yet), then the password read is the twin's new one.
    const look = vi.spyOn(db.idempotencyRecord, "findUnique").mockResolvedValueOnce(null as never);
    expect((await post(cookie, form)).status).toBe(302);
    expect(look).toHaveBeenCalledTimes(2);
    look.mockRestore();
    expect(
      await db.auditEvent.count({ where: { entityId: user.id, action: "user.password_changed" } }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({
        where: {
          template: "passwordChanged",
          idempotencyKey: { startsWith: `password-changed:${user.id}:` },
        },
      }),
    ).toBe(1);
  });

  it("limits guesses at the current password", async () => {
    const user = await createUser("WORKER");
    const cookie = await sessionCookie(user.id);
    const guess = { currentPassword: "guess", password: NEW, confirmPassword: NEW };
    for (let i = 0; i < PASSWORD_CHANGES_PER_HOUR; i++)
      expect((await post(cookie, guess)).status).toBe(400);
    expect((await post(cookie, guess)).status).toBe(429);
    // Even the right password waits now: the limit does not tell guesses from the owner.
    expect(
      (await post(cookie, { currentPassword: TEST_PASSWORD, password: NEW, confirmPassword: NEW }))
        .status,
    ).toBe(429);
  });
});
