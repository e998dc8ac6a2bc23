// Attacker's tests for the low items of issue 15 that concern accounts and the admin screens.
import { DomainError } from "~/domain/errors";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { loginWithPassword, registerWorker } from "~/domain/accounts/accounts.server";
import { requestPasswordReset, resetPassword } from "~/domain/accounts/password.server";
import { tokenIsUsable } from "~/domain/accounts/tokens.server";
import { listAuditEvents, listOutbox } from "~/domain/accounts/admin-views.server";
import { createUser, TEST_PASSWORD } from "../../factories/users";

const ctx = { requestId: "test", ip: "10.11.0.1" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000", userAgent: "vitest" };

async function links(to: string, template: string, path: string) {
  const mails = await db.outboxMessage.findMany({
    where: { to, template },
    orderBy: { createdAt: "asc" },
  });
  return mails.map((m) => m.text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`))![1]!);
}

describe("account links and emails", () => {
  it("a new reset link kills the older ones, and using one kills the rest", async () => {
    const user = await createUser("WORKER");
    await requestPasswordReset(user.email, { appUrl: opts.appUrl, ctx });
    await requestPasswordReset(user.email, { appUrl: opts.appUrl, ctx });
    const [first, second] = await links(user.email, "resetPassword", "/reset-password");
    expect(await tokenIsUsable(first!, "RESET_PASSWORD")).toBe(false);
    expect(await tokenIsUsable(second!, "RESET_PASSWORD")).toBe(true);
    expect(await resetPassword(first!, "an attacker's password", ctx)).toBe(false);
    expect(await resetPassword(second!, "the owner's new password", ctx)).toBe(true);
    expect(await tokenIsUsable(second!, "RESET_PASSWORD")).toBe(false);
  });

  it("logging in to an unverified account sends at most 3 new verification emails an hour", async () => {
    const email = `unverified-${Date.now()}@test.ke`;
    await registerWorker(
      { name: "Neema Chebet", email, password: TEST_PASSWORD },
      { locale: "en", appUrl: opts.appUrl, ctx },
    );
    for (let i = 0; i < 6; i++)
      await expect(
        loginWithPassword({ login: email, password: TEST_PASSWORD }, opts),
      ).rejects.toBeInstanceOf(DomainError);
    const sent = await links(email, "verifyEmail", "/verify-email");
    expect(sent).toHaveLength(1 + 3); // the registration's, then three resends
    // Only the newest link works.
    expect(await tokenIsUsable(sent[0]!, "VERIFY_EMAIL")).toBe(false);
    expect(await tokenIsUsable(sent[3]!, "VERIFY_EMAIL")).toBe(true);
  });
});

describe("who has an account", () => {
  it("wrong passwords answer the same, lock included, whether or not the login has an account", async () => {
    const owner = await createUser("WORKER");
    await db.user.update({
      where: { id: owner.id },
      data: { locale: "sw", phone: "254799000111" },
    });
    const tries = async (login: string, ip: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++)
        out.push(
          await loginWithPassword(
            { login, password: "a wrong password" },
            { ...opts, ctx: { ...ctx, ip }, locale: "en" },
          ).then(
            () => "signed in",
            (e: DomainError) =>
              `${e.key}${e.vars?.time ? ` until ${e.vars.time.length} chars` : ""}`,
          ),
        );
      return out;
    };
    for (const [real, none] of [
      [owner.email, `nobody-${Date.now()}@test.ke`],
      ["0799 000 111", "0799 000 222"],
    ] as const) {
      const withAccount = await tries(real, `10.12.${Math.floor(Math.random() * 250)}.1`);
      expect(withAccount.slice(4)).toEqual([
        expect.stringMatching(/^error.locked until/),
        expect.stringMatching(/^error.locked until/),
      ]);
      expect(await tries(none, `10.13.${Math.floor(Math.random() * 250)}.1`)).toEqual(withAccount);
    }
  });
});

describe("admin screens", () => {
  it("a page cursor PostgreSQL cannot hold, or that is not an id, is ignored instead of a 500", async () => {
    const admin = await createUser("ADMIN");
    const user = { id: admin.id, role: admin.role } as never;
    for (const before of ["99999999999999999999999", "9223372036854775808", "-1", "1e9", "abc"])
      await expect(listAuditEvents(user, { before })).resolves.toHaveProperty("items");
    await expect(listAuditEvents(user, { before: "9223372036854775807" })).resolves.toHaveProperty(
      "items",
    );
    for (const before of ["not-a-uuid", "'; DROP TABLE x; --", "0"])
      await expect(listOutbox(user, { before, demoInbox: false })).resolves.toHaveProperty("items");
  });
});
