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
