import type { User } from "lucia";
import type { Prisma, Role } from "~/generated/prisma/client";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import {
  dummyPasswordHash,
  hashPassword,
  randomToken,
  sha256,
  verifyPassword,
} from "~/auth/crypto.server";
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import { once } from "~/utils/idempotency.server";
import { lucia } from "~/auth/session.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { isLocale, type Locale, type MessageKey } from "~/i18n/messages";
import { isUuid } from "~/utils/validation";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;
const VERIFY_TTL_MS = 24 * 3600_000;
const RESET_TTL_MS = 3600_000;
const INVITE_TTL_MS = 7 * 24 * 3600_000;

export class AccountError extends Error {
  constructor(
    public readonly key: MessageKey,
    public readonly field?: string,
    public readonly vars?: Record<string, string>,
  ) {
    super(key);
  }
}

export function actorOf(user: Pick<User, "id" | "role">) {
  return { id: user.id, role: user.role };
}

function localeOf(v: string): Locale {
  return isLocale(v) ? v : "en";
}

async function issueToken(
  tx: Tx,
  userId: string,
  purpose: "VERIFY_EMAIL" | "RESET_PASSWORD",
  ttlMs: number,
) {
  const token = randomToken();
  // A new link replaces every earlier unused one of its kind: only the newest email works.
  await tx.authToken.updateMany({
    where: { userId, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { expiresAt: new Date() },
  });
  await tx.authToken.create({
    data: { userId, purpose, tokenHash: sha256(token), expiresAt: new Date(Date.now() + ttlMs) },
  });
  return token;
}

/** Consumes a single-use token atomically; returns its user id or null. */
async function consumeToken(tx: Tx, token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD") {
  const row = await tx.authToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || row.purpose !== purpose) return null;
  const { count } = await tx.authToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count !== 1) return null;
  // Using one link ends the others of its kind (a reset link in an old email is dead too).
  await tx.authToken.updateMany({
    where: { userId: row.userId, purpose, usedAt: null, expiresAt: { gt: new Date() } },
    data: { expiresAt: new Date() },
  });
  return row.userId;
}

// ─────────────── Registration and email verification ───────────────

export async function registerWorker(
  input: { name: string; email: string; password: string },
  opts: { locale: Locale; appUrl: string; ctx: RequestContext },
) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          role: "WORKER",
          passwordHash,
          locale: opts.locale,
        },
      });
      const names = input.name.split(/\s+/);
      await tx.worker.create({
        data: {
          userId: user.id,
          firstName: names[0] ?? input.name,
          lastName: names.slice(1).join(" ") || "-",
          email: input.email,
        },
      });
      const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_TTL_MS);
      await enqueueEmail(tx, {
        key: `verify-email:${user.id}:${sha256(token).slice(0, 16)}`,
        to: user.email,
        locale: opts.locale,
        template: "verifyEmail",
        data: { name: user.name, link: `${opts.appUrl}/verify-email/${token}` },
      });
      await recordAudit(tx, {
        actor: { id: user.id, role: user.role },
        action: "user.registered",
        entityType: "User",
        entityId: user.id,
        summary: { role: "WORKER" },
        ctx: opts.ctx,
      });
      return user;
    });
  } catch (e) {
    if ((e as { code?: string }).code !== "P2002") throw e;
    // The address has an account: answer as for a new one (the page must not tell who is
    // registered) and tell the owner instead, with the way back in.
    await tellOwnerAccountExists(input.email, opts);
    return null;
  }
}

async function tellOwnerAccountExists(
  email: string,
  opts: { appUrl: string; ctx: RequestContext },
) {
  const limit = await hitRateLimit(`account-exists:${sha256(email)}`, 3, 3600_000);
  if (!limit.allowed) return;
  const user = await db.user.findUnique({ where: { email } });
  if (!user) return;
  await transaction((tx) =>
    enqueueEmail(tx, {
      key: `account-exists:${user.id}:${Date.now()}`,
      to: user.email,
      locale: localeOf(user.locale),
      template: "accountExists",
      data: { name: user.name, link: `${opts.appUrl}/forgot-password` },
    }),
  );
}

export async function verifyEmail(token: string, ctx: RequestContext) {
  return transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "VERIFY_EMAIL");
    if (!userId) return false;
    const user = await tx.user.update({
      where: { id: userId },
      data: { emailVerifiedAt: new Date() },
    });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.email_verified",
      entityType: "User",
      entityId: user.id,
      ctx,
    });
    return true;
  });
}

