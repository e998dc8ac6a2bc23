// `npm start`: build if needed, start the embedded PostgreSQL (unless DATABASE_URL is set), apply
// migrations, load demo data into an empty embedded database, and serve on HOST:PORT.
import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { BUILD_ENTRY, buildProblem } from "./lib/build.ts";
import { root, embeddedSettings } from "./lib/database.ts";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres.ts";
import { prepareDatabase } from "./lib/prepare.ts";
import { webConcurrency } from "./lib/web-concurrency.ts";
import { APP_ROLE, auditPrivileges, ensureAppRole, localSecret } from "./lib/db-roles.ts";
import { parseEnv } from "../app/utils/env.server.ts";
import { DEMO_GATEWAY_SECRET } from "../app/auth/gateway.server.ts";

const dev = process.argv.includes("--dev");
// --no-build: serve the existing build as it is (several servers started at once must not all
// rebuild the same folder; a release builds once).
const noBuild = process.argv.includes("--no-build");
process.env.NODE_ENV ??= dev ? "development" : "production";
const log = (m: string) => process.stdout.write(`[kazi-salama] ${m}\n`);

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

function ensureBuild() {
  if (noBuild) {
    if (!existsSync(BUILD_ENTRY))
      throw new Error("--no-build: there is no build; run npm run build first");
    return;
  }
  if (!existsSync(path.join(root, "app", "generated", "prisma", "client.ts"))) {
    run(process.execPath, [
      path.join(root, "node_modules", "tsx", "dist", "cli.mjs"),
      "scripts/prisma-generate.ts",
    ]);
  }
  if (!buildProblem()) return;
  log("Building the app…");
  run(process.execPath, [
    path.join(root, "node_modules", "@remix-run", "dev", "dist", "cli.js"),
    "build",
  ]);
}

/** Production refuses to serve as a role that could rewrite the audit trail (ADR 0018). */
async function requireLeastPrivilege(url: string) {
  const p = await auditPrivileges(url);
  const can = [
    p.superuser && "is a superuser",
    p.update && "may UPDATE",
    p.delete && "may DELETE",
    p.truncate && "may TRUNCATE",
  ].filter(Boolean);
  if (can.length)
    throw new Error(
      `DATABASE_URL connects as a role that ${can.join(", ")} audit events. Connect the app as a least-privilege role: create it, set APP_DB_ROLE to its name and MIGRATION_DATABASE_URL to the owner's connection, and run npm run release (README, "Database roles").`,
    );
}

type Serving = { close(): Promise<void> };

/** The server processes: this one, or N cluster workers that this process starts and stops. */
async function serve(host: string, port: number, url: string): Promise<Serving> {
  const processes = webConcurrency(process.env.WEB_CONCURRENCY);
  const { startServer } = await import("./server.ts");
  const production = process.env.NODE_ENV === "production";
  if (processes === 1) return startServer({ host, port, databaseUrl: url, production });
  // Each worker runs this script again (cluster.isWorker below) with the settings made here.
  const workers = Array.from({ length: processes }, (_, i) =>
    cluster.fork({ ...process.env, KAZI_WORKER_JOBS: i === 0 ? "true" : "false" }),
  );
  let stopping = false;
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          w.once("listening", () => resolve());
          w.once("exit", (code) => reject(new Error(`a server process exited (${code})`)));
        }),
    ),
  );
  cluster.on("exit", (w, code) => {
    if (!stopping) log(`server process ${w.process.pid} exited (${code}); stopping`);
    if (!stopping) process.kill(process.pid, "SIGTERM");
  });
  log(`${processes} server processes: ${workers.map((w) => w.process.pid).join(", ")}`);
  return {
    async close() {
      stopping = true;
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              w.once("exit", () => resolve());
              w.process.kill("SIGTERM");
            }),
        ),
      );
    },
  };
}

