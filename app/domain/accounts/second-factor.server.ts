// The second factor of officials' logins (TOTP, RFC 6238) and its recovery codes. A code is accepted
// once: each user's last accepted time step is remembered, so a code seen over a shoulder or in a
// proxy log cannot open a second session (issue 15 §7).
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { randomToken, sha256 } from "~/auth/crypto.server";
import { hitRateLimit, isRateLimited } from "~/auth/rate-limit.server";
import { markSecondFactor } from "~/auth/session.server";
import { actorOf } from "./accounts.server";
import { DomainError, rateLimited } from "~/domain/errors";

const TOTP_FAILURES_ALLOWED = 10;
const PERIOD_SECONDS = 30;

/** The account's name in the authenticator app (officials always have an email). */
const totpLabel = (u: { email: string | null; name: string }) => u.email ?? u.name;

function totpFor(email: string, secret: string) {
  return new TOTP({
    issuer: "Kazi Salama",
    label: email,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** The time step a code belongs to, when it is within one step of now (clock drift); else null. */
export function totpStep(
  email: string,
  secret: string,
  code: string,
  now = Date.now(),
): number | null {
  const delta = totpFor(email, secret).validate({ token: code, window: 1, timestamp: now });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

/**
 * Takes a time step for a user: true only when it is later than every step the user has used, so
 * each code works once (and two sessions racing with one code cannot both win: one UPDATE does).
 */
async function takeStep(userId: string, step: number) {
  const taken = await db.$executeRaw`
    UPDATE "User" SET "totpLastStep" = ${step}
    WHERE "id" = ${userId}::uuid AND ("totpLastStep" IS NULL OR "totpLastStep" < ${step})`;
  return taken === 1;
}

/** Starts (or resumes) enrolment: a pending secret, its otpauth URI and a QR code as SVG. */
export async function beginTotpEnrolment(user: User) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (row.totpEnabledAt) return null;
  let secret = row.totpPendingSecret;
  if (!secret) {
    secret = new Secret({ size: 20 }).base32;
    await db.user.update({ where: { id: user.id }, data: { totpPendingSecret: secret } });
  }
  const uri = totpFor(totpLabel(user), secret).toString();
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 1, width: 220 });
  return { secret, uri, qrSvg };
}

/** Confirms enrolment with a first code; returns one-time recovery codes (shown once). */
export async function confirmTotpEnrolment(
  user: User,
  sessionId: string,
  code: string,
  ctx: RequestContext,
) {
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpPendingSecret: true, totpEnabledAt: true },
  });
  if (row.totpEnabledAt || !row.totpPendingSecret)
    throw new DomainError("error.totpInvalid", { field: "code" });
  const step = totpStep(totpLabel(user), row.totpPendingSecret, code);
  if (step === null || !(await takeStep(user.id, step)))
    throw new DomainError("error.totpInvalid", { field: "code" });
  const codes = Array.from({ length: 8 }, () =>
    randomToken(8).replace(/[-_]/g, "x").slice(0, 10).toUpperCase(),
  );
  await transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        totpSecret: row.totpPendingSecret,
        totpPendingSecret: null,
        totpEnabledAt: new Date(),
      },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: codes.map((c) => ({ userId: user.id, codeHash: sha256(c) })),
    });
    await recordAudit(tx, {
      actor: actorOf(user),
      action: "user.totp_enrolled",
      entityType: "User",
      entityId: user.id,
      ctx,
    });
  });
  await markSecondFactor(sessionId);
  return codes;
}

/** Second login step: a current TOTP code not used before, or an unused recovery code. */
export async function verifySecondFactor(
  user: User,
  sessionId: string,
  input: { code?: string; recoveryCode?: string },
  ctx: RequestContext,
) {
  // Only wrong codes count towards the limit: an official who logs in often is not locked out.
  const limitKey = `totp-fail:${user.id}`;
  if (await isRateLimited(limitKey, TOTP_FAILURES_ALLOWED)) throw rateLimited();
  const fail = async (field: "code" | "recoveryCode") => {
    await hitRateLimit(limitKey, TOTP_FAILURES_ALLOWED, 15 * 60_000);
    return new DomainError("error.totpInvalid", { field: field });
  };
  const row = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { totpSecret: true },
  });
  if (!row.totpSecret) throw await fail("code");
  const step = input.code ? totpStep(totpLabel(user), row.totpSecret, input.code) : null;
  if (step !== null) {
    if (!(await takeStep(user.id, step))) throw await fail("code"); // used already: a replay
    await transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(user),
        action: "user.login",
        entityType: "User",
        entityId: user.id,
        summary: { step: "totp" },
        ctx,
      }),
    );
  } else if (input.recoveryCode) {
    const used = await transaction(async (tx) => {
      const { count } = await tx.recoveryCode.updateMany({
        where: {
          userId: user.id,
          codeHash: sha256(input.recoveryCode!.toUpperCase()),
          usedAt: null,
        },
        data: { usedAt: new Date() },
      });
      if (count === 1) {
        await recordAudit(tx, {
          actor: actorOf(user),
          action: "user.recovery_code_used",
          entityType: "User",
          entityId: user.id,
          ctx,
        });
      }
      return count === 1;
    });
    if (!used) throw await fail("recoveryCode");
  } else {
    throw await fail("code");
  }
  await markSecondFactor(sessionId);
}
