// Maintenance commands beside a running app: with `npm start` serving from its embedded PostgreSQL,
// `npm run audit:verify`, `db:migrate` and `db:seed` (no DATABASE_URL) use that database and never
// stop it; /readyz answers 200 throughout. They used to take the live postmaster for an orphan and
// stop it (issue 14).
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port.ts";
import { startApp, waitReady, type AppProcess } from "../setup/app-server";
import { ROOT, runNode, TSX } from "../setup/run";

const dir = path.join(ROOT, ".data", `live-app-${process.pid}`);
let app: AppProcess | null = null;

afterAll(async () => {
  await app?.stop();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe("maintenance commands beside a running app", () => {
  it(
    "audit:verify, db:migrate and db:seed use the app's embedded database and leave it running",
    { timeout: 420_000 },
    async () => {
      mkdirSync(dir, { recursive: true });
      const env = {
        DATABASE_URL: "",
        EMBEDDED_PG_DIR: path.join(dir, "pg"),
        EMBEDDED_PG_PORT: String(await freePort()),
      };
      app = await startApp(env);
      await waitReady(app); // a fresh database with demo data: the slow part
      const postmaster = () =>
        Number(readFileSync(path.join(dir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
      const before = postmaster();

      // /readyz, asked every 100 ms while the commands run.
      const statuses: number[] = [];
      let polling = true;
      const poller = (async () => {
        while (polling) {
          statuses.push(
            await fetch(`${app!.base}/readyz`).then(
              (r) => r.status,
              () => 0,
            ),
          );
          await new Promise((r) => setTimeout(r, 100));
        }
      })();

      const run = (script: string) =>
        runNode([TSX, script], { env: { ...process.env, ...env }, timeoutMs: 180_000 });
      const verify = await run("scripts/audit-verify.ts");
      expect(verify.stdout).toMatch(/Audit chain OK: \d+ events/);
      expect(verify.output).toContain(`run by process`);
      expect(verify.status).toBe(0);
      const migrate = await run("scripts/migrate.ts");
      expect(migrate.stdout).toContain("Database is up to date.");
      expect(migrate.status).toBe(0);
      const seed = await run("scripts/seed.ts");
      expect(seed.stdout).toContain("Reference and demo data loaded.");
      expect(seed.status).toBe(0);

      polling = false;
      await poller;
      expect(statuses.length).toBeGreaterThan(5);
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      expect(postmaster()).toBe(before); // the same server, never restarted
      expect((await fetch(`${app.base}/readyz`)).status).toBe(200);
    },
  );
});