/** Verification emails sent again on login, per account per hour (each login would send one). */
const VERIFY_RESENDS_PER_HOUR = 3;

async function resendVerification(userId: string, appUrl: string) {
  const limit = await hitRateLimit(`verify-resend:${userId}`, VERIFY_RESENDS_PER_HOUR, 3600_000);
  if (!limit.allowed) return;
  await transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    const token = await issueToken(tx, user.id, "VERIFY_EMAIL", VERIFY_TTL_MS);
    await enqueueEmail(tx, {
      key: `verify-email:${user.id}:${sha256(token).slice(0, 16)}`,
      to: user.email,
      locale: localeOf(user.locale),
      template: "verifyEmail",
      data: { name: user.name, link: `${appUrl}/verify-email/${token}` },
    });
  });
}

// ─────────────── Login ───────────────

export type LoginResult = {
  sessionCookie: string;
  next: "done" | "totp" | "totp-setup";
  locale: Locale;
};

/**
 * Password step. Counts failures per account and source (lockout after MAX_FAILED_LOGINS), per
 * account from every source (ACCOUNT_FAILURES_PER_HOUR) and per IP (rate limit), all in the database
 * so they hold across app servers.
 */
export const LOGIN_FAILURES_PER_IP = 50;

export async function loginWithPassword(
  input: { email: string; password: string },
  opts: { ctx: RequestContext; appUrl: string; userAgent: string | null },
): Promise<LoginResult> {
  // Only failures count against an address: an office or a cyber café behind one IP may log in
  // many people in a morning, but guessing passwords from one IP stops after LOGIN_FAILURES_PER_IP.
  const ipKey = `login:ip:${opts.ctx.ip ?? "unknown"}`;
  if (await isRateLimited(ipKey, LOGIN_FAILURES_PER_IP))
    throw new AccountError("error.rateLimited");
  const failedFromIp = () => hitRateLimit(ipKey, LOGIN_FAILURES_PER_IP, 15 * 60_000);

  const user = await db.user.findUnique({ where: { email: input.email } });
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await failedFromIp();
    throw new AccountError("error.invalidCredentials");
  }
  const locked =
    user.lockedUntil && user.lockedUntil > new Date()
      ? user.lockedUntil
      : await sourceLockedUntil(user.id, opts.ctx.ip);
  if (locked)
    throw new AccountError("error.locked", undefined, { time: formatTime(locked, user.locale) });
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    await failedFromIp();
    const until = await recordFailedLogin(user.id, opts.ctx);
    if (until)
      throw new AccountError("error.locked", undefined, { time: formatTime(until, user.locale) });
    throw new AccountError("error.invalidCredentials");
  }
  if (!user.active) throw new AccountError("error.inactive");
  if (user.role === "WORKER" && !user.emailVerifiedAt) {
    await resendVerification(user.id, opts.appUrl);
    throw new AccountError("error.emailNotVerified");
  }
  await transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: 0, lockedUntil: null },
    });
    await tx.rateLimitBucket.deleteMany({ where: { key: sourceKey(user.id, opts.ctx.ip) } });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.login",
      entityType: "User",
      entityId: user.id,
      summary: { step: "password" },
      ctx: opts.ctx,
    });
  });
  const session = await lucia.createSession(user.id, { secondFactorAt: null });
  await db.session.update({
    where: { id: sha256(session.id) },
    data: { ip: opts.ctx.ip, userAgent: opts.userAgent?.slice(0, 200) ?? null },
  });
  const next = requiresSecondFactor(user.role)
    ? user.totpEnabledAt
      ? "totp"
      : "totp-setup"
    : "done";
  return {
    sessionCookie: lucia.createSessionCookie(session.id).serialize(),
    next,
    locale: localeOf(user.locale),
  };
}

/** Failures from one source that lock that source out of the account for LOCK_MS. */
const sourceKey = (userId: string, ip: string | null) => `login:fail:${userId}:${ip ?? "unknown"}`;
/** Failures from every source together, per hour, that lock the account itself (distributed guessing). */
export const ACCOUNT_FAILURES_PER_HOUR = 50;

/** When this source is locked out of the account (after MAX_FAILED_LOGINS failures), or null. */
async function sourceLockedUntil(userId: string, ip: string | null) {
  const row = await db.rateLimitBucket.findUnique({ where: { key: sourceKey(userId, ip) } });
  return row && row.resetAt > new Date() && row.count >= MAX_FAILED_LOGINS ? row.resetAt : null;
}

