// Second factor enrolment and recovery codes, admin-created accounts, and "log out everywhere".
import { DomainError } from "~/domain/errors";
import { describe, expect, it } from "vitest";
import { Secret, TOTP } from "otpauth";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { loginWithPassword, logoutEverywhere } from "~/domain/accounts/accounts.server";
import { resetPassword } from "~/domain/accounts/password.server";
import { adminUserAction, createUserByAdmin } from "~/domain/accounts/admin-accounts.server";
import { tokenIsUsable } from "~/domain/accounts/tokens.server";
import {
  beginTotpEnrolment,
  confirmTotpEnrolment,
  verifySecondFactor,
} from "~/domain/accounts/second-factor.server";
import { hashPassword } from "~/auth/crypto.server";
import { decide, propose } from "~/domain/decisions/decisions.server";
import { createUser, TEST_PASSWORD } from "../factories/users";

const ctx = { requestId: "test", ip: "127.0.0.9" };
const opts = { ctx, appUrl: "http://127.0.0.1:3000", userAgent: "vitest" };

/** The code for the time step `steps` away from now (each code is accepted once). */
function codeFor(email: string, secret: string, steps = 0) {
  return new TOTP({
    issuer: "Kazi Salama",
    label: email,
    secret: Secret.fromBase32(secret),
  }).generate({ timestamp: Date.now() + steps * 30_000 });
}

