// Drill: the database's disk is lost (issue 21). Supervisors approve contracts, an agency uploads licence
// documents through its application form and the public files reports; a backup is
// taken, more are written, a second backup is taken, a few more are written; then the database and
// the uploaded documents are destroyed, the latest backup is restored with `npm run restore`, and
// the app is started on it. Everything acknowledged before the last backup must be back, the audit
// chain must verify, and what came after the last backup is what a daily backup can lose (stated).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { EmbeddedDatabase } from "../lib/embedded-postgres.ts";
import { ensureAppRole } from "../lib/db-roles.ts";
import { root } from "../lib/database.ts";
import {
  App,
  auditVerify,
  BASE,
  randomIp,
  DRILL_CHECKPOINT_KEY,
  DRILL_UPLOADS,
  log,
  PG,
  restartDatabase,
  sessionFor,
  withClient,
  type DrillResult,
} from "./env.ts";
import { approve } from "./kill-approvals.ts";

const BACKUPS = path.join(root, ".data", "drill-backups");
const KEY = randomBytes(32).toString("hex");

/** A public report (an unlicensed recruiter), as anyone files one: its description when acknowledged. */
async function report(i: number) {
  const description = `Disk drill report ${i} ${randomUUID()}: they asked me for money before the contract.`;
  const r = await fetch(`${BASE}/report`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": randomIp() },
    body: new URLSearchParams({
      subject: "UNLICENSED_RECRUITER",
      description,
      recruiterName: `Drill recruiter ${i}`,
      _submission: randomUUID(),
    }),
  });
  await r.arrayBuffer();
  return r.status === 302 ? description : null;
}
const reportAll = async (from: number, n: number) =>
  (await Promise.all(Array.from({ length: n }, (_, i) => report(from + i)))).filter(
    (d): d is string => d !== null,
  );

/** A licence document (a small PDF), uploaded through the agency's application form: its SHA-256 when acknowledged. */
async function upload(cookie: string) {
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(4000)]);
  const form = new FormData();
  form.set("kind", "incorporation");
  form.set("file", new Blob([bytes], { type: "application/pdf" }), "certificate.pdf");
  const r = await fetch(`${BASE}/agency/application`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie },
    body: form,
  });
  await r.arrayBuffer();
  return r.status === 302 ? createHash("sha256").update(bytes).digest("hex") : null;
}
const uploadAll = async (cookie: string, n: number) => {
  const done: string[] = [];
  for (let i = 0; i < n; i++) {
    const sha = await upload(cookie);
    if (sha) done.push(sha);
  }
  return done;
};

function script(name: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
    cwd: root,
    env: {
      ...process.env,
      BACKUP_DIR: BACKUPS,
      BACKUP_KEY: KEY,
      UPLOAD_DIR: DRILL_UPLOADS,
      ...env,
    },
    encoding: "utf8",
  });
  const output = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0) throw new Error(`npm run ${name} failed:\n${output}`);
  return output;
}