/** A cluster worker: one server on the shared port, stopped by its primary. */
async function worker() {
  const { startServer } = await import("./server.ts");
  const app = await startServer({
    host: process.env.HOST ?? "127.0.0.1",
    port: Number(process.env.PORT ?? 3000),
    databaseUrl: process.env.DATABASE_URL!,
    production: process.env.NODE_ENV === "production",
    jobs: process.env.KAZI_WORKER_JOBS === "true",
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close().catch((e) => log(`close: ${String(e)}`));
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => {}); // the primary decides
}

async function main() {
  if (cluster.isWorker) return worker();
  // With DATABASE_URL (production), a bad or missing setting stops here, before any build or query.
  if (process.env.DATABASE_URL) parseEnv(process.env);
  // The demo inbox shows every recipient's links and codes: only ever on the embedded demo database.
  if (process.env.DATABASE_URL && process.env.DEMO_INBOX === "true")
    throw new Error(
      "DEMO_INBOX=true shows every recipient's links and codes at /admin/mail: it is for the embedded demo database only, never with DATABASE_URL",
    );
  ensureBuild();
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  // Migrations and reference data run as the owner; the app connects as its least-privilege role.
  let ownerUrl = process.env.MIGRATION_DATABASE_URL || url;
  let appRolePassword: string | null = null;
  if (!url) {
    const settings = embeddedSettings();
    log(`Starting embedded PostgreSQL on 127.0.0.1:${settings.port}…`);
    embedded = await startEmbeddedPostgres({ ...settings, log });
    ownerUrl = url = embedded.url;
    // Demo mode keeps the app role's password and the checkpoint key in files beside the database
    // (never in it): ADR 0018.
    appRolePassword = localSecret(`${settings.dataDir}.app-role`);
    process.env.AUDIT_CHECKPOINT_KEY ??= localSecret(`${settings.dataDir}.audit-key`);
    process.env.DATABASE_URL = url;
  }
  const host = process.env.HOST ?? "127.0.0.1";
  const port = Number(process.env.PORT ?? 3000);
  if (embedded && !process.env.APP_URL) {
    // Demo mode: links in emails and QR codes point at this server, from configuration, never from
    // a request's Host header. Production (DATABASE_URL) must set APP_URL or is refused below.
    const linkHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
    process.env.APP_URL = `http://${linkHost.includes(":") ? `[${linkHost}]` : linkHost}:${port}`;
  }
  // Demo mode: the documented demo gateway secret (README), so the USSD examples work as shown.
  if (embedded) process.env.GATEWAY_SECRET ??= DEMO_GATEWAY_SECRET;
  // Demo mode delivers nothing: /admin/mail stands in for the recipients' inboxes (links, codes).
  if (embedded && !process.env.SMTP_URL && !process.env.SMS_URL) process.env.DEMO_INBOX ??= "true";
  const stopDb = async () => embedded?.stop();
  let app: Serving;
  try {
    parseEnv(process.env); // demo mode: checked once its database and APP_URL are set
    await prepareDatabase(ownerUrl!, {
      demo: !!embedded,
      log,
      appRole: embedded ? undefined : process.env.APP_DB_ROLE || undefined,
    });
    if (embedded && appRolePassword) {
      url = await ensureAppRole(ownerUrl!, appRolePassword, APP_ROLE);
      process.env.MIGRATION_DATABASE_URL = ownerUrl;
      process.env.DATABASE_URL = url;
    }
    if (process.env.NODE_ENV === "production") await requireLeastPrivilege(url);
    app = await serve(host, port, url);
    log(`Kazi Salama is ready on http://${host}:${port}`);
  } catch (e) {
    await stopDb().catch(() => {});
    throw e;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log("Forced exit.");
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: stopping…`);
    await app.close().catch((e) => log(`close: ${String(e)}`));
    await stopDb().catch((e) => log(`database stop: ${String(e)}`));
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((e) => {
  process.stderr.write(`[kazi-salama] ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
