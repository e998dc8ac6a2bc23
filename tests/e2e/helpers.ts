import pg from "pg";
import { TOTP, Secret } from "otpauth";
import type { Page } from "@playwright/test";

export const DEMO_PASSWORD = "KaziSalama-Demo-2026";
const DEMO_TOTP_SECRET = "KAZISALAMADEMOTOTPKEY234567ABCDE";
const DB_URL = "postgresql://postgres:postgres@127.0.0.1:54349/kazi_salama";

export function totpCode() {
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate();
}

/** The newest link to `path` in the outbox for `to` (what the user would click in the email). */
export async function linkFromOutbox(to: string, path: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(
      `SELECT "text" FROM "OutboxMessage" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [to]);
    const m = rows[0]?.text.match(new RegExp(`https?://[^\\s]+${path}/[A-Za-z0-9_-]+`));
    if (!m) throw new Error(`no ${path} link for ${to}`);
    return new URL(m[0]).pathname;
  } finally {
    await client.end();
  }
}

export async function login(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

/** Logs in an official: password, then the demo TOTP code. */
export async function loginOfficial(page: Page, email: string) {
  await login(page, email, DEMO_PASSWORD);
  await page.getByLabel("6-digit code").fill(totpCode());
  await page.getByRole("button", { name: "Verify" }).click();
  await page.getByText("Welcome back.").waitFor();
}

export async function logout(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await page.getByText("You have been logged out.").waitFor();
}

/**
 * A fresh company with no licence and its admin (demo password), so each browser project walks
 * the licence path from the start. Inserted directly, like a fixture: agencies register offline today.
 */
export async function freshApplicant(tag: string) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const name = `E2E ${tag} Recruitment Ltd`;
    const email = `e2e-${tag.toLowerCase()}-${Date.now()}@example.ke`;
    const { rows: hash } = await client.query<{ passwordHash: string }>(`SELECT "passwordHash" FROM "User" WHERE email = 'applicant@demo.kazisalama.ke'`);
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Agency" (id, name, "searchName", status, "updatedAt") VALUES (gen_random_uuid(), $1, lower($1), 'PENDING', now()) RETURNING id`, [name]);
    await client.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "emailVerifiedAt", "agencyId", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'E2E Applicant', 'AGENCY_ADMIN', $2, now(), $3, now())`, [email, hash[0]!.passwordHash, rows[0]!.id]);
    return { name, email };
  } finally {
    await client.end();
  }
}

/** Puts accounts back in English: a test that switched them to Kiswahili must not leak into others. */
export async function resetLocales(emails: string[]) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET locale = 'en' WHERE email = ANY($1)`, [emails]);
  } finally {
    await client.end();
  }
}
