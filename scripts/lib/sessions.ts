// For the load and fault scripts: a signed-in session (second factor done) for a demo user,
// written straight into the session store as lucia keeps it (the id is the token's SHA-256).
import { createHash, randomBytes } from "node:crypto";
import type pg from "pg";

export async function signedInCookie(client: pg.Client, email: string) {
  const token = randomBytes(20).toString("hex");
  const r = await client.query(
    `INSERT INTO "Session" (id, "userId", "expiresAt", "secondFactorAt") SELECT $1, id, now() + interval '1 day', now() FROM "User" WHERE email = $2`,
    [createHash("sha256").update(token).digest("hex"), email],
  );
  if (r.rowCount !== 1) throw new Error(`no user ${email}`);
  return `ks_session=${token}`;
}
