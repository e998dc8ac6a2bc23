// Runs a Node program (a script, a test runner) in a child process without blocking the test's event
// loop, and resolves with its exit status and output. `timeoutMs` kills it (status null) so a hung
// child fails its test with its output instead of hanging the run.
import { spawn } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

export type Run = { status: number | null; stdout: string; stderr: string; output: string };

export function runNode(
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let output = "";
    child.stdout.on("data", (b: Buffer) => ((stdout += b), (output += b)));
    child.stderr.on("data", (b: Buffer) => ((stderr += b), (output += b)));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs);
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      // eslint-disable-next-line no-control-regex -- the escape character is what colour codes start with
      const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, ""); // colour codes, whatever the runner decided
      resolve({ status, stdout: plain(stdout), stderr: plain(stderr), output: plain(output) });
    });
  });
}

/** The environment of this process without the test database it was given (for a child that picks its own). */
export function envWithout(...names: string[]): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const n of names) delete env[n];
  return env;
}