/**
 * Counts a wrong password. The lock falls on the account *and the source* that failed: someone
 * guessing from one address cannot keep the owner out from hers. Only a flood from many sources
 * (ACCOUNT_FAILURES_PER_HOUR) locks the account itself. The owner is told either way.
 */
async function recordFailedLogin(userId: string, ctx: RequestContext): Promise<Date | null> {
  const source = await hitRateLimit(sourceKey(userId, ctx.ip), MAX_FAILED_LOGINS, LOCK_MS);
  const all = await hitRateLimit(`login:fail:${userId}`, ACCOUNT_FAILURES_PER_HOUR, 3600_000);
  return transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { name: true, email: true, locale: true },
    });
    await recordAudit(tx, {
      actor: null,
      action: "user.login_failed",
      entityType: "User",
      entityId: userId,
      summary: { fromSource: source.count, fromAll: all.count },
      ctx,
    });
    let until: Date | null = null;
    let scope: "source" | "account" | null = null;
    if (all.count === ACCOUNT_FAILURES_PER_HOUR) {
      until = new Date(Date.now() + LOCK_MS);
      scope = "account";
      await tx.user.update({ where: { id: userId }, data: { lockedUntil: until } });
    } else if (source.count === MAX_FAILED_LOGINS) {
      until = source.resetAt;
      scope = "source";
    }
    if (until && scope) {
      await recordAudit(tx, {
        actor: null,
        action: "user.locked",
        entityType: "User",
        entityId: userId,
        summary: { minutes: LOCK_MS / 60_000, scope },
        ctx,
      });
      await enqueueEmail(tx, {
        key: `locked:${userId}:${scope}:${until.getTime()}`,
        to: user.email,
        locale: localeOf(user.locale),
        template: "accountLocked",
        data: { name: user.name, until: formatTime(until, user.locale) },
      });
    }
    return source.count >= MAX_FAILED_LOGINS ? source.resetAt : until;
  });
}

export function formatTime(d: Date, locale: string) {
  return new Intl.DateTimeFormat(locale === "sw" ? "sw-KE" : "en-KE", {
    timeZone: "Africa/Nairobi",
    dateStyle: "medium",
    timeStyle: "short",
  }).format(d);
}

// ─────────────── Logout and password reset ───────────────

export async function logout(user: User, sessionId: string, ctx: RequestContext) {
  await lucia.invalidateSession(sessionId);
  await transaction((tx) =>
    recordAudit(tx, {
      actor: actorOf(user),
      action: "user.logout",
      entityType: "User",
      entityId: user.id,
      ctx,
    }),
  );
}

export async function logoutEverywhere(user: User, ctx: RequestContext) {
  await transaction(async (tx) => {
    await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.logout_everywhere",
      entityType: "User",
      entityId: user.id,
      ctx,
    });
  });
}

export const RESETS_PER_SOURCE_PER_HOUR = 3;
export const RESETS_PER_ADDRESS_PER_HOUR = 10;

/** Always answers the same way, whether or not the address has an account. */
export async function requestPasswordReset(
  email: string,
  opts: { appUrl: string; ctx: RequestContext },
) {
  // Per source and address first, so others asking cannot use up the owner's resets (a review);
  // then per address, so its inbox is not flooded.
  const key = sha256(email);
  const source = await hitRateLimit(
    `reset:${key}:${opts.ctx.ip ?? "-"}`,
    RESETS_PER_SOURCE_PER_HOUR,
    60 * 60_000,
  );
  if (!source.allowed) return;
  const limit = await hitRateLimit(`reset:${key}`, RESETS_PER_ADDRESS_PER_HOUR, 60 * 60_000);
  if (!limit.allowed) return;
  const user = await db.user.findUnique({ where: { email } });
  if (!user || !user.active) return;
  await transaction(async (tx) => {
    const token = await issueToken(tx, user.id, "RESET_PASSWORD", RESET_TTL_MS);
    await enqueueEmail(tx, {
      key: `reset:${user.id}:${sha256(token).slice(0, 16)}`,
      to: user.email,
      locale: localeOf(user.locale),
      template: "resetPassword",
      data: { name: user.name, link: `${opts.appUrl}/reset-password/${token}` },
    });
    await recordAudit(tx, {
      actor: null,
      action: "user.password_reset_requested",
      entityType: "User",
      entityId: user.id,
      ctx: opts.ctx,
    });
  });
}

export async function tokenIsUsable(token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD") {
  const row = await db.authToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return !!row && row.purpose === purpose && !row.usedAt && row.expiresAt > new Date();
}

