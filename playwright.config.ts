import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const chromium = {
  // Debian's chromium by default (no browser download needed); override with CHROMIUM_PATH.
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromium,
    locale: "en-GB",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    // The sweep of every page (Kiswahili words, axe) runs axe inside the page: with scripts, once.
    // The phone header is plain HTML and CSS: checked once, without scripts.
    { name: "js", use: { javaScriptEnabled: true }, testIgnore: /phone-header\.spec\.ts$/ },
    { name: "no-js", use: { javaScriptEnabled: false }, testIgnore: /every-page\.spec\.ts$/ },
  ],
  webServer: {
    // The production build on a fresh embedded database with demo data.
    command: "rm -rf .data/e2e-pg && node node_modules/tsx/dist/cli.mjs scripts/start.ts",
    url: `http://127.0.0.1:${PORT}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_DIR: ".data/e2e-pg",
      EMBEDDED_PG_PORT: "54349",
      NODE_ENV: "production",
      SECURE_COOKIES: "false",
    },
  },
});
