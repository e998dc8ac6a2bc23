// NEA imports an existing agency list: a preview (dry run) with per-row errors, a second official's
// confirmation (it can grant licences), then the import in the background, in chunks that each commit with the run's progress. Matching is by licence
// number, so re-running the same file changes nothing. One audit event per run; each licence
// action it records carries the run id as its batch id. No emails: this is a data migration.
import { createHash } from "node:crypto";
import type { User } from "lucia";
import type { LicenceActionKind, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { acquireLease } from "~/jobs/scheduler.server";
import { agencySearchName } from "./normalize";
import { checkImport, rowFields, type ImportRow, type RowError } from "./import.rules";
import { isUuid } from "~/utils/validation";
import { newLicenceCode } from "./licence-review.server";
import { forbidden } from "~/utils/http.server";
import { once } from "~/utils/idempotency.server";
import { DomainError } from "~/domain/errors";

const MAX_STORED_ERRORS = 1000;

async function reference() {
  const [counties, countries] = await Promise.all([
    db.county.findMany({ select: { code: true, name: true } }),
    db.country.findMany({ select: { code: true } }),
  ]);
  return { counties, countries: countries.map((c) => c.code) };
}

const existingSelect = {
  id: true,
  licenceNo: true,
  name: true,
  status: true,
  countyCode: true,
  town: true,
  address: true,
  phone: true,
  email: true,
  validFrom: true,
  validUntil: true,
  countries: { select: { countryCode: true } },
} satisfies Prisma.AgencySelect;
type Existing = Prisma.AgencyGetPayload<{ select: typeof existingSelect }>;

function existingFields(a: Existing) {
  return {
    name: a.name,
    status: a.status,
    countyCode: a.countyCode,
    town: a.town,
    address: a.address,
    phone: a.phone,
    email: a.email,
    validFrom: a.validFrom?.toISOString(),
    validUntil: a.validUntil?.toISOString(),
    countries: a.countries
      .map((c) => c.countryCode)
      .sort()
      .join(","),
  };
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  Object.keys(a).every((k) => a[k] === b[k]);

async function loadExisting(client: Tx | typeof db, licenceNos: string[]) {
  const map = new Map<string, Existing>();
  for (let i = 0; i < licenceNos.length; i += 1000) {
    const rows = await client.agency.findMany({
      where: { licenceNo: { in: licenceNos.slice(i, i + 1000) } },
      select: existingSelect,
    });
    for (const r of rows) map.set(r.licenceNo!, r);
  }
  return map;
}

/**
 * Errors that depend on what the register already holds. A revoked licence stays revoked, and an
 * import never changes an agency's status: suspending, reinstating or revoking is a decision one
 * official proposes and another confirms (ADR 0016), which a file uploaded by one person must not
 * bypass (found by an independent review).
 */
function registerErrors(rows: ImportRow[], existing: Map<string, Existing>): RowError[] {
  return rows.flatMap((r) => {
    const now = existing.get(r.licenceNo)?.status;
    if (!now || now === r.status) return [];
    return [
      {
        line: r.line,
        field: "status",
        key: now === "REVOKED" ? "import.row.revoked" : "import.row.statusChange",
      },
    ];
  });
}

async function plan(text: string) {
  const checked = checkImport(text, await reference());
  const existing = await loadExisting(
    db,
    checked.rows.map((r) => r.licenceNo),
  );
  const extra = registerErrors(checked.rows, existing);
  const badLines = new Set(extra.map((e) => e.line));
  const rows = checked.rows.filter((r) => !badLines.has(r.line));
  let create = 0,
    update = 0,
    unchanged = 0;
  for (const r of rows) {
    const e = existing.get(r.licenceNo);
    if (!e) create += 1;
    else if (same(rowFields(r), existingFields(e))) unchanged += 1;
    else update += 1;
  }
  const errors = [...checked.errors, ...extra].sort((a, b) => a.line - b.line);
  return { rows, errors, total: checked.total, create, update, unchanged };
}

/** The dry run: nothing in the register changes; the run remembers the file for the real import. */
export async function previewImport(
  actor: User,
  file: { fileName: string; text: string },
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<string> {
  if (!can(actor, "agency:import")) throw forbidden();
  const p = await plan(file.text);
  const sha256 = createHash("sha256").update(file.text).digest("hex");
  // A second click on "Upload" opens the first preview, not a second copy of the file.
  const scope = { key: submissionKey, actorId: actor.id, action: "agency.import_preview" };
  return transaction(async (tx) => {
    const r = await once(
      tx,
      scope,
      () => storePreview(tx),
      (id) => id,
    );
    return r.repeated ? r.resultRef! : r.result;
  });

  async function storePreview(tx: Tx) {
    const run = await tx.importRun.create({
      data: {
        kind: "agencies",
        actorId: actor.id,
        fileName: file.fileName.slice(0, 200),
        sha256,
        csv: file.text,
        status: "PREVIEWED",
        total: p.total,
        valid: p.rows.length,
        created: p.create,
        updated: p.update,
        unchanged: p.unchanged,
        errors: p.errors.slice(0, MAX_STORED_ERRORS) as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { id: actor.id, role: actor.role },
      action: "agency.import_previewed",
      entityType: "ImportRun",
      entityId: run.id,
      summary: { sha256, total: p.total, valid: p.rows.length, errors: p.errors.length },
      ctx,
    });
    return run.id;
  }
}

export async function getImportRun(actor: User, id: string) {
  if (!can(actor, "agency:import")) throw forbidden();
  const run = isUuid(id)
    ? await db.importRun.findUnique({
        where: { id },
        select: {
          id: true,
          fileName: true,
          status: true,
          total: true,
          valid: true,
          processed: true,
          created: true,
          updated: true,
          unchanged: true,
          errors: true,
          createdAt: true,
          finishedAt: true,
        },
      })
    : null;
  if (!run) throw new Response("Not found", { status: 404 });
  return { ...run, errors: run.errors as unknown as RowError[] };
}

export async function listImportRuns(actor: User) {
  if (!can(actor, "agency:import")) throw forbidden();
  return db.importRun.findMany({
    orderBy: { id: "desc" },
    take: 20,
    select: {
      id: true,
      fileName: true,
      status: true,
      total: true,
      valid: true,
      processed: true,
      createdAt: true,
    },
  });
}

/**
 * An import is a decision of two officials (ADR 0016): rows marked ACTIVE grant licences, and the
 * countries listed are what an agency may recruit for. The one who uploaded (or anyone) proposes it;
 * a supervisor who did not propose confirms it. This checks a run can be proposed.
 */
export async function checkImportProposal(actor: User, id: string) {
  const run = await getImportRun(actor, id);
  if (run.status !== "PREVIEWED")
    throw new DomainError("import.error.started", { kind: "conflict" });
  if (run.valid === 0) throw new DomainError("import.error.started", { kind: "conflict" });
}

/**
 * The second official confirmed: the run starts, in the confirmation's transaction. The work happens
 * in processImport (started by the confirming request and resumed by the scheduler).
 */
export async function applyImportStart(tx: Tx, id: string) {
  const { count } = await tx.importRun.updateMany({
    where: { id, status: "PREVIEWED", valid: { gt: 0 } },
    data: { status: "RUNNING", processed: 0, created: 0, updated: 0, unchanged: 0 },
  });
  if (count !== 1) throw new DomainError("import.error.started", { kind: "conflict" });
  return { importRunId: id };
}

function actionFor(from: string | null, to: ImportRow["status"]): LicenceActionKind {
  if (to === "ACTIVE")
    return from === "SUSPENDED" ? "REINSTATED" : from === "EXPIRED" ? "RENEWED" : "GRANTED";
  return to;
}

async function applyRow(
  tx: Tx,
  r: ImportRow,
  existing: Existing | undefined,
  runId: string,
  fileName: string,
) {
  const data = {
    name: r.name,
    searchName: agencySearchName(r.name, r.licenceNo),
    status: r.status,
    countyCode: r.countyCode,
    town: r.town,
    address: r.address,
    phone: r.phone,
    email: r.email,
    validFrom: r.validFrom,
    validUntil: r.validUntil,
  };
  const reason = `Imported from the NEA register (${fileName})`;
  if (!existing) {
    const created = await tx.agency.create({
      data: {
        ...data,
        licenceNo: r.licenceNo,
        verificationCode: await newLicenceCode(tx),
        countries: { create: r.countries.map((countryCode) => ({ countryCode })) },
      },
      select: { id: true },
    });
    await tx.licenceAction.create({
      data: {
        agencyId: created.id,
        action: actionFor(null, r.status),
        reason,
        batchId: runId,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
      },
    });
    return "created" as const;
  }
  if (same(rowFields(r), existingFields(existing))) return "unchanged" as const;
  await tx.agency.update({ where: { id: existing.id }, data });
  await tx.agencyCountry.deleteMany({ where: { agencyId: existing.id } });
  await tx.agencyCountry.createMany({
    data: r.countries.map((countryCode) => ({ agencyId: existing.id, countryCode })),
  });
  if (existing.status !== r.status) {
    await tx.licenceAction.create({
      data: {
        agencyId: existing.id,
        action: actionFor(existing.status, r.status),
        reason,
        batchId: runId,
        validFrom: r.validFrom,
        validUntil: r.validUntil,
      },
    });
  }
  return "updated" as const;
}

/** Works through a RUNNING import chunk by chunk; resumes where it stopped after a restart. */
export async function processImport(runId: string, chunkSize = 200) {
  if (!(await acquireLease(db, `import:${runId}`, 5 * 60_000))) return;
  try {
    const run = await db.importRun.findUnique({
      where: { id: runId },
      select: { status: true, csv: true, fileName: true, actorId: true },
    });
    if (!run || run.status !== "RUNNING") return;
    const { rows } = await plan(run.csv);
    const actor = await db.user.findUnique({ where: { id: run.actorId }, select: { role: true } });
    for (;;) {
      const done = await transaction(
        async (tx) => {
          const current = await tx.importRun.findUniqueOrThrow({
            where: { id: runId },
            select: { processed: true, status: true },
          });
          if (current.status !== "RUNNING") return true;
          const slice = rows.slice(current.processed, current.processed + chunkSize);
          const existing = await loadExisting(
            tx,
            slice.map((r) => r.licenceNo),
          );
          const counts = { created: 0, updated: 0, unchanged: 0 };
          for (const r of slice)
            counts[await applyRow(tx, r, existing.get(r.licenceNo), runId, run.fileName)] += 1;
          const processed = current.processed + slice.length;
          const finished = processed >= rows.length;
          const after = await tx.importRun.update({
            where: { id: runId },
            data: {
              processed,
              created: { increment: counts.created },
              updated: { increment: counts.updated },
              unchanged: { increment: counts.unchanged },
              ...(finished ? { status: "DONE", finishedAt: new Date(), csv: "" } : {}),
            },
            select: { created: true, updated: true, unchanged: true },
          });
          if (finished) {
            await recordAudit(tx, {
              actor: { id: run.actorId, role: actor?.role ?? "UNKNOWN" },
              action: "agency.import_finished",
              entityType: "ImportRun",
              entityId: runId,
              summary: { rows: rows.length, ...after },
            });
          }
          return finished;
        },
        { timeout: 120_000 },
      );
      if (done) return;
    }
  } catch (e) {
    await db.importRun.updateMany({
      where: { id: runId, status: "RUNNING" },
      data: { status: "FAILED", finishedAt: new Date() },
    });
    throw e;
  } finally {
    await db.jobLease.deleteMany({ where: { name: `import:${runId}` } });
  }
}

/** For the scheduler: finish any import a restarted server left running. */
export async function resumeImports() {
  const running = await db.importRun.findMany({
    where: { status: "RUNNING" },
    select: { id: true },
    take: 5,
  });
  for (const r of running) await processImport(r.id);
}
