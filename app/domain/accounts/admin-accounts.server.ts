// Accounts an admin creates and manages (officials' accounts go through two admins: ADR 0016), and
// agency staff managed by their agency's admin.
import type { User } from "lucia";
import type { Prisma, Role } from "~/generated/prisma/client";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { hashPassword, randomToken } from "~/auth/crypto.server";
import { once } from "~/utils/idempotency.server";
import { requiresSecondFactor } from "~/auth/permissions";
import type { Locale } from "~/i18n/messages";
import { isUuid } from "~/utils/validation";
import { actorOf } from "./accounts.server";
import { kenyanMobile } from "./contact";
import { INVITE_TTL_MS, issueToken } from "./tokens.server";
import { DomainError } from "~/domain/errors";

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
    throw new DomainError("users.error.secondAdmin", { field: "role", kind: "forbidden" });
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
  if (code === "P2002") return new DomainError("error.emailTaken", { field: "email" });
  if (code === "P2003")
    return new DomainError(
      input.role === "LABOUR_ATTACHE" ? "error.scopeMission" : "error.scopeAgency",
      { field: input.role === "LABOUR_ATTACHE" ? "missionId" : "agencyId" },
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
    to: input.email,
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
      throw new DomainError("users.error.secondAdmin", { kind: "forbidden" });
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
    throw new DomainError("users.error.self", { kind: "conflict" });
  // What needs two admins (officials' accounts, resets, reactivations) must stay possible: an
  // admin is never deactivated when fewer than two active admins would remain (a review found one
  // admin deactivating the other, which nothing in the app could then undo). The admins' rows are
  // locked so two deactivations at once cannot both pass.
  if (input.intent === "deactivate" && target.role === "ADMIN") {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
    if (admins.filter((a) => a.id !== target.id).length < MIN_ACTIVE_ADMINS)
      throw new DomainError("users.error.lastAdmins", {
        kind: "conflict",
        vars: { count: String(MIN_ACTIVE_ADMINS) },
      });
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
            ...(kenyanMobile(q) ? [{ phone: kenyanMobile(q)! }] : []),
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
      phone: true,
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
