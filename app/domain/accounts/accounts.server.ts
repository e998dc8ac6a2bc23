import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { notifyContacts } from "~/notifications/notify.server";
import { dummyPasswordHash, hashPassword, sha256, verifyPassword } from "~/auth/crypto.server";
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import { lucia } from "~/auth/session.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { isLocale, type Locale } from "~/i18n/messages";
import { accountByContact } from "./contact";
import { consumeToken, issueToken, VERIFY_TTL_MS } from "./tokens.server";
import { DomainError, rateLimited } from "~/domain/errors";

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MS = 15 * 60_000;

export function actorOf(user: Pick<User, "id" | "role">) {
  return { id: user.id, role: user.role };
}

export function localeOf(v: string): Locale {
  return isLocale(v) ? v : "en";
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
        to: input.email,
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
      to: email,
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
    if (!user.email) return;
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
};

/**
 * Password step. Counts failures per account and source (lockout after MAX_FAILED_LOGINS), per
 * account from every source (ACCOUNT_FAILURES_PER_HOUR) and per IP (rate limit), all in the database
 * so they hold across app servers.
 */
export const LOGIN_FAILURES_PER_IP = 50;

export async function loginWithPassword(
  input: { login: string; password: string },
  opts: {
    ctx: RequestContext;
    appUrl: string;
    userAgent: string | null;
    locale?: Locale;
    /** The language chosen with the switch in this browser: it wins, and is saved to the account. */
    chosenLocale?: Locale | null;
  },
): Promise<LoginResult> {
  // Only failures count against an address: an office or a cyber café behind one IP may log in
  // many people in a morning, but guessing passwords from one IP stops after LOGIN_FAILURES_PER_IP.
  const ipKey = `login:ip:${opts.ctx.ip ?? "unknown"}`;
  if (await isRateLimited(ipKey, LOGIN_FAILURES_PER_IP)) throw rateLimited();
  const failedFromIp = () => hitRateLimit(ipKey, LOGIN_FAILURES_PER_IP, 15 * 60_000);

  const contact = accountByContact(input.login);
  const user = await db.user.findUnique({ where: contact });
  // The lock time is written in the page's language, never the account's: it must read the same
  // whether or not the login has an account.
  const lockedError = (until: Date) =>
    new DomainError("error.locked", {
      kind: "locked",
      vars: { time: formatTime(until, opts.locale ?? "en") },
    });
  if (!user) {
    // A login with no account locks exactly as one with an account would (a review: the 423 on the
    // fifth try told outsiders which mobile numbers have accounts).
    const nobody = `nobody:${sha256(JSON.stringify(contact))}`;
    const locked = await sourceLockedUntil(nobody, opts.ctx.ip);
    if (locked) throw lockedError(locked);
    await verifyPassword(await dummyPasswordHash(), input.password);
    await failedFromIp();
    const source = await hitRateLimit(sourceKey(nobody, opts.ctx.ip), MAX_FAILED_LOGINS, LOCK_MS);
    if (source.count >= MAX_FAILED_LOGINS) throw lockedError(source.resetAt);
    throw new DomainError("error.invalidCredentials");
  }
  const locked =
    user.lockedUntil && user.lockedUntil > new Date()
      ? user.lockedUntil
      : await sourceLockedUntil(user.id, opts.ctx.ip);
  if (locked) throw lockedError(locked);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) {
    await failedFromIp();
    const until = await recordFailedLogin(user.id, opts.ctx);
    if (until) throw lockedError(until);
    throw new DomainError("error.invalidCredentials");
  }
  if (!user.active) throw new DomainError("error.inactive");
  // A worker proves she reads the email or the phone her account has before she signs in.
  if (user.role === "WORKER" && !user.emailVerifiedAt && !user.phoneVerifiedAt) {
    await resendVerification(user.id, opts.appUrl);
    throw new DomainError("error.emailNotVerified");
  }
  await transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        failedLoginCount: 0,
        lockedUntil: null,
        ...(opts.chosenLocale ? { locale: opts.chosenLocale } : {}),
      },
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
  const sessionCookie = await startSession(user.id, opts);
  const next = requiresSecondFactor(user.role)
    ? user.totpEnabledAt
      ? "totp"
      : "totp-setup"
    : "done";
  return {
    sessionCookie,
    next,
  };
}

/** A new session (the second factor still to come where the role needs one); its cookie header. */
export async function startSession(
  userId: string,
  opts: { ctx: RequestContext; userAgent: string | null },
) {
  const session = await lucia.createSession(userId, { secondFactorAt: null });
  await db.session.update({
    where: { id: sha256(session.id) },
    data: { ip: opts.ctx.ip, userAgent: opts.userAgent?.slice(0, 200) ?? null },
  });
  return lucia.createSessionCookie(session.id).serialize();
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
      select: { name: true, email: true, phone: true, locale: true },
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
      await notifyContacts(
        tx,
        {
          email: user.email,
          phone: user.phone,
          locale: localeOf(user.locale),
        },
        {
          key: `locked:${userId}:${scope}:${until.getTime()}`,
          template: "accountLocked",
          data: { name: user.name, until: formatTime(until, user.locale) },
        },
      );
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

export async function setUserLocale(user: User, locale: Locale) {
  await db.user.update({ where: { id: user.id }, data: { locale } });
}
