// Passwords: forgotten (a single-use link by email; by phone see phone-sign-in.server.ts), reset with
// that link, and changed by a signed-in person who knows the current one.
import type { User } from "lucia";
import { db, transaction, type Tx } from "~/utils/db.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { notifyContacts } from "~/notifications/notify.server";
import { hashPassword, sha256, verifyPassword } from "~/auth/crypto.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { DomainError, rateLimited } from "~/domain/errors";
import { actorOf, localeOf } from "./accounts.server";
import { formatDateTime } from "~/ui/format";
import { consumeToken, issueToken, RESET_TTL_MS } from "./tokens.server";

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
      to: email,
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

/** Whether the account has a password to change (a phone-only account signs in with codes). */
export async function hasPassword(user: User) {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  return !!row?.passwordHash;
}

export const PASSWORD_CHANGES_PER_HOUR = 5;

/**
 * A signed-in person changes her password: the current one is asked again (a phone left unlocked
 * must not let someone else take the account), every other session ends, and she is told by
 * email or SMS, so a change she did not make does not go unnoticed.
 */
export async function changePassword(
  user: User,
  sessionId: string,
  input: { currentPassword: string; password: string },
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  // A second click (or a retry) of the same form: done already, not "your current password is
  // wrong" (it was changed by the first), and no second email.
  const scope = { key: submissionKey, actorId: user.id, action: "user.password_change" };
  await keyedStep<void>(
    db,
    scope,
    () => undefined,
    async () => {
      const tries = await hitRateLimit(
        `password:change:${user.id}`,
        PASSWORD_CHANGES_PER_HOUR,
        60 * 60_000,
      );
      if (!tries.allowed) throw rateLimited("currentPassword");
      const row = await db.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { passwordHash: true, name: true, email: true, phone: true, locale: true },
      });
      if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword)))
        throw new DomainError("account.password.wrong", { field: "currentPassword" });
      const passwordHash = await hashPassword(input.password);
      await transaction((tx) =>
        once(
          tx,
          scope,
          () => storePassword(tx, row, passwordHash),
          () => null,
        ),
      );
    },
  );

  async function storePassword(
    tx: Tx,
    row: { name: string; email: string | null; phone: string | null; locale: string },
    passwordHash: string,
  ) {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date() },
    });
    // Sessions are stored by the hash of their id (session.server.ts).
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: sha256(sessionId) } } });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.password_changed",
      entityType: "User",
      entityId: user.id,
      ctx,
    });
    const locale = localeOf(row.locale);
    await notifyContacts(
      tx,
      { email: row.email, phone: row.phone, locale },
      {
        key: `password-changed:${user.id}:${Date.now()}`,
        template: "passwordChanged",
        data: { name: row.name, time: formatDateTime(new Date(), locale) },
      },
    );
  }
}
