import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

export function sha256(value: string) {
  return createHash("sha256").update(value).digest("hex");
}

/** URL-safe random token with 256 bits of entropy. */
export function randomToken(bytes = 32) {
  return randomBytes(bytes).toString("base64url");
}

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes).
const ARGON = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string) {
  return hash(password, ARGON);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A constant hash to verify against when the account does not exist, so timing does not tell.
let dummy: Promise<string> | undefined;
export function dummyPasswordHash() {
  return (dummy ??= hashPassword("not-a-real-password-0000"));
}