/** Sets a new password with a single-use token, ends every session and clears any lockout. */
export async function resetPassword(token: string, password: string, ctx: RequestContext) {
  const passwordHash = await hashPassword(password);
  return transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "RESET_PASSWORD");
    if (!userId) return false;
    const user = await tx.user.update({
      where: { id: userId },
      // Following an emailed link proves the address too (admin-created accounts start this way).
      data: {
        passwordHash,
        passwordChangedAt: new Date(),
        failedLoginCount: 0,
        lockedUntil: null,
        emailVerifiedAt: new Date(),
      },
    });
    await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.password_reset",
      entityType: "User",
      entityId: user.id,
      ctx,
    });
    return true;
  });
}

// ─────────────── Administration ───────────────

export type NewAccount = {
  name: string;
  email: string;
  role: Role;
  agencyId?: string;
  missionId?: string;
};

/**
 * An admin creates an agency or training-institution account at once. Officials' accounts (NEA,
 * attachés, admins: every role with a second factor) and resets of an official's second factor
 * grant power over decisions that need two people, so they are proposals another admin confirms
 * (decisions.server.ts, ADR 0016); this function refuses them.
 */
export async function createUserByAdmin(
  admin: User,
  input: NewAccount,
  opts: { appUrl: string; ctx: RequestContext; locale: Locale; submissionKey?: string | null },
) {
  if (requiresSecondFactor(input.role))
    throw new Response("Officials' accounts need a second admin's confirmation", { status: 403 });
  try {
    return await transaction(async (tx) => {
      const scope = { key: opts.submissionKey ?? null, actorId: admin.id, action: "user.create" };
      const outcome = await once(
        tx,
        scope,
        () => createAccount(tx, admin, input, opts),
        (u) => u.id,
      );
      // A repeated submission (a double click) already created the account: report no new one.
      return outcome.repeated ? null : outcome.result;
    });
  } catch (e) {
    throw accountError(e, input);
  }
}

/** A database refusal as the form's error (taken email, missing agency or mission). */
export function accountError(e: unknown, input: { role: Role }) {
  const code = (e as { code?: string }).code;
  if (code === "P2002") return new AccountError("error.emailTaken", "email");
  if (code === "P2003")
    return new AccountError(
      input.role === "LABOUR_ATTACHE" ? "error.scopeMission" : "error.scopeAgency",
      input.role === "LABOUR_ATTACHE" ? "missionId" : "agencyId",
    );
  return e;
}

/** Creates the account and its invitation, in the caller's transaction. */
export async function createAccount(
  tx: Tx,
  admin: User,
  input: NewAccount,
  opts: { appUrl: string; ctx: RequestContext; locale: Locale },
) {
  const unusable = await hashPassword(randomToken());
  const user = await tx.user.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash: unusable,
      locale: opts.locale,
      agencyId: input.role.startsWith("AGENCY") ? input.agencyId : null,
      missionId: input.role === "LABOUR_ATTACHE" ? input.missionId : null,
    },
  });
  const token = await issueToken(tx, user.id, "RESET_PASSWORD", INVITE_TTL_MS);
  await enqueueEmail(tx, {
    key: `invite:${user.id}`,
    to: user.email,
    locale: opts.locale,
    template: "accountCreated",
    data: {
      name: user.name,
      role: input.role,
      link: `${opts.appUrl}/reset-password/${token}`,
    },
  });
  await recordAudit(tx, {
    actor: actorOf(admin),
    action: "user.created",
    entityType: "User",
    entityId: user.id,
    summary: { role: input.role, agencyId: user.agencyId, missionId: user.missionId },
    ctx: opts.ctx,
  });
  return user;
}

/**
 * Deactivate, reactivate or reset the second factor; every one of them ends the user's sessions.
 * Resetting an official's second factor opens their account to whoever controls its email, and
 * reactivating one brings back an account with its password and second factor: for officials both
 * are proposals another admin confirms (`applyAdminUserAction` runs them then).
 */
export async function adminUserAction(
  admin: User,
  input: { intent: "deactivate" | "reactivate" | "resetTotp"; userId: string },
  ctx: RequestContext,
) {
  return transaction(async (tx) => {
    const target = await tx.user.findUnique({
      where: { id: input.userId },
      select: { role: true },
    });
    // Resetting an official's second factor or bringing a deactivated official back opens the
    // account: a second admin confirms it (a proposal, ADR 0016).
    if (target && input.intent !== "deactivate" && requiresSecondFactor(target.role))
      throw new Response("A second admin confirms this for an official's account", {
        status: 403,
      });
    return applyAdminUserAction(tx, admin, input, ctx);
  });
}

