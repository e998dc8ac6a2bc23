import { DomainError } from "~/domain/errors";
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import {
  ACCOUNT_FAILURES_PER_HOUR,
  LOGIN_FAILURES_PER_IP,
  loginWithPassword,
  MAX_FAILED_LOGINS,
  registerWorker,
  verifyEmail,
} from "~/domain/accounts/accounts.server";
import {
  requestPasswordReset,
  RESETS_PER_ADDRESS_PER_HOUR,
  RESETS_PER_SOURCE_PER_HOUR,
  resetPassword,
} from "~/domain/accounts/password.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { createUser, TEST_PASSWORD } from "../factories/users";

const ctx = { requestId: "test", ip: "127.0.0.9" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000", userAgent: "vitest" };

function linkToken(text: string, path: string) {
  const m = text.match(new RegExp(`${path}/([A-Za-z0-9_-]+)`));
  return m?.[1] ?? "";
}

async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.key;
    throw e;
  }
  return "no error";
}

describe("worker registration and email verification", () => {
  it("needs a verified email before login; the link works once", async () => {
    await registerWorker(
      { name: "Achieng Odhiambo", email: "achieng@test.ke", password: TEST_PASSWORD },
      { locale: "sw", appUrl: opts.appUrl, ctx },
    );
    expect(
      await failure(loginWithPassword({ login: "achieng@test.ke", password: TEST_PASSWORD }, opts)),
    ).toBe("error.emailNotVerified");
    // The login sent a new link, which replaced the registration's: the newest one works.
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: "achieng@test.ke" },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toContain("Thibitisha");
    const token = linkToken(mail.text, "/verify-email");
    expect(await verifyEmail(token, ctx)).toBe(true);
    expect(await verifyEmail(token, ctx)).toBe(false);
    const ok = await loginWithPassword({ login: "achieng@test.ke", password: TEST_PASSWORD }, opts);
    expect(ok.next).toBe("done");
    expect(await db.worker.count({ where: { user: { email: "achieng@test.ke" } } })).toBe(1);
  });

  // Attacker's test (issue 15, low): /register told anyone which addresses have accounts.
  it("answers a taken address as a new one, makes no second account, and tells the owner", async () => {
    const owner = await createUser("WORKER", { email: "taken@test.ke" });
    expect(
      await failure(
        registerWorker(
          { name: "X Y", email: "taken@test.ke", password: TEST_PASSWORD },
          { locale: "en", appUrl: opts.appUrl, ctx },
        ),
      ),
    ).toBe("no error");
    expect(await db.user.count({ where: { email: "taken@test.ke" } })).toBe(1);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: "taken@test.ke", template: "accountExists" },
    });
    expect(mail.text).toContain(`${opts.appUrl}/forgot-password`);
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toMatchObject({
      passwordHash: owner.passwordHash,
    });
  });
});