export async function diskLost(
  url: string,
  db: { current: EmbeddedDatabase },
  app: App,
  appPassword: string,
): Promise<DrillResult> {
  const facts: string[] = [];
  rmSync(BACKUPS, { recursive: true, force: true });
  const cookie = await sessionFor(url, "supervisor@demo.kazisalama.ke");
  const applicant = await sessionFor(url, "applicant@demo.kazisalama.ke");
  // The demo applicant agency opens its licence application, as on its home page.
  const opened = await fetch(`${BASE}/agency`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: applicant },
    body: new URLSearchParams({}),
  });
  await opened.arrayBuffer();
  if (opened.status !== 302) throw new Error(`opening the application answered ${opened.status}`);
  // Contracts waiting for a supervisor, made here (the kill drill approves every waiting one):
  // generated contracts still waiting for an officer are put where a recommendation leaves them.
  const waiting = await withClient(url, async (c) => {
    await c.query(`UPDATE "JobOrder" SET positions = positions + 1000 WHERE title LIKE 'Bench %'`);
    const r = await c.query<{ id: string }>(
      `UPDATE "Contract" SET status = 'RECOMMENDED' WHERE id IN (
         SELECT id FROM "Contract" WHERE status = 'SUBMITTED' AND "supersedesId" IS NULL
         AND reference LIKE 'KS-K-B%' ORDER BY id LIMIT 70) RETURNING id`,
    );
    return r.rows.map((x) => x.id).sort();
  });
  if (waiting.length < 70) throw new Error(`only ${waiting.length} contracts to approve`);
  const approveAll = async (ids: string[]) => {
    const done: string[] = [];
    for (const id of ids)
      if ((await approve(id, randomUUID(), cookie)) === "approved") done.push(id);
    return done;
  };
  const before1 = await approveAll(waiting.slice(0, 30));
  const reports1 = await reportAll(0, 40);
  const docs1 = await uploadAll(applicant, 3);
  script("backup", [], { DATABASE_URL: url });
  const between = await approveAll(waiting.slice(30, 60));
  const reports2 = await reportAll(100, 40);
  const docs2 = await uploadAll(applicant, 2);
  const t0 = Date.now();
  script("backup", [], { DATABASE_URL: url });
  const backupMs = Date.now() - t0;
  const latest = readdirSync(BACKUPS)
    .filter((f) => !f.endsWith(".partial"))
    .sort()
    .pop()!;
  const manifest = JSON.parse(readFileSync(path.join(BACKUPS, latest, "manifest.json"), "utf8"));
  const after = await approveAll(waiting.slice(60, 70));
  const reportsAfter = await reportAll(200, 10);
  const docsAfter = await uploadAll(applicant, 2);
  facts.push(
    `Written and acknowledged: ${before1.length} approvals, ${reports1.length} public reports and ${docs1.length} documents, a backup; ${between.length} approvals, ${reports2.length} reports and ${docs2.length} documents, a second backup (${manifest.tables.reduce((n: number, t: { rows: number }) => n + t.rows, 0)} rows, ${manifest.audit.count} audit events, ${manifest.uploads.length} documents, encrypted; ${(backupMs / 1000).toFixed(1)} s); then ${after.length} more approvals, ${reportsAfter.length} reports and ${docsAfter.length} documents.`,
  );

  log("Destroying the database and the uploaded documents…");
  await app.stop();
  await db.current.stop();
  rmSync(PG.dataDir, { recursive: true, force: true });
  rmSync(DRILL_UPLOADS, { recursive: true, force: true });
  facts.push(
    `Destroyed: the database folder and UPLOAD_DIR (both gone: ${!existsSync(PG.dataDir) && !existsSync(DRILL_UPLOADS)}).`,
  );

  const t1 = Date.now();
  const restored = script("restore", [path.join(BACKUPS, latest)], {
    DATABASE_URL: "",
    EMBEDDED_PG_DIR: PG.dataDir,
    EMBEDDED_PG_PORT: String(PG.port),
    AUDIT_CHECKPOINT_KEY: DRILL_CHECKPOINT_KEY,
  });
  facts.push(
    `npm run restore of the second backup, into a new empty database, in ${((Date.now() - t1) / 1000).toFixed(1)} s: ${restored.split("\n").pop()}`,
  );
  db.current = await restartDatabase();
  await ensureAppRole(db.current.url, appPassword); // a new server has no app role yet
  await app.start();

  const state = await withClient(db.current.url, async (c) => {
    const approved = await c.query<{ id: string }>(
      `SELECT id FROM "Contract" WHERE status = 'APPROVED' AND id = ANY($1::uuid[])`,
      [[...before1, ...between, ...after]],
    );
    const head = await c.query<{ hash: string }>(`SELECT hash FROM "AuditEvent" WHERE seq = $1`, [
      manifest.audit.headSeq,
    ]);
    const reports = await c.query<{ description: string }>(
      `SELECT description FROM "Complaint" WHERE description = ANY($1::text[])`,
      [[...reports1, ...reports2, ...reportsAfter]],
    );
    const documents = await c.query<{ sha256: string }>(
      `SELECT sha256 FROM "ApplicationDocument" WHERE sha256 = ANY($1::text[])`,
      [[...docs1, ...docs2, ...docsAfter]],
    );
    return {
      approved: new Set(approved.rows.map((r) => r.id)),
      documents: new Set(documents.rows.map((r) => r.sha256)),
      reports: new Set(reports.rows.map((r) => r.description)),
      head: head.rows[0]?.hash ?? null,
    };
  });
  const lostAcked = [...before1, ...between].filter((id) => !state.approved.has(id)).length;
  // A document is back when the application lists it again and its file reads back byte for byte.
  const docsBack = [...docs1, ...docs2].filter((sha) => {
    if (!state.documents.has(sha)) return false;
    const f = path.join(DRILL_UPLOADS, sha.slice(0, 2), sha.slice(2, 4), sha);
    return existsSync(f) && createHash("sha256").update(readFileSync(f)).digest("hex") === sha;
  }).length;
  const afterBack = after.filter((id) => state.approved.has(id)).length;
  const lostReports = [...reports1, ...reports2].filter((d) => !state.reports.has(d)).length;
  const reportsAfterBack = reportsAfter.filter((d) => state.reports.has(d)).length;
  const docsAfterBack = docsAfter.filter((sha) => state.documents.has(sha)).length;
  facts.push(
    `After the restore: ${lostAcked} of the ${before1.length + between.length} approvals and ${lostReports} of the ${reports1.length + reports2.length} reports acknowledged before the last backup are missing; ${docsBack} of ${docs1.length + docs2.length} documents are back, byte for byte; the audit event at the backup's head is ${state.head === manifest.audit.headHash ? "the same" : "DIFFERENT"}.`,
  );
  facts.push(
    `Written after the last backup and therefore lost, as a backup cannot hold what came after it: ${after.length - afterBack} of ${after.length} approvals, ${reportsAfter.length - reportsAfterBack} of ${reportsAfter.length} reports and ${docsAfter.length - docsAfterBack} of ${docsAfter.length} documents (schedule backups, and add WAL archiving, to shorten that window).`,
  );
  const audit = auditVerify(db.current.url);
  facts.push(`npm run audit:verify: ${audit.output.split("\n").pop()}`);
  const serving = (await fetch(`http://127.0.0.1:${process.env.DRILL_APP_PORT ?? 3302}/readyz`)).ok;
  facts.push(`The app serves again on the restored database: ${serving}.`);
  return {
    name: "Disk lost: restore the last backup",
    // Something must have been written on each side of the backups, or the drill proves nothing.
    passed:
      before1.length > 0 &&
      between.length > 0 &&
      after.length > 0 &&
      docs1.length > 0 &&
      docs2.length > 0 &&
      docsAfter.length > 0 &&
      reports1.length > 0 &&
      reports2.length > 0 &&
      reportsAfter.length > 0 &&
      lostAcked === 0 &&
      lostReports === 0 &&
      docsBack === docs1.length + docs2.length &&
      state.head === manifest.audit.headHash &&
      audit.ok &&
      serving,
    facts,
  };
}