/** Active admins that must remain: two-admin decisions need two. */
export const MIN_ACTIVE_ADMINS = 2;

/** Whether the account is an official's (a role with a second factor). */
export async function isOfficialAccount(userId: string) {
  if (!isUuid(userId)) return false;
  const u = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  return !!u && requiresSecondFactor(u.role);
}

export async function applyAdminUserAction(
  tx: Tx,
  admin: User,
  input: { intent: "deactivate" | "reactivate" | "resetTotp"; userId: string },
  ctx: RequestContext,
) {
  const target = await tx.user.findUnique({
    where: { id: input.userId },
    select: { id: true, role: true },
  });
  if (!target) throw new Response("Not found", { status: 404 });
  if (target.id === admin.id && input.intent === "deactivate")
    throw new Response("Cannot deactivate yourself", { status: 409 });
  // What needs two admins (officials' accounts, resets, reactivations) must stay possible: an
  // admin is never deactivated when fewer than two active admins would remain (a review found one
  // admin deactivating the other, which nothing in the app could then undo). The admins' rows are
  // locked so two deactivations at once cannot both pass.
  if (input.intent === "deactivate" && target.role === "ADMIN") {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
    if (admins.filter((a) => a.id !== target.id).length < MIN_ACTIVE_ADMINS)
      throw new Response(
        `An admin is deactivated only while at least ${MIN_ACTIVE_ADMINS} other admins stay active`,
        { status: 409 },
      );
  }
  const data: Prisma.UserUpdateInput =
    input.intent === "deactivate"
      ? { active: false }
      : input.intent === "reactivate"
        ? { active: true, failedLoginCount: 0, lockedUntil: null }
        : { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null };
  await tx.user.update({ where: { id: target.id }, data });
  if (input.intent === "resetTotp")
    await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
  await tx.session.deleteMany({ where: { userId: target.id } });
  const action =
    input.intent === "deactivate"
      ? "user.deactivated"
      : input.intent === "reactivate"
        ? "user.reactivated"
        : "user.totp_reset";
  await recordAudit(tx, {
    actor: actorOf(admin),
    action,
    entityType: "User",
    entityId: target.id,
    summary: { role: target.role },
    ctx,
  });
  return { userId: target.id };
}

export async function listUsersForAdmin(
  _admin: User,
  opts: { q?: string; cursor?: string; take?: number },
) {
  const take = opts.take ?? 25;
  const q = opts.q?.trim();
  const rows = await db.user.findMany({
    where: q
      ? {
          OR: [
            { email: { startsWith: q.toLowerCase() } },
            { name: { contains: q, mode: "insensitive" } },
          ],
        }
      : {},
    orderBy: { id: "asc" },
    take: take + 1,
    ...(opts.cursor ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      totpEnabledAt: true,
      lockedUntil: true,
      agency: { select: { name: true } },
      mission: { select: { name: true } },
    },
  });
  const hasMore = rows.length > take;
  const items = hasMore ? rows.slice(0, take) : rows;
  return { items, nextCursor: hasMore ? items[items.length - 1]!.id : null };
}

export async function setUserLocale(user: User, locale: Locale) {
  await db.user.update({ where: { id: user.id }, data: { locale } });
}

// ─────────────── Agency staff, managed by the agency's admin ───────────────

export async function listAgencyStaff(actor: User) {
  if (!actor.agencyId) throw new Response("Forbidden", { status: 403 });
  return db.user.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: { id: "asc" },
    take: 200,
    select: { id: true, name: true, email: true, role: true, active: true },
  });
}

export async function inviteAgencyStaff(
  actor: User,
  input: { name: string; email: string },
  opts: { appUrl: string; ctx: RequestContext; locale: Locale; submissionKey?: string | null },
) {
  if (!actor.agencyId) throw new Response("Forbidden", { status: 403 });
  return createUserByAdmin(
    actor,
    { ...input, role: "AGENCY_STAFF", agencyId: actor.agencyId },
    opts,
  );
}

/** An agency admin may deactivate staff of their own agency only (never themselves, never another agency's). */
export async function deactivateAgencyStaff(actor: User, userId: string, ctx: RequestContext) {
  const target = isUuid(userId)
    ? await db.user.findFirst({
        where: {
          id: userId,
          agencyId: actor.agencyId ?? "00000000-0000-0000-0000-000000000000",
          role: "AGENCY_STAFF",
        },
        select: { id: true },
      })
    : null;
  if (!target) throw new Response("Not found", { status: 404 });
  await adminUserAction(actor, { intent: "deactivate", userId: target.id }, ctx);
}