describe("login", () => {
  it("locks the account after repeated failures, even with the right password, and emails the owner", async () => {
    const user = await createUser("WORKER");
    for (let i = 0; i < MAX_FAILED_LOGINS - 1; i++) {
      expect(
        await failure(loginWithPassword({ login: user.email, password: "wrong-password" }, opts)),
      ).toBe("error.invalidCredentials");
    }
    expect(
      await failure(loginWithPassword({ login: user.email, password: "wrong-password" }, opts)),
    ).toBe("error.locked");
    expect(
      await failure(loginWithPassword({ login: user.email, password: TEST_PASSWORD }, opts)),
    ).toBe("error.locked");
    expect(
      await db.outboxMessage.count({ where: { to: user.email, template: "accountLocked" } }),
    ).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.locked" } })).toBe(
      1,
    );
  });

  // Attacker's test (issue 15, low): five wrong passwords from anywhere locked the owner out too.
  it("a guesser locks only their own address out: the owner logs in from hers", async () => {
    const user = await createUser("WORKER");
    const guesser = { ...opts, ctx: { requestId: "test", ip: "10.66.0.1" } };
    const owner = { ...opts, ctx: { requestId: "test", ip: "10.66.0.2" } };
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await failure(loginWithPassword({ login: user.email, password: "guess" }, guesser));
    expect(
      await failure(loginWithPassword({ login: user.email, password: TEST_PASSWORD }, guesser)),
    ).toBe("error.locked");
    expect(
      (await loginWithPassword({ login: user.email, password: TEST_PASSWORD }, owner)).next,
    ).toBe("done");
    // Only a flood from many addresses locks the account itself.
    await db.rateLimitBucket.upsert({
      where: { key: `login:fail:${user.id}` },
      create: {
        key: `login:fail:${user.id}`,
        count: ACCOUNT_FAILURES_PER_HOUR - 1,
        resetAt: new Date(Date.now() + 3600_000),
      },
      update: { count: ACCOUNT_FAILURES_PER_HOUR - 1 },
    });
    const third = { ...opts, ctx: { requestId: "test", ip: "10.66.0.3" } };
    expect(await failure(loginWithPassword({ login: user.email, password: "guess" }, third))).toBe(
      "error.locked",
    );
    expect(
      await failure(loginWithPassword({ login: user.email, password: TEST_PASSWORD }, owner)),
    ).toBe("error.locked");
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.locked" } })).toBe(
      2,
    );
  });

  it("asks officials for the second factor", async () => {
    const officer = await createUser("NEA_OFFICER");
    expect(
      (await loginWithPassword({ login: officer.email, password: TEST_PASSWORD }, opts)).next,
    ).toBe("totp");
  });

  // Each login verifies an argon2 hash (19 MiB, 2 passes): the counter is brought near its limit
  // directly, so the test needs a handful of logins instead of a hundred on a busy 2-core machine.
  it("limits failures per IP, never successes: a shared office address can log many people in", async () => {
    const office = { ...opts, ctx: { requestId: "test", ip: "10.99.0.1" } };
    const users = await Promise.all(Array.from({ length: 3 }, () => createUser("WORKER")));
    for (let i = 0; i < 6; i++) {
      expect(
        (await loginWithPassword({ login: users[i % 3]!.email, password: TEST_PASSWORD }, office))
          .next,
      ).toBe("done");
    }
    expect(
      await db.rateLimitBucket.findUnique({ where: { key: "login:ip:10.99.0.1" } }),
    ).toBeNull(); // successes count nothing
    const guesser = { ...opts, ctx: { requestId: "test", ip: "10.99.0.2" } };
    for (let i = 0; i < LOGIN_FAILURES_PER_IP - 2; i++)
      await hitRateLimit("login:ip:10.99.0.2", LOGIN_FAILURES_PER_IP, 15 * 60_000);
    for (let i = 0; i < 2; i++) {
      expect(
        await failure(
          loginWithPassword({ login: `guess-${i}@test.ke`, password: "wrong-password" }, guesser),
        ),
      ).toBe("error.invalidCredentials");
    }
    expect(
      (await db.rateLimitBucket.findUniqueOrThrow({ where: { key: "login:ip:10.99.0.2" } })).count,
    ).toBe(LOGIN_FAILURES_PER_IP);
    expect(
      await failure(
        loginWithPassword({ login: users[0]!.email, password: TEST_PASSWORD }, guesser),
      ),
    ).toBe("error.rateLimited");
    expect(
      (await loginWithPassword({ login: users[0]!.email, password: TEST_PASSWORD }, office)).next,
    ).toBe("done"); // other addresses unaffected
  });

  it("answers an unknown email like a wrong password", async () => {
    expect(
      await failure(loginWithPassword({ login: "nobody@test.ke", password: "whatever-123" }, opts)),
    ).toBe("error.invalidCredentials");
  });
});

describe("password reset", () => {
  it("is single use, ends sessions and clears a lockout", async () => {
    const user = await createUser("WORKER");
    await db.user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 60_000) },
    });
    await db.session.create({
      data: {
        id: "hash-of-some-session",
        userId: user.id,
        expiresAt: new Date(Date.now() + 3600_000),
      },
    });
    await requestPasswordReset(user.email, { appUrl: opts.appUrl, ctx });
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: user.email, template: "resetPassword" },
    });
    const token = linkToken(mail.text, "/reset-password");
    expect(await resetPassword(token, "a brand new password", ctx)).toBe(true);
    expect(await resetPassword(token, "another new password", ctx)).toBe(false);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(
      (await loginWithPassword({ login: user.email, password: "a brand new password" }, opts)).next,
    ).toBe("done");
  });

  // Attacker's test (sixth review, low): five anonymous requests used up an address's resets for
  // the hour, so its owner's own request sent nothing.
  it("others asking for resets from elsewhere do not use up the owner's", async () => {
    const user = await createUser("WORKER");
    const sent = () =>
      db.outboxMessage.count({ where: { to: user.email, template: "resetPassword" } });
    const attacker = { ...ctx, ip: "198.51.100.66" };
    for (let i = 0; i < 6; i++)
      await requestPasswordReset(user.email, { appUrl: opts.appUrl, ctx: attacker });
    expect(await sent()).toBe(RESETS_PER_SOURCE_PER_HOUR);
    await requestPasswordReset(user.email, {
      appUrl: opts.appUrl,
      ctx: { ...ctx, ip: "203.0.113.5" },
    });
    expect(await sent()).toBe(RESETS_PER_SOURCE_PER_HOUR + 1);
    // However many sources ask, the address gets at most RESETS_PER_ADDRESS_PER_HOUR.
    for (let i = 0; i < RESETS_PER_ADDRESS_PER_HOUR + 2; i++)
      await requestPasswordReset(user.email, {
        appUrl: opts.appUrl,
        ctx: { ...ctx, ip: `192.0.2.${i + 1}` },
      });
    expect(await sent()).toBe(RESETS_PER_ADDRESS_PER_HOUR);
  });

  it("says nothing about unknown addresses", async () => {
    const before = await db.outboxMessage.count();
    await requestPasswordReset("ghost@test.ke", { appUrl: opts.appUrl, ctx });
    expect(await db.outboxMessage.count()).toBe(before);
  });
});

describe("rate limits", () => {
  it("count atomically across concurrent hits", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => hitRateLimit("test:burst", 6, 60_000)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(6);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
  });
});
