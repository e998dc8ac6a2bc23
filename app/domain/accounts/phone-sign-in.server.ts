// Phone-first accounts (issue 16): a worker signs in — or, the first time, signs up — with her
// mobile number and a 6-digit code by SMS; a password reset works the same way. The rules:
// - the same answer whether or not the number has an account: every number asking to sign in gets a
//   code (a new one then creates the account), a reset code goes only to a number with an account,
//   but the page says the same;
// - a code is short-lived (CODE_MINUTES), single use, dead after WRONG_CODES wrong tries, and works
//   only in the browser that asked for it (the row keeps the hash of a secret held in that
//   browser's cookie), so guessing it needs that browser and stops after five tries;
// - codes are limited per number and source, per number, and per source, so others asking cannot
//   spend the owner's and nobody floods a phone.
import { randomInt, timingSafeEqual } from "node:crypto";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { hashPassword, randomToken, sha256 } from "~/auth/crypto.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import type { Locale, MessageKey } from "~/i18n/messages";
import { actorOf, formatTime, localeOf, startSession } from "./accounts.server";
import { issueToken, RESET_TTL_MS } from "./tokens.server";
import { DomainError } from "~/domain/errors";

export const CODE_MINUTES = 10;
export const WRONG_CODES = 5;
/** Codes one source gets for one number an hour: others asking cannot spend the owner's. */
export const CODES_PER_NUMBER_AND_SOURCE_PER_HOUR = 5; // sign-up, sign-in, a reset, two resends
/** Codes one number gets an hour from everyone: her phone is not flooded. */
export const CODES_PER_NUMBER_PER_HOUR = 10;
/** Codes one source asks for an hour, for every number together (a cyber café serves many). */
export const CODES_PER_SOURCE_PER_HOUR = 30;
/** Minutes a confirmed number has to give its name, when it has no account yet. */
const NAME_MINUTES = 15;

type Purpose = "SIGN_IN" | "RESET_PASSWORD";
const codeHash = (id: string, code: string) => sha256(`phone-code:${id}:${code}`);

/** "254712345678" → "+254 7•• ••• 678": enough for her to recognise her number, on a shared screen. */
export function maskedPhone(phone: string) {
  return `+${phone.slice(0, 3)} ${phone.slice(3, 4)}•• ••• ${phone.slice(-3)}`;
}

/**
 * Sends a code to `phone` (digits, normalised) and returns the secret the asking browser keeps in a
 * cookie. Refused only by the rate limits, which do not depend on whether the number has an account.
 */
export async function startPhoneCode(
  input: { phone: string; purpose: Purpose; name?: string },
  opts: { locale: Locale; ctx: RequestContext; knownDevice?: boolean },
): Promise<string> {
  const ip = opts.ctx.ip ?? "unknown";
  const key = sha256(input.phone);
  const limits: [string, number][] = [
    [`phone-code:ip:${ip}`, CODES_PER_SOURCE_PER_HOUR],
    [`phone-code:${key}:${ip}`, CODES_PER_NUMBER_AND_SOURCE_PER_HOUR],
  ];
  // The number's own cap keeps strangers from flooding her phone; a browser where she signed in
  // before is not held by it, so strangers using it up cannot keep her out (a review).
  if (!opts.knownDevice) limits.push([`phone-code:${key}`, CODES_PER_NUMBER_PER_HOUR]);
  for (const [k, limit] of limits) {
    const hit = await hitRateLimit(k, limit, 3600_000);
    // Say when she may ask again (a review: "a few minutes" hid an hour's wait).
    if (!hit.allowed)
      throw new DomainError("phone.error.limit", {
        kind: "rate-limited",
        vars: {
          time: formatTime(hit.resetAt, opts.locale),
        },
      });
  }

  const secret = randomToken();
  await transaction(async (tx) => {
    const owner = await tx.user.findUnique({
      where: { phone: input.phone },
      select: { id: true, active: true, locale: true },
    });
    // A reset needs an account to reset; signing in needs none (a new number signs up).
    const send = input.purpose === "SIGN_IN" || !!owner?.active;
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
    const locale = owner ? localeOf(owner.locale) : opts.locale;
    const row = await tx.phoneCode.create({
      data: {
        phone: input.phone,
        purpose: input.purpose,
        secretHash: sha256(secret),
        name: input.name || null,
        locale,
        expiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
      },
      select: { id: true },
    });
    if (!send) return;
    await tx.phoneCode.update({
      where: { id: row.id },
      data: { codeHash: codeHash(row.id, code) },
    });
    await enqueueEmail(tx, {
      key: `phone-code:${row.id}`,
      channel: "SMS",
      to: input.phone,
      locale,
      template: "phoneCode",
      data: { code, minutes: CODE_MINUTES, purpose: input.purpose },
    });
  });
  return secret;
}

