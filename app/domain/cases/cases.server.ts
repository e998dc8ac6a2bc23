// Welfare cases: raised by the worker ("Get help") or by family who cannot reach them, handled by
// the attachés of the worker's mission (assign, notes, referrals, outcome), escalated when nobody
// responds by the deadline. Each case links to the employer and agency, so NEA and the public see
// an agency's case record. State, audit and messages commit together.
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import type { CaseStatus } from "~/generated/prisma/enums";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import { once } from "~/utils/idempotency.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { isUuid } from "~/utils/validation";
import {
  ACTIVE_CASE_STATES,
  caseNext,
  isCaseOverdue,
  needsEscalation,
  responseDeadline,
  type CaseStep,
} from "./case.rules";
import type { CaseActionInput } from "./cases.schema";
import { actorOf, alertMission } from "./case-common.server";
import { notifyWorker, sendSmsOnly } from "~/notifications/notify.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

export const CASE_PAGE = 50;

export { askAboutContract, raiseCaseByWorker, reportCannotReach } from "./case-raising.server";

// ─────────────── Handling a case ───────────────

/** Attachés handle their own mission's cases; NEA handles the reports no mission could be found for. */
function caseScope(actor: User): Prisma.CaseWhereInput {
  if (can(actor, "case:handle") && actor.missionId) return { missionId: actor.missionId };
  if (can(actor, "case:oversee")) return { missionId: null };
  throw forbidden();
}

export type CaseFilter = {
  status?: CaseStatus | "ACTIVE";
  overdue?: boolean;
  after?: string | null;
};

/** The cases in scope, most urgent deadline first (cursor "due time|id"). */
export async function listCases(actor: User, f: CaseFilter) {
  const scope = caseScope(actor);
  const now = new Date();
  let cursor: Prisma.CaseWhereInput = {};
  if (f.after) {
    const [ms, id] = f.after.split("|");
    const due = new Date(Number(ms));
    if (isUuid(id) && !Number.isNaN(due.getTime()))
      cursor = { OR: [{ dueAt: { gt: due } }, { dueAt: due, id: { gt: id } }] };
  }
  const status = !f.status || f.status === "ACTIVE" ? { in: [...ACTIVE_CASE_STATES] } : f.status;
  const rows = await db.case.findMany({
    where: {
      ...scope,
      status: f.overdue ? "OPEN" : status,
      ...(f.overdue ? { dueAt: { lt: now } } : {}),
      ...cursor,
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: CASE_PAGE + 1,
    select: {
      id: true,
      reference: true,
      category: true,
      priority: true,
      status: true,
      dueAt: true,
      escalatedAt: true,
      raisedBy: true,
      createdAt: true,
      worker: { select: { firstName: true, lastName: true } },
      agency: { select: { name: true } },
    },
  });
  const page = rows.slice(0, CASE_PAGE);
  const last = page[page.length - 1];
  return {
    cases: page.map((c) => ({
      ...c,
      overdue: isCaseOverdue(c, now),
      worker: c.worker ? `${c.worker.firstName} ${c.worker.lastName}` : null,
      agency: c.agency?.name ?? null,
    })),
    next: rows.length > CASE_PAGE && last ? `${last.dueAt.getTime()}|${last.id}` : null,
  };
}

async function caseInScope(client: Tx | typeof db, actor: User, id: string) {
  const scope = caseScope(actor);
  if (!isUuid(id)) throw notFound();
  const c = await client.case.findFirst({
    where: { id, ...scope },
    select: {
      id: true,
      status: true,
      missionId: true,
      workerId: true,
      createdAt: true,
      priority: true,
    },
  });
  // Out of scope looks exactly like a case that does not exist.
  if (!c) throw notFound();
  return c;
}

/** One case with its notes and referrals, for the official handling it. Opening it is audited. */
export async function caseForOfficial(actor: User, id: string, ctx: RequestContext) {
  await caseInScope(db, actor, id);
  const c = await db.case.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      reference: true,
      category: true,
      priority: true,
      status: true,
      raisedBy: true,
      description: true,
      reporterName: true,
      reporterPhone: true,
      dueAt: true,
      escalatedAt: true,
      outcome: true,
      resolvedAt: true,
      createdAt: true,
      assigneeId: true,
      registrationId: true,
      workerId: true,
      worker: { select: { firstName: true, lastName: true, phone: true } },
      registration: { select: { id: true, phoneAbroad: true, city: true } },
      employer: { select: { name: true, city: true, watchListed: true } },
      agency: { select: { id: true, name: true, licenceNo: true } },
      contract: { select: { id: true, reference: true, version: true } },
      notes: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, internal: true, createdAt: true, authorId: true },
      },
      referrals: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, note: true, createdAt: true },
      },
    },
  });
  const assignable = await db.user.findMany({
    // Whoever may handle this case: the mission's attachés, or NEA's officers for an unmatched report.
    where: actor.missionId
      ? { missionId: actor.missionId, role: "LABOUR_ATTACHE", active: true }
      : { role: { in: ["NEA_OFFICER", "NEA_SUPERVISOR"] }, active: true },
    orderBy: { name: "asc" },
    take: 100,
    select: { id: true, name: true },
  });
  const authors = new Map(
    (
      await db.user.findMany({
        where: {
          id: { in: [...new Set(c.notes.map((n) => n.authorId).filter((x): x is string => !!x))] },
        },
        select: { id: true, name: true },
      })
    ).map((u) => [u.id, u.name]),
  );
  await transaction((tx) =>
    recordAudit(tx, {
      actor: actorOf(actor),
      action: "case.viewed",
      entityType: "Case",
      entityId: id,
      summary: { workerId: c.workerId },
      ctx,
    }),
  );
  return {
    ...c,
    overdue: isCaseOverdue(c, new Date()),
    notes: c.notes.map((n) => ({
      ...n,
      author: n.authorId ? (authors.get(n.authorId) ?? null) : null,
    })),
    assignable,
    assignee: assignable.find((a) => a.id === c.assigneeId)?.name ?? null,
  };
}

