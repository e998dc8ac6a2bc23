// `npm run drills` (or `npm run drills -- smtp sms kill pg fuzz` for some of them): the fault
// drills. Each runs against the production build in its own process, on its own embedded PostgreSQL
// (.data/drill-pg, wiped each run), with a real SMTP server and a real HTTP server speaking the SMS
// gateway's API on loopback. The results are printed
// and written between the drill markers in docs/reliability.md. Exits 1 if any drill failed.
import os from "node:os";
import { ensureAppRole } from "./lib/db-roles.ts";
import type { EmbeddedDatabase } from "./lib/embedded-postgres.ts";
import { utcStamp, writeDocSection } from "./lib/doc-section.ts";
import {
  App,
  DRILL_CHECKPOINT_KEY,
  DRILL_UPLOADS,
  log,
  startDatabase,
  type DrillResult,
} from "./drills/env.ts";
import { Smtp } from "./lib/smtp-recorder.ts";
import { freePort } from "./lib/free-port.ts";
import { smtpOutage } from "./drills/smtp-outage.ts";
import { smsOutage } from "./drills/sms-outage.ts";
import { startSmsGateway } from "./lib/sms-gateway.ts";
import { killDuringApprovals } from "./drills/kill-approvals.ts";
import { pgRestart } from "./drills/pg-restart.ts";
import { fuzz } from "./drills/fuzz.ts";
import { diskLost } from "./drills/disk-lost.ts";

const ALL = ["smtp", "sms", "kill", "pg", "fuzz", "disk"] as const;
const APP_PASSWORD = "kazi-app-drill-password";
const asked = process.argv.slice(2).filter((a) => (ALL as readonly string[]).includes(a));
const chosen = asked.length ? asked : [...ALL];

async function main() {
  const started = Date.now();
  const db = { current: (await startDatabase()) as EmbeddedDatabase };
  const url = db.current.url;
  const smtp = new Smtp(await freePort());
  await smtp.start();
  const gateway = await startSmsGateway({ username: "kazi-drill", apiKey: "drill-api-key" });
  // As in production: the app connects as the least-privilege role (ADR 0018).
  const app = new App({
    DATABASE_URL: await ensureAppRole(url, APP_PASSWORD),
    UPLOAD_DIR: DRILL_UPLOADS,
    MIGRATION_DATABASE_URL: url,
    AUDIT_CHECKPOINT_KEY: DRILL_CHECKPOINT_KEY,
    SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
    SMS_URL: gateway.url,
    SMS_USERNAME: "kazi-drill",
    SMS_API_KEY: "drill-api-key",
    OUTBOX_INTERVAL_MS: "250",
    DATABASE_POOL_SIZE: "10",
  });
  const results: DrillResult[] = [];
  try {
    await app.start();
    for (const name of chosen) {
      log(`— drill: ${name}`);
      const r =
        name === "smtp"
          ? await smtpOutage(url, smtp, app)
          : name === "sms"
            ? await smsOutage(url, gateway, app)
            : name === "kill"
              ? await killDuringApprovals(url, app)
              : name === "pg"
                ? await pgRestart(url, db, app)
                : name === "disk"
                  ? await diskLost(url, db, app, APP_PASSWORD)
                  : await fuzz(url);
      results.push(r);
      log(`${r.passed ? "PASS" : "FAIL"}: ${r.name}`);
      for (const f of r.facts) log(`  ${f}`);
    }
  } finally {
    await app.stop().catch(() => {});
    await smtp.stop().catch(() => {});
    await gateway.close().catch(() => {});
    await db.current.stop().catch(() => {});
  }
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (chosen.length === ALL.length) write(results, minutes);
  else log("Only some drills ran: docs/reliability.md is left as it was.");
  return results.every((r) => r.passed) ? 0 : 1;
}

function write(results: DrillResult[], minutes: string) {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    `Last run: ${utcStamp()}, ${os.cpus().length} × ${cpu}, Node ${process.version}, ${minutes} minutes in all.`,
    "",
    "| Drill | Result |",
    "|---|---|",
    ...results.map((r) => `| ${r.name} | ${r.passed ? "**pass**" : "**FAIL**"} |`),
    "",
    ...results.flatMap((r) => [
      `**${r.name}** — ${r.passed ? "pass" : "FAIL"}`,
      "",
      ...r.facts.map((f) => `- ${f.replace(/\|/g, "\\|")}`),
      "",
    ]),
  ];
  writeDocSection("docs/reliability.md", "drills", lines.join("\n"));
  log("Results written to docs/reliability.md.");
}

main().then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`[drills] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
