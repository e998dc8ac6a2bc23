// The project's Playwright configuration (browser, options), pointed at the harness fixtures and
// without the app server (the fixtures need only the browser). HARNESS_FIXTURE picks `fails` or `passes`.
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

const which = process.env.HARNESS_FIXTURE === "passes" ? "passes" : "fails";

export default defineConfig({
  ...base,
  testDir: "fixtures",
  testMatch: `${which}.e2e.ts`,
  webServer: undefined,
  projects: base.projects?.filter((p) => p.name === "js"),
  outputDir: "../../test-results/harness",
});