function step(status: CaseStatus, s: CaseStep) {
  const to = caseNext(status, s);
  if (!to) throw new DomainError("cases.error.step", { kind: "conflict" });
  return to;
}

/** One step on a case by the official handling it; the worker hears of visible notes and the outcome. */
export async function actOnCase(
  actor: User,
  id: string,
  a: CaseActionInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  await transaction(async (tx) => {
    await caseInScope(tx, actor, id);
    // A second click on the same form (a note, a referral) is the first one's answer, not a copy.
    const scope = { key: submissionKey, actorId: actor.id, action: `case.${a.intent}` };
    await once(
      tx,
      scope,
      () => applyCaseAction(tx, actor, id, a, ctx),
      () => id,
    );
  });
}

async function applyCaseAction(
  tx: Tx,
  actor: User,
  id: string,
  a: CaseActionInput,
  ctx: RequestContext,
) {
  await tx.$executeRaw`SELECT 1 FROM "Case" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const c = await tx.case.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      reference: true,
      workerId: true,
      createdAt: true,
      priority: true,
      missionId: true,
      raisedBy: true,
      reporterPhone: true,
    },
  });
  const audit = (
    action: Parameters<typeof recordAudit>[1]["action"],
    summary: Record<string, unknown>,
  ) =>
    recordAudit(tx, {
      actor: actorOf(actor),
      action,
      entityType: "Case",
      entityId: id,
      summary,
      ctx,
    });
  const tell = async (
    kind: string,
    data: { reference: string; status: CaseStatus; message: string },
  ) => {
    if (c.workerId)
      await notifyWorker(tx, c.workerId, {
        key: `case:${id}:${kind}`,
        template: "caseUpdate",
        data: { ...data, byNea: !c.missionId },
      });
  };
  if (c.status === "CLOSED") throw new DomainError("cases.error.step", { kind: "conflict" });
  switch (a.intent) {
    case "assign": {
      const ok = await tx.user.findFirst({
        where: {
          id: a.assigneeId,
          active: true,
          ...(c.missionId
            ? { missionId: c.missionId, role: "LABOUR_ATTACHE" }
            : { role: { in: ["NEA_OFFICER", "NEA_SUPERVISOR"] } }),
        },
        select: { id: true },
      });
      if (!ok) throw new DomainError("cases.error.assignee", { field: "assigneeId" });
      const to = c.status === "OPEN" ? step(c.status, "start") : c.status;
      await tx.case.update({ where: { id }, data: { assigneeId: a.assigneeId, status: to } });
      await audit("case.assigned", { assigneeId: a.assigneeId, from: c.status, to });
      break;
    }
    case "note": {
      if (c.status === "RESOLVED") throw new DomainError("cases.error.step", { kind: "conflict" });
      const visible = a.visible === "on";
      const n = await tx.caseNote.create({
        data: { caseId: id, authorId: actor.id, body: a.body, internal: !visible },
        select: { id: true },
      });
      await audit("case.note_added", { noteId: n.id, internal: !visible });
      if (visible)
        await tell(`note:${n.id}`, { reference: c.reference, status: c.status, message: a.body });
      break;
    }
    case "refer": {
      const to = step(c.status, "refer");
      await tx.caseReferral.create({
        data: { caseId: id, kind: a.kind, note: a.note ?? null, actorId: actor.id },
      });
      await tx.case.update({ where: { id }, data: { status: to } });
      await audit("case.referred", { kind: a.kind, from: c.status, to });
      break;
    }
    case "priority": {
      // A new priority moves the response deadline while nobody has responded yet.
      await tx.case.update({
        where: { id },
        data: {
          priority: a.priority,
          ...(c.status === "OPEN" ? { dueAt: responseDeadline(c.createdAt, a.priority) } : {}),
        },
      });
      await audit("case.priority_changed", { from: c.priority, to: a.priority });
      break;
    }
    case "resolve": {
      const to = step(c.status, "resolve");
      await tx.case.update({
        where: { id },
        data: { status: to, outcome: a.outcome, resolvedAt: new Date() },
      });
      await audit("case.resolved", { from: c.status });
      await tell("resolved", { reference: c.reference, status: to, message: a.outcome });
      // A relative who reported is told it was followed up, never what the worker told the mission.
      if (c.raisedBy === "NEXT_OF_KIN" && c.reporterPhone)
        await sendSmsOnly(tx, {
          key: `case:${id}:reporter-resolved`,
          to: c.reporterPhone,
          template: "familyReportClosed",
          data: { reference: c.reference },
        });
      break;
    }
    case "reopen": {
      const to = step(c.status, "reopen");
      await tx.case.update({ where: { id }, data: { status: to, resolvedAt: null } });
      await tx.caseNote.create({
        data: { caseId: id, authorId: actor.id, body: a.body, internal: true },
      });
      await audit("case.reopened", { from: c.status, to });
      break;
    }
  }
}

/** Cases nobody responded to by the deadline are escalated once (a scheduled job; safe to overlap). */
export async function escalateOverdueCases(now = new Date()) {
  const due = await db.case.findMany({
    where: { status: "OPEN", dueAt: { lt: now }, escalatedAt: null },
    orderBy: { dueAt: "asc" },
    take: 500,
    select: { id: true },
  });
  let count = 0;
  for (const { id } of due) {
    await transaction(async (tx) => {
      const c = await tx.case.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          status: true,
          dueAt: true,
          escalatedAt: true,
          reference: true,
          category: true,
          priority: true,
          missionId: true,
        },
      });
      if (!needsEscalation(c, now)) return;
      const done = await tx.case.updateMany({
        where: { id, escalatedAt: null },
        data: { escalatedAt: now },
      });
      if (done.count !== 1) return;
      await recordAudit(tx, {
        actor: null,
        action: "case.escalated",
        entityType: "Case",
        entityId: id,
        summary: { dueAt: c.dueAt.toISOString(), priority: c.priority },
      });
      await alertMission(tx, c.missionId, c, "escalated");
      count += 1;
    });
  }
  return count;
}

// ─────────────── What workers, NEA and the public see ───────────────

/** The worker's own cases: status, the notes meant for them, referrals and the outcome. */
export async function ownCases(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  const rows = await db.case.findMany({
    where: { worker: { userId: actor.id } },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      reference: true,
      category: true,
      status: true,
      createdAt: true,
      outcome: true,
      resolvedAt: true,
      notes: {
        where: { internal: false },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true },
      },
      referrals: {
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, createdAt: true },
      },
    },
  });
  return rows;
}

/** Cases raised about workers an agency placed: all, and still being handled (index [agencyId, status]). */
export async function agencyCaseCounts(agencyId: string) {
  const rows = await db.case.groupBy({
    by: ["status"],
    where: { agencyId },
    _count: { _all: true },
  });
  const total = rows.reduce((n, r) => n + r._count._all, 0);
  const active = rows
    .filter((r) => (ACTIVE_CASE_STATES as readonly string[]).includes(r.status))
    .reduce((n, r) => n + r._count._all, 0);
  return { total, active };
}

/** NEA: the agencies with the most cases, and how many are still being handled. */
export async function caseCountsByAgency(actor: User) {
  if (!can(actor, "case:oversee")) throw forbidden();
  const rows = await db.case.groupBy({
    by: ["agencyId"],
    where: { agencyId: { not: null } },
    _count: { _all: true },
    orderBy: { _count: { agencyId: "desc" } },
    take: 50,
  });
  const active = await db.case.groupBy({
    by: ["agencyId"],
    where: {
      agencyId: { in: rows.map((r) => r.agencyId!) },
      status: { in: [...ACTIVE_CASE_STATES] },
    },
    _count: { _all: true },
  });
  const names = new Map(
    (
      await db.agency.findMany({
        where: { id: { in: rows.map((r) => r.agencyId!) } },
        select: { id: true, name: true, licenceNo: true },
      })
    ).map((a) => [a.id, a]),
  );
  const activeOf = new Map(active.map((r) => [r.agencyId, r._count._all]));
  return rows.map((r) => ({
    agency: names.get(r.agencyId!)!,
    total: r._count._all,
    active: activeOf.get(r.agencyId) ?? 0,
  }));
}