/** The code waiting in this browser, for the page that asks for it; null if none is usable. */
export async function pendingPhoneCode(secret: string | null) {
  if (!secret) return null;
  const row = await db.phoneCode.findUnique({ where: { secretHash: sha256(secret) } });
  if (!row || row.usedAt) return null;
  if (row.verifiedAt)
    return row.verifiedAt.getTime() > Date.now() - NAME_MINUTES * 60_000
      ? { step: "name", phone: maskedPhone(row.phone) }
      : null;
  if (row.expiresAt <= new Date() || row.failures >= WRONG_CODES) return null;
  return { step: "code", phone: maskedPhone(row.phone), minutes: CODE_MINUTES };
}

export type PhoneOutcome =
  | { next: "signedIn"; sessionCookie: string; created: boolean; phone: string }
  | { next: "name" }
  | { next: "reset"; token: string };

type Session = {
  ctx: RequestContext;
  userAgent: string | null;
  locale: Locale;
  /** The language chosen with the switch in this browser: it wins, and is saved to the account. */
  chosenLocale?: Locale | null;
};

/**
 * The code typed in the browser that asked for it. Wrong: counted, and the code is dead after
 * WRONG_CODES. Right: a reset continues at the reset page; a sign-in signs in the number's account,
 * or creates it (asking for a name first when none was given).
 */
export async function confirmPhoneCode(
  secret: string | null,
  code: string,
  opts: Session,
): Promise<PhoneOutcome> {
  type Step =
    | { error: MessageKey }
    | { outcome: PhoneOutcome }
    | { userId: string; created: boolean; phone: string };
  const result = await transaction(async (tx): Promise<Step> => {
    const row = secret
      ? await tx.phoneCode.findUnique({ where: { secretHash: sha256(secret) } })
      : null;
    if (!row) return { error: "phone.error.spent" };
    await tx.$executeRaw`SELECT 1 FROM "PhoneCode" WHERE "id" = ${row.id}::uuid FOR UPDATE`;
    const fresh = await tx.phoneCode.findUniqueOrThrow({ where: { id: row.id } });
    if (
      fresh.usedAt ||
      fresh.verifiedAt ||
      fresh.expiresAt <= new Date() ||
      fresh.failures >= WRONG_CODES
    )
      return { error: "phone.error.spent" };
    const typed = Buffer.from(codeHash(fresh.id, code.trim()));
    const right =
      !!fresh.codeHash &&
      typed.length === fresh.codeHash.length &&
      timingSafeEqual(typed, Buffer.from(fresh.codeHash));
    if (!right) {
      const failures = fresh.failures + 1;
      await tx.phoneCode.update({ where: { id: fresh.id }, data: { failures } });
      return {
        error: failures >= WRONG_CODES ? "phone.error.spent" : "phone.error.code",
      };
    }
    const owner = await tx.user.findUnique({ where: { phone: fresh.phone } });
    if (fresh.purpose === "RESET_PASSWORD") {
      if (!owner?.active) return { error: "phone.error.spent" };
      await tx.phoneCode.update({ where: { id: fresh.id }, data: { usedAt: new Date() } });
      // The code proved the phone: the reset page takes over, as from an emailed link.
      const token = await issueToken(tx, owner.id, "RESET_PASSWORD", RESET_TTL_MS);
      await recordAudit(tx, {
        actor: null,
        action: "user.password_reset_requested",
        entityType: "User",
        entityId: owner.id,
        summary: { channel: "SMS" },
        ctx: opts.ctx,
      });
      return { outcome: { next: "reset", token } };
    }
    if (owner) {
      if (!owner.active) return { error: "error.inactive" };
      // A number signs in to a worker's account only: officials sign in with a second factor.
      if (owner.role !== "WORKER") return { error: "phone.error.spent" };
      await tx.phoneCode.update({ where: { id: fresh.id }, data: { usedAt: new Date() } });
      await signedInByPhone(tx, owner, opts);
      return {
        userId: owner.id,
        created: false,
        phone: fresh.phone,
      };
    }
    if (!fresh.name) {
      await tx.phoneCode.update({ where: { id: fresh.id }, data: { verifiedAt: new Date() } });
      return { outcome: { next: "name" } };
    }
    await tx.phoneCode.update({ where: { id: fresh.id }, data: { usedAt: new Date() } });
    const user = await createPhoneAccount(
      tx,
      fresh.phone,
      fresh.name,
      localeOf(fresh.locale),
      opts,
    );
    return { userId: user.id, created: true, phone: fresh.phone };
  });
  if ("error" in result) throw new DomainError(result.error, { field: "code" });
  if ("outcome" in result) return result.outcome;
  return {
    next: "signedIn",
    sessionCookie: await startSession(result.userId, opts),
    created: result.created,
    phone: result.phone,
  };
}

