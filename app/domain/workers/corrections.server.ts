// Requests to correct details an official has relied on (name, national ID, date of birth): the
// Data Protection Act's right to rectification. The worker asks; an NEA officer checks and decides.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { recordView } from "~/domain/audit/views.server";
import { notifyWorker } from "~/notifications/notify.server";
import { isUuid } from "~/utils/validation";
import { once } from "~/utils/idempotency.server";
import type { CorrectionInput } from "./profile.schema";
import { actorOf, day, identityLocked, ownWorkerId, requireWorker } from "./worker-record.server";
import { changedMeanwhile, DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

export async function requestCorrection(
  actor: User,
  input: CorrectionInput,
  ctx: RequestContext,
  submissionKey: string | null,
) {
  requireWorker(actor);
  return transaction(async (tx) => {
    const id = await ownWorkerId(tx, actor);
    // Corrections are for details an official has relied on (a contract or a certificate). An
    // unlocked record is edited in the profile, where a national ID always starts a claim with a code
    // sent to the contact on record: otherwise an account could take any ID through a correction
    // one officer applies, and catch the real holder's contract (an independent review).
    if (!(await identityLocked(tx, id)))
      throw new DomainError("profile.error.correctionNotLocked", { field: "field" });
    // A double click files one request.
    return once(
      tx,
      { key: submissionKey, actorId: actor.id, action: "worker.correction" },
      async () => {
        const open = await tx.correctionRequest.count({ where: { workerId: id, status: "OPEN" } });
        if (open >= 5)
          throw new DomainError("profile.error.tooManyCorrections", { field: "field" });
        const row = await tx.correctionRequest.create({
          data: {
            workerId: id,
            field: input.field,
            requestedValue: input.requestedValue,
            reason: input.reason,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "worker.correction_requested",
          entityType: "Worker",
          entityId: id,
          summary: { requestId: row.id, field: input.field },
          ctx,
        });
        return row;
      },
      (r) => r.id,
    );
  });
}

const PAGE = 25;

/** NEA: open correction requests, oldest first. Showing them is a view of personal data, so it is audited. */
export async function listCorrections(actor: User, cursor: string | null, ctx: RequestContext) {
  if (!can(actor, "worker:correct")) throw forbidden();
  const rows = await db.correctionRequest.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...(cursor && isUuid(cursor) ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      field: true,
      requestedValue: true,
      reason: true,
      createdAt: true,
      worker: {
        select: { id: true, firstName: true, lastName: true, nationalId: true, dateOfBirth: true },
      },
    },
  });
  const page = rows.slice(0, PAGE);
  if (page.length) {
    await recordView(db, {
      actor: actorOf(actor),
      action: "worker.personal_data_viewed",
      entityType: "Worker",
      entityId: null,
      summary: {
        purpose: "correction_requests",
        workerIds: [...new Set(page.map((r) => r.worker.id))],
      },
      ctx,
    });
  }
  // Only the detail being corrected is shown, beside the worker's name.
  const current = (r: (typeof page)[number]) =>
    r.field === "NATIONAL_ID"
      ? r.worker.nationalId
      : r.field === "DATE_OF_BIRTH"
        ? (day(r.worker.dateOfBirth) ?? null)
        : r.field === "FIRST_NAME"
          ? r.worker.firstName
          : r.worker.lastName;
  return {
    requests: page.map(({ worker, ...r }) => ({
      ...r,
      workerName: `${worker.firstName} ${worker.lastName}`,
      current: current({ ...r, worker }),
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

/**
 * An officer applies or refuses a correction. A new national ID is never one person's decision: it
 * decides whose contracts the record catches (an independent review), so it is proposed
 * (`ID_CORRECTION`) and a second official confirms it (`applyIdCorrection`).
 */
export async function decideCorrection(
  actor: User,
  input: { id: string; intent: "apply" | "reject"; note?: string },
  ctx: RequestContext,
) {
  if (!can(actor, "worker:correct")) throw forbidden();
  return transaction(async (tx) => {
    const req = await openRequest(tx, input.id);
    if (input.intent === "apply" && req.field === "NATIONAL_ID")
      throw new DomainError("corrections.error.secondOfficial", { field: "id" });
    await settle(tx, actor, req, input.intent, input.note ?? null, ctx);
  });
}

/** Whether applying this request needs a second official (a new national ID). */
export async function needsSecondOfficial(id: string) {
  if (!isUuid(id)) return false;
  const r = await db.correctionRequest.findUnique({ where: { id }, select: { field: true } });
  return r?.field === "NATIONAL_ID";
}

/** What a proposal to apply a national ID correction needs: an open request whose ID is free. */
export async function checkIdCorrection(id: string) {
  if (!isUuid(id)) throw notFound();
  const req = await db.correctionRequest.findUnique({
    where: { id },
    select: { status: true, field: true, requestedValue: true, workerId: true },
  });
  if (!req || req.field !== "NATIONAL_ID") throw notFound();
  if (req.status !== "OPEN") throw changedMeanwhile();
  await requireIdFree(db, req.workerId, req.requestedValue);
}

/** A second official confirmed a proposed national ID correction: it is applied now. */
export async function applyIdCorrection(
  tx: Tx,
  decider: User,
  id: string,
  note: string | null,
  ctx: RequestContext,
) {
  const req = await openRequest(tx, id);
  if (req.field !== "NATIONAL_ID") throw notFound();
  await settle(tx, decider, req, "apply", note, ctx);
  return { correctionId: id };
}

async function openRequest(tx: Tx, id: string) {
  const req = isUuid(id)
    ? await tx.correctionRequest.findUnique({
        where: { id },
        include: { worker: { select: { id: true, email: true, userId: true } } },
      })
    : null;
  if (!req) throw notFound();
  return req;
}

async function requireIdFree(tx: Tx | typeof db, workerId: string, value: string) {
  const taken = await tx.worker.findFirst({
    where: { nationalId: value.replace(/\D/g, ""), id: { not: workerId } },
    select: { id: true },
  });
  if (taken) throw new DomainError("corrections.error.idTaken", { field: "id" });
}

/** Closes the request (once), applies it if asked, and tells the worker, in one transaction. */
async function settle(
  tx: Tx,
  actor: User,
  req: Awaited<ReturnType<typeof openRequest>>,
  intent: "apply" | "reject",
  note: string | null,
  ctx: RequestContext,
) {
  const claimed = await tx.correctionRequest.updateMany({
    where: { id: req.id, status: "OPEN" },
    data: {
      status: intent === "apply" ? "APPLIED" : "REJECTED",
      decidedById: actor.id,
      decidedAt: new Date(),
      decisionNote: note,
    },
  });
  if (claimed.count === 0) throw changedMeanwhile();
  if (intent === "apply") {
    // Requests filed before the rule above: an unlocked record is never changed here.
    if (!(await identityLocked(tx, req.workerId)))
      throw new DomainError("profile.error.correctionNotLocked", { field: "id" });
    const value = req.requestedValue;
    if (req.field === "NATIONAL_ID") {
      await requireIdFree(tx, req.workerId, value);
      await tx.worker.update({
        where: { id: req.workerId },
        data: { nationalId: value.replace(/\D/g, "") },
      });
    } else if (req.field === "DATE_OF_BIRTH") {
      await tx.worker.update({
        where: { id: req.workerId },
        data: { dateOfBirth: new Date(`${value}T00:00:00Z`) },
      });
    } else {
      await tx.worker.update({
        where: { id: req.workerId },
        data: req.field === "FIRST_NAME" ? { firstName: value } : { lastName: value },
      });
    }
  }
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: intent === "apply" ? "worker.correction_applied" : "worker.correction_rejected",
    entityType: "Worker",
    entityId: req.workerId,
    summary: { requestId: req.id, field: req.field },
    ctx,
  });
  await notifyWorker(tx, req.workerId, {
    key: `correction:${req.id}:${intent}`,
    template: "correctionDecision",
    data: { field: req.field, applied: intent === "apply", note },
  });
}
