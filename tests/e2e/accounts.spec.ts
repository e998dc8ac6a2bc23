import { expect, test } from "@playwright/test";
import {
  DEMO_PASSWORD,
  expectProblem,
  freshApplicant,
  linkFromOutbox,
  login,
  totpCode,
} from "./helpers";

test("a worker registers, verifies the email, logs in, switches to Kiswahili and logs out", async ({
  page,
}, info) => {
  const email = `e2e-${info.project.name}-${Date.now()}@example.ke`;
  await page.goto("/register");
  await page.getByLabel("Full name").fill("Wanjiru Kamau");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: false }).first().fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email: we have sent a message");

  // Logging in before confirming is refused with a clear message.
  await login(page, email, "a long enough password");
  await expect(page.getByRole("alert")).toContainText("confirm your email");

  await page.goto(await linkFromOutbox(email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm your email" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is confirmed");

  await login(page, email, "a long enough password");
  await expect(page.getByText("Signed in as Wanjiru Kamau")).toBeVisible();

  await page.getByRole("button", { name: "Kiswahili" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hakikisha kabla ya kwenda");
  await expect(page.locator("html")).toHaveAttribute("lang", "sw");

  await page.getByRole("button", { name: "Toka" }).click();
  await expect(page.getByRole("status")).toHaveText("Umetoka.");
  await expect(page.getByRole("link", { name: "Ingia" })).toBeVisible();

  // Another browser with no choice made: the account's saved language (the switch saved it).
  await page.context().clearCookies();
  await login(page, email, "a long enough password");
  await expect(page.locator("html")).toHaveAttribute("lang", "sw");
  await page.getByRole("button", { name: "Toka" }).click();

  // English chosen on the login page wins at login and is saved to the account.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByRole("button", { name: "Kiswahili" }).click();
  await page.getByRole("button", { name: "English" }).click();
  await login(page, email, "a long enough password");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Signed in as Wanjiru Kamau")).toBeVisible();
  await page.getByRole("button", { name: "Log out" }).click();
  await page.context().clearCookies();
  await login(page, email, "a long enough password");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an NEA officer logs in with password and a TOTP code", async ({ page }) => {
  await login(page, "officer@demo.kazisalama.ke", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  // Until the second factor, protected pages send the officer back to it.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\/two-factor$/);
  await page.getByLabel("6-digit code").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expectProblem(page, "That code is not correct");
  await page.getByLabel("6-digit code").fill(await totpCode("officer@demo.kazisalama.ke"));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("status")).toHaveText("Welcome back.");
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "My account" })).toBeVisible();
  // An officer is not an admin.
  const res = await page.goto("/admin/users");
  expect(res?.status()).toBe(403);
});

test("a wrong password five times locks the account", async ({ page }, info) => {
  // A fresh account each run: locking a demo account would lock out every later test that uses it.
  const { email } = await freshApplicant(`lock-${info.project.name}`);
  for (let i = 0; i < 4; i++) {
    await login(page, email, "not-the-password");
    await expect(page.getByRole("alert")).toContainText("email address or password is not correct");
  }
  await login(page, email, "not-the-password");
  await expect(page.getByRole("alert")).toContainText("locked until");
  await login(page, email, DEMO_PASSWORD);
  await expect(page.getByRole("alert")).toContainText("locked until");
});

test("bad input gets a 4xx with a message, never a 500", async ({ page, request }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Log in" }).click();
  // The summary names the field a generic message is about.
  await expect(page.getByRole("link", { name: "Password: this is required." })).toBeVisible();
  const res = await request.post("/set-language", {
    form: { locale: "fr" },
    headers: { origin: "http://127.0.0.1:3100" },
  });
  expect(res.status()).toBe(400);
  const cross = await request.post("/login", {
    form: { login: "a@b.ke", password: "x" },
    headers: { origin: "https://evil.example" },
  });
  expect(cross.status()).toBe(403);
  expect((await request.get("/no-such-page")).status()).toBe(404);
});

test("security baseline: headers, body limit, health checks", async ({ request }) => {
  const home = await request.get("/");
  expect(home.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(home.headers()["x-frame-options"]).toBe("DENY");
  expect(home.headers()["x-content-type-options"]).toBe("nosniff");
  expect(home.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const big = await request.post("/login", {
    data: "x".repeat(1024 * 1024 + 1),
    headers: { "content-type": "text/plain", origin: "http://127.0.0.1:3100" },
  });
  expect(big.status()).toBe(413);
  // Input that is not a form, or not text, is refused with a 400 and never reaches a route's logic.
  const origin = { origin: "http://127.0.0.1:3100" };
  expect(
    (
      await request.post("/login", {
        data: '{"email":',
        headers: { "content-type": "application/json", ...origin },
      })
    ).status(),
  ).toBe(400);
  expect(
    (
      await request.post("/report", {
        data: "--x\r\nbroken",
        headers: { "content-type": "multipart/form-data; boundary=nope", ...origin },
      })
    ).status(),
  ).toBe(400);
  const nul = await request.post("/forgot-password", {
    form: { email: "a\u0000@example.ke" },
    headers: origin,
  });
  expect(nul.status()).toBe(400);
  expect(await nul.text()).toContain("The request could not be understood");
  expect((await request.get("/agencies/%E0%A4%A")).status()).toBe(400);
  expect((await request.get("/api/v1/agencies/a%00b")).status()).toBe(400);
  expect((await request.get("/healthz")).status()).toBe(200);
  const ready = await request.get("/readyz");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ ready: true });
});