/** A confirmed number with no account gives its name: the account is created and signed in. */
export async function completePhoneSignUp(
  secret: string | null,
  name: string,
  opts: Session,
): Promise<PhoneOutcome> {
  const user = await transaction(async (tx) => {
    const row = secret
      ? await tx.phoneCode.findUnique({ where: { secretHash: sha256(secret) } })
      : null;
    if (!row) return null;
    // Used once: the update succeeds for one request only.
    const { count } = await tx.phoneCode.updateMany({
      where: {
        id: row.id,
        usedAt: null,
        verifiedAt: { gt: new Date(Date.now() - NAME_MINUTES * 60_000) },
      },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return null;
    const owner = await tx.user.findUnique({ where: { phone: row.phone } });
    if (owner) {
      // Created meanwhile (another tab): the number is proven, so it signs in.
      if (!owner.active || owner.role !== "WORKER") return null;
      await signedInByPhone(tx, owner, opts);
      return owner;
    }
    return createPhoneAccount(tx, row.phone, name, localeOf(row.locale), opts);
  });
  if (!user) throw new DomainError("phone.error.spent", { field: "name" });
  return {
    next: "signedIn",
    sessionCookie: await startSession(user.id, opts),
    created: true,
    phone: user.phone!,
  };
}

async function signedInByPhone(
  tx: Tx,
  user: { id: string; role: "WORKER" | string; phoneVerifiedAt: Date | null },
  opts: Pick<Session, "ctx" | "chosenLocale">,
) {
  const ctx = opts.ctx;
  await tx.user.update({
    where: { id: user.id },
    data: {
      phoneVerifiedAt: user.phoneVerifiedAt ?? new Date(),
      failedLoginCount: 0,
      ...(opts.chosenLocale ? { locale: opts.chosenLocale } : {}),
    },
  });
  await recordAudit(tx, {
    actor: { id: user.id, role: user.role as "WORKER" },
    action: "user.login",
    entityType: "User",
    entityId: user.id,
    summary: { step: "sms" },
    ctx,
  });
}

/** A worker's account and her own record, with the proven number and no email or password. */
async function createPhoneAccount(
  tx: Tx,
  phone: string,
  name: string,
  locale: Locale,
  opts: { ctx: RequestContext },
) {
  const user = await tx.user.create({
    data: {
      phone,
      phoneVerifiedAt: new Date(),
      name,
      role: "WORKER",
      // No password until she sets one (a reset by SMS): this hash matches nothing anyone knows.
      passwordHash: await hashPassword(randomToken()),
      locale,
    },
  });
  const names = name.split(/\s+/);
  await tx.worker.create({
    data: {
      userId: user.id,
      firstName: names[0] ?? name,
      lastName: names.slice(1).join(" ") || "-",
      phone,
    },
  });
  await recordAudit(tx, {
    actor: actorOf(user),
    action: "user.registered",
    entityType: "User",
    entityId: user.id,
    summary: { role: "WORKER", channel: "SMS" },
    ctx: opts.ctx,
  });
  return user;
}

/** Codes are kept a day (the limits look back an hour), then deleted: a scheduled job. */
export async function purgePhoneCodes(now = new Date()) {
  const { count } = await db.phoneCode.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } },
  });
  return count;
}
