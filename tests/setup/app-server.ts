// A real app process (the production build, `scripts/start.ts --no-build`) for tests that need one,
// and a wait for its readiness. The build must be the one `npm test` has just made: a missing or
// stale build fails the test that needs it (it never skips).
import { spawn, type ChildProcess } from "node:child_process";
import { buildProblem } from "../../scripts/lib/build.ts";
import { DEMO_GATEWAY_SECRET } from "../../app/auth/gateway.server.ts";
import { freePort } from "../../scripts/lib/free-port.ts";
import { ensureAppRole } from "../../scripts/lib/db-roles.ts";
import { ROOT, TSX } from "./run";

export type AppProcess = {
  proc: ChildProcess;
  base: string;
  output: string[];
  stop: () => Promise<void>;
};

export function requireCurrentBuild() {
  const problem = buildProblem();
  if (problem)
    throw new Error(
      `This test runs the production build, but ${problem}: run \`npm run build\` (npm test does).`,
    );
}

export const TEST_CHECKPOINT_KEY = "test-audit-checkpoint-key-0123456789abcdef";

/**
 * As in production, the app connects as the least-privilege role and migrates as the owner (ADR
 * 0018): given the owner's URL of a test database, the app role's URL for it.
 */
export async function appRoleEnv(ownerUrl: string) {
  return {
    DATABASE_URL: await ensureAppRole(ownerUrl, "kazi-app-test-password"),
    MIGRATION_DATABASE_URL: ownerUrl,
  };
}

export async function startApp(
  env: Record<string, string>,
  opts: { leastPrivilege?: boolean } = {},
): Promise<AppProcess> {
  requireCurrentBuild();
  const port = await freePort();
  const ownerUrl = env.DATABASE_URL ?? process.env.DATABASE_URL ?? "";
  const roles = ownerUrl && opts.leastPrivilege !== false ? await appRoleEnv(ownerUrl) : {};
  const output: string[] = [];
  const proc = spawn(process.execPath, [TSX, "scripts/start.ts", "--no-build"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      GATEWAY_SECRET: DEMO_GATEWAY_SECRET,
      SECURE_COOKIES: "false",
      AUDIT_CHECKPOINT_KEY: TEST_CHECKPOINT_KEY,
      ...env,
      ...roles,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout!.on("data", (c: Buffer) => output.push(c.toString()));
  proc.stderr!.on("data", (c: Buffer) => output.push(c.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once("exit", () => resolve());
      proc.kill("SIGTERM");
    });
  return { proc, base: `http://127.0.0.1:${port}`, output, stop };
}

/** Resolves when /readyz answers 200; fails with the app's output if it exits or `ms` pass. */
export async function waitReady(app: AppProcess, ms = 240_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (app.proc.exitCode !== null) throw new Error(`app exited: ${app.output.join("")}`);
    try {
      const r = await fetch(`${app.base}/readyz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`app not ready in ${ms / 1000} s: ${app.output.join("")}`);
}