/** Waits, if need be, until at least 5 s remain in the current 30-second step (no edge races). */
async function awayFromStepEdge() {
  const left = 30_000 - (Date.now() % 30_000);
  if (left < 5_000) await new Promise((r) => setTimeout(r, left + 100));
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

async function luciaUser(id: string) {
  const session = await lucia.createSession(id, { secondFactorAt: null });
  const { user } = await lucia.validateSession(session.id);
  return { user: user!, sessionId: session.id };
}

async function secondFactorDone(sessionId: string) {
  const { session } = await lucia.validateSession(sessionId);
  return !!session?.secondFactorAt;
}

async function newOfficialWithoutTotp() {
  return db.user.create({
    data: {
      email: `officer-${crypto.randomUUID()}@test.ke`,
      name: "New Officer",
      role: "NEA_OFFICER",
      passwordHash: await hashPassword(TEST_PASSWORD),
      emailVerifiedAt: new Date(),
    },
  });
}

describe("TOTP enrolment", () => {
  it("sends a new official to enrolment, accepts a valid first code and returns single-use recovery codes", async () => {
    const row = await newOfficialWithoutTotp();
    expect(
      (await loginWithPassword({ login: row.email!, password: TEST_PASSWORD }, opts)).next,
    ).toBe("totp-setup");

    const { user, sessionId } = await luciaUser(row.id);
    const enrolment = await beginTotpEnrolment(user);
    expect(enrolment).not.toBeNull();
    expect(enrolment!.uri).toMatch(/^otpauth:\/\/totp\//);
    expect(enrolment!.qrSvg).toContain("<svg");
    // Resuming enrolment shows the same pending secret, not a new one.
    expect((await beginTotpEnrolment(user))!.secret).toBe(enrolment!.secret);

    expect(await failure(confirmTotpEnrolment(user, sessionId, "000000", ctx))).toBe(
      "error.totpInvalid",
    );
    expect(await secondFactorDone(sessionId)).toBe(false);

    const codes = await confirmTotpEnrolment(
      user,
      sessionId,
      codeFor(row.email!, enrolment!.secret),
      ctx,
    );
    expect(codes).toHaveLength(8);
    expect(new Set(codes).size).toBe(8);
    expect(await secondFactorDone(sessionId)).toBe(true);
    const stored = await db.recoveryCode.findMany({ where: { userId: row.id } });
    expect(stored.map((c) => c.codeHash)).not.toContain(codes[0]); // only hashes are stored
    expect(await beginTotpEnrolment(user)).toBeNull(); // already enrolled
    expect(
      await db.auditEvent.count({ where: { entityId: row.id, action: "user.totp_enrolled" } }),
    ).toBe(1);

    // Next login: password, then a recovery code instead of the authenticator; each code works once.
    expect(
      (await loginWithPassword({ login: row.email!, password: TEST_PASSWORD }, opts)).next,
    ).toBe("totp");
    const second = await luciaUser(row.id);
    await verifySecondFactor(
      second.user,
      second.sessionId,
      { recoveryCode: codes[0]!.toLowerCase() },
      ctx,
    );
    expect(await secondFactorDone(second.sessionId)).toBe(true);
    const third = await luciaUser(row.id);
    expect(
      await failure(
        verifySecondFactor(third.user, third.sessionId, { recoveryCode: codes[0]! }, ctx),
      ),
    ).toBe("error.totpInvalid");
    expect(await secondFactorDone(third.sessionId)).toBe(false);
    expect(
      await db.auditEvent.count({ where: { entityId: row.id, action: "user.recovery_code_used" } }),
    ).toBe(1);
  });

  it("counts only wrong codes towards the limit", async () => {
    const row = await createUser("NEA_OFFICER");
    await awayFromStepEdge();
    for (const steps of [-1, 0, 1]) {
      // three good logins (the three steps a code may come from), none counted
      const { user, sessionId } = await luciaUser(row.id);
      await verifySecondFactor(
        user,
        sessionId,
        { code: codeFor(row.email, row.totpSecret!, steps) },
        ctx,
      );
      expect(await secondFactorDone(sessionId)).toBe(true);
    }
    expect(
      await db.rateLimitBucket.findUnique({ where: { key: `totp-fail:${row.id}` } }),
    ).toBeNull();
    const { user, sessionId } = await luciaUser(row.id);
    for (let i = 0; i < 10; i++)
      expect(await failure(verifySecondFactor(user, sessionId, { code: "000000" }, ctx))).toBe(
        "error.totpInvalid",
      );
    expect(
      await failure(
        verifySecondFactor(user, sessionId, { code: codeFor(row.email, row.totpSecret!, 1) }, ctx),
      ),
    ).toBe("error.rateLimited");
  });

  // Attacker's test (issue 15 §7): one code logged two separate sessions in.
  it("accepts a code once: a replayed code opens no second session, even racing", async () => {
    const row = await createUser("NEA_SUPERVISOR");
    await awayFromStepEdge();
    const code = codeFor(row.email, row.totpSecret!);
    const first = await luciaUser(row.id);
    await verifySecondFactor(first.user, first.sessionId, { code }, ctx);
    expect(await secondFactorDone(first.sessionId)).toBe(true);
    const second = await luciaUser(row.id);
    expect(await failure(verifySecondFactor(second.user, second.sessionId, { code }, ctx))).toBe(
      "error.totpInvalid",
    );
    expect(await secondFactorDone(second.sessionId)).toBe(false);
    // An older code (the step before) is refused too once a later one has been used.
    expect(
      await failure(
        verifySecondFactor(
          second.user,
          second.sessionId,
          { code: codeFor(row.email, row.totpSecret!, -1) },
          ctx,
        ),
      ),
    ).toBe("error.totpInvalid");

    // Two sessions sending the next code at the same moment: exactly one wins.
    const next = codeFor(row.email, row.totpSecret!, 1);
    const [a, b] = [await luciaUser(row.id), await luciaUser(row.id)];
    const results = await Promise.allSettled([
      verifySecondFactor(a.user, a.sessionId, { code: next }, ctx),
      verifySecondFactor(b.user, b.sessionId, { code: next }, ctx),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      [await secondFactorDone(a.sessionId), await secondFactorDone(b.sessionId)].sort(),
    ).toEqual([false, true]);
  });

  it("accepts the current authenticator code at login and refuses a wrong one", async () => {
    const row = await createUser("LABOUR_ATTACHE");
    const { user, sessionId } = await luciaUser(row.id);
    expect(await failure(verifySecondFactor(user, sessionId, { code: "123456" }, ctx))).toBe(
      "error.totpInvalid",
    );
    expect(await secondFactorDone(sessionId)).toBe(false);
    await verifySecondFactor(user, sessionId, { code: codeFor(row.email, row.totpSecret!) }, ctx);
    expect(await secondFactorDone(sessionId)).toBe(true);
  });
});

describe("accounts created by an admin", () => {
  it("invite by email; the link sets the first password; a reset of the second factor ends sessions", async () => {
    const admin = await createUser("ADMIN");
    const agencyUser = await createUser("AGENCY_ADMIN");
    const adminUser = (await luciaUser(admin.id)).user;
    const input = {
      name: "Grace Wanjiku",
      email: "grace@test.ke",
      role: "AGENCY_STAFF" as const,
      agencyId: agencyUser.agencyId!,
    };
    const submissionKey = crypto.randomUUID();
    // A double click sends the form twice with the same key: one account, one invitation.
    const [one, two] = await Promise.all([
      createUserByAdmin(adminUser, input, { ...opts, locale: "sw", submissionKey }),
      createUserByAdmin(adminUser, input, { ...opts, locale: "sw", submissionKey }),
    ]);
    const created = (one ?? two)!;
    expect([one, two].filter((u) => u === null)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: "grace@test.ke" } })).toBe(1);
    expect(created.agencyId).toBe(agencyUser.agencyId);
    // The account has no usable password until the invitation is followed.
    expect(
      await failure(loginWithPassword({ login: "grace@test.ke", password: TEST_PASSWORD }, opts)),
    ).toBe("error.invalidCredentials");
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: "grace@test.ke", template: "accountCreated" },
    });
    expect(mail.locale).toBe("sw");
    const token = mail.text.match(/\/reset-password\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await tokenIsUsable(token, "RESET_PASSWORD")).toBe(true);
    expect(await resetPassword(token, "grace chose this one", ctx)).toBe(true);
    expect(
      (await loginWithPassword({ login: "grace@test.ke", password: "grace chose this one" }, opts))
        .next,
    ).toBe("done");
    expect(
      await db.auditEvent.count({ where: { entityId: created.id, action: "user.created" } }),
    ).toBe(1);

    // Officials' accounts are proposals a second admin confirms; the same checks apply when proposed:
    // an attaché must be bound to a mission that exists, an email must be free.
    await expect(
      createUserByAdmin(
        adminUser,
        { name: "Y", email: "y@test.ke", role: "NEA_OFFICER" },
        { ...opts, locale: "en" },
      ),
    ).rejects.toMatchObject({ status: 403 });
    const official = (input: {
      name: string;
      email: string;
      role: "LABOUR_ATTACHE" | "NEA_OFFICER";
      missionId?: string;
    }) =>
      propose(
        adminUser,
        { kind: "OFFICIAL_ACCOUNT", subjectId: null, input: { ...input, locale: "en" } },
        { ctx },
      );
    expect(
      await failure(
        official({
          name: "X",
          email: "x@test.ke",
          role: "LABOUR_ATTACHE",
          missionId: crypto.randomUUID(),
        }),
      ),
    ).toBe("error.scopeMission");
    expect(
      await failure(official({ name: "Y", email: "grace@test.ke", role: "NEA_OFFICER" })),
    ).toBe("error.emailTaken");
    const { id: accountProposal } = await official({
      name: "Otieno Officer",
      email: "otieno.officer@test.ke",
      role: "NEA_OFFICER",
    });
    expect(await db.user.count({ where: { email: "otieno.officer@test.ke" } })).toBe(0);
    await expect(decide(adminUser, accountProposal, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    const secondAdmin = (await luciaUser((await createUser("ADMIN")).id)).user;
    await decide(secondAdmin, accountProposal, "confirm", null, ctx);
    expect(
      await db.user.count({ where: { email: "otieno.officer@test.ke", role: "NEA_OFFICER" } }),
    ).toBe(1);
    expect(
      await db.outboxMessage.count({
        where: { to: "otieno.officer@test.ke", template: "accountCreated" },
      }),
    ).toBe(1);

    // An official's second factor: one admin proposes, another confirms.
    const officer = await createUser("NEA_OFFICER");
    await luciaUser(officer.id);
    await expect(
      adminUserAction(adminUser, { intent: "resetTotp", userId: officer.id }, ctx),
    ).rejects.toMatchObject({ status: 403 });
    const { id: resetProposal } = await propose(
      adminUser,
      { kind: "SECOND_FACTOR_RESET", subjectId: officer.id, input: { reason: "Lost phone" } },
      { ctx },
    );
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: officer.id } })).totpSecret,
    ).not.toBeNull();
    await expect(decide(adminUser, resetProposal, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    await decide(secondAdmin, resetProposal, "confirm", null, ctx);
    const after = await db.user.findUniqueOrThrow({ where: { id: officer.id } });
    expect(after.totpSecret).toBeNull();
    expect(await db.session.count({ where: { userId: officer.id } })).toBe(0);
    expect(
      (await loginWithPassword({ login: officer.email, password: TEST_PASSWORD }, opts)).next,
    ).toBe("totp-setup");

    // Attacker's test (issue 15, fifth review): one admin brought back a deactivated official (an
    // account with its password and second factor still set) alone. Now a second admin confirms.
    const gone = await createUser("NEA_SUPERVISOR");
    await adminUserAction(adminUser, { intent: "deactivate", userId: gone.id }, ctx);
    await expect(
      adminUserAction(adminUser, { intent: "reactivate", userId: gone.id }, ctx),
    ).rejects.toMatchObject({ status: 403 });
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).active).toBe(false);
    const { id: backProposal } = await propose(
      adminUser,
      { kind: "OFFICIAL_REACTIVATION", subjectId: gone.id, input: { reason: "Back from leave" } },
      { ctx },
    );
    await expect(decide(adminUser, backProposal, "confirm", null, ctx)).rejects.toMatchObject({
      key: "decisions.error.fourEyes",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).active).toBe(false);
    await decide(secondAdmin, backProposal, "confirm", null, ctx);
    expect((await db.user.findUniqueOrThrow({ where: { id: gone.id } })).active).toBe(true);
    // An active official, or a worker's account, is not proposed (a worker is reactivated at once).
    await expect(
      propose(
        adminUser,
        { kind: "OFFICIAL_REACTIVATION", subjectId: gone.id, input: { reason: "Again" } },
        { ctx },
      ),
    ).rejects.toMatchObject({ status: 409 });
    // Attacker's test (seventh review): one admin deactivated the other, and then nothing needing
    // two admins (accounts, resets, reactivations, hers included) could ever happen again. An admin
    // is never deactivated when fewer than two active admins would remain.
    await db.user.updateMany({
      where: { role: "ADMIN", id: { notIn: [adminUser.id, secondAdmin.id] } },
      data: { active: false },
    });
    await expect(
      adminUserAction(adminUser, { intent: "deactivate", userId: secondAdmin.id }, ctx),
    ).rejects.toMatchObject({ status: 409 });
    expect((await db.user.findUniqueOrThrow({ where: { id: secondAdmin.id } })).active).toBe(true);
    const third = await createUser("ADMIN");
    await adminUserAction(adminUser, { intent: "deactivate", userId: third.id }, ctx); // two remain
    await expect(
      adminUserAction(adminUser, { intent: "deactivate", userId: secondAdmin.id }, ctx),
    ).rejects.toMatchObject({ status: 409 });
    const fourth = await createUser("ADMIN");
    await adminUserAction(adminUser, { intent: "deactivate", userId: secondAdmin.id }, ctx); // two remain
    expect((await db.user.findUniqueOrThrow({ where: { id: fourth.id } })).active).toBe(true);

    const worker = await createUser("WORKER");
    await adminUserAction(adminUser, { intent: "deactivate", userId: worker.id }, ctx);
    await adminUserAction(adminUser, { intent: "reactivate", userId: worker.id }, ctx);
    expect((await db.user.findUniqueOrThrow({ where: { id: worker.id } })).active).toBe(true);
  });
});

describe("log out everywhere", () => {
  it("ends every session of the user and no one else's", async () => {
    const a = await createUser("WORKER");
    const b = await createUser("WORKER");
    const one = await luciaUser(a.id);
    await luciaUser(a.id);
    const other = await luciaUser(b.id);
    await logoutEverywhere(one.user, ctx);
    expect(await db.session.count({ where: { userId: a.id } })).toBe(0);
    expect((await lucia.validateSession(one.sessionId)).session).toBeNull();
    expect((await lucia.validateSession(other.sessionId)).session).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { entityId: a.id, action: "user.logout_everywhere" } }),
    ).toBe(1);
  });
});
