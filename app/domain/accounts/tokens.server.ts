// Single-use tokens sent by email (verify an address, reset a password, an invitation): only their
// SHA-256 is stored; a new one of a kind replaces the older ones, and using one ends the others.
import { db, type Tx } from "~/utils/db.server";
import { randomToken, sha256 } from "~/auth/crypto.server";

export const VERIFY_TTL_MS = 24 * 3600_000;
export const RESET_TTL_MS = 3600_000;
export const INVITE_TTL_MS = 7 * 24 * 3600_000;

export async function issueToken(
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
export async function consumeToken(
  tx: Tx,
  token: string,
  purpose: "VERIFY_EMAIL" | "RESET_PASSWORD",
) {
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

export async function tokenIsUsable(token: string, purpose: "VERIFY_EMAIL" | "RESET_PASSWORD") {
  const row = await db.authToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { purpose: true, usedAt: true, expiresAt: true },
  });
  return !!row && row.purpose === purpose && !row.usedAt && row.expiresAt > new Date();
}
