// The scheduled backup in a real server (issue 21): the production app, connected as its
// least-privilege role, takes an encrypted backup under the job lease, and /readyz tells operators
// when the last one worked. A server told to schedule backups without a key refuses to start.
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startApp, waitReady, type AppProcess } from "../setup/app-server";

const dir = mkdtempSync(path.join(os.tmpdir(), "kazi-backup-live-"));
let app: AppProcess | null = null;

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("scheduled backups in a running server", () => {
  it(
    "are taken by the app's own role, encrypted, and reported on /readyz",
    { timeout: 240_000 },
    async () => {
      app = await startApp({
        BACKUP_INTERVAL_HOURS: "0.001", // every 3.6 s
        BACKUP_DIR: path.join(dir, "backups"),
        BACKUP_KEY: "ab".repeat(32),
        UPLOAD_DIR: path.join(dir, "uploads"),
        JOBS_INTERVAL_MS: "200",
      });
      await waitReady(app);
      let ready: { backup?: { lastSuccessAt: string | null; overdue: boolean } } = {};
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline && !ready.backup?.lastSuccessAt) {
        ready = await (await fetch(`${app.base}/readyz`)).json();
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(ready.backup).toMatchObject({ lastSuccessAt: expect.any(String), overdue: false });
      const folders = readdirSync(path.join(dir, "backups")).filter((f) => !f.endsWith(".partial"));
      expect(folders.length).toBeGreaterThan(0);
      expect(existsSync(path.join(dir, "backups", folders[0]!, "manifest.json"))).toBe(true);
    },
  );

  it("refuse to be scheduled without a key", { timeout: 60_000 }, async () => {
    const refused = await startApp({ BACKUP_INTERVAL_HOURS: "24", BACKUP_KEY: "" });
    await new Promise<void>((resolve) => refused.proc.once("exit", () => resolve()));
    expect(refused.proc.exitCode).not.toBe(0);
    expect(refused.output.join("")).toMatch(/BACKUP_KEY must be set/);
  });
});
