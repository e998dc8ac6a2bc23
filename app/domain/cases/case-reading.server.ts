// Reading welfare cases: the official's list and one case (in scope: the attaché's mission, or NEA
// for cases no mission has), the worker's own cases, and the counts per agency. Split from
// cases.server.ts, which keeps handling them.
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import type { CaseStatus } from "~/generated/prisma/enums";
import { can } from "~/auth/permissions";
import { db, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import type { TermsDifference } from "~/domain/mission/terms-check.rules";
import { recordView } from "~/domain/audit/views.server";
import { isUuid } from "~/utils/validation";
import { ACTIVE_CASE_STATES, isCaseOverdue } from "./case.rules";
import { actorOf } from "./case-common.server";
import { forbidden, notFound } from "~/utils/http.server";

export const CASE_PAGE = 50;

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

export async function caseInScope(client: Tx | typeof db, actor: User, id: string) {
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
      agencyAnswerDueAt: true,
      agencyAnswer: true,
      agencyAnsweredAt: true,
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
        select: {
          id: true,
          kind: true,
          note: true,
          createdAt: true,
          status: true,
          outcome: true,
          outcomeAt: true,
          consent: { select: { method: true, shared: true } },
        },
      },
      indicators: true,
      indicatorsAt: true,
    },
  });
  // A contract-substitution case: what she reported beside what was approved.
  const termsReport = await db.termsReport.findFirst({
    where: { caseId: id },
    orderBy: { createdAt: "desc" },
    select: { differences: true, reported: true, createdAt: true },
  });
  // The recruiters named by the relative who reported or by the mission (issue 20 §1).
  const recruiters = await db.recruiterReport.findMany({
    where: { sourceId: id, source: { in: ["CASE", "FAMILY"] } },
    orderBy: { createdAt: "asc" },
    take: 20,
    select: {
      id: true,
      source: true,
      createdAt: true,
      identifier: { select: { id: true, kind: true, display: true, status: true } },
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
  await recordView(db, {
    actor: actorOf(actor),
    action: "case.viewed",
    entityType: "Case",
    entityId: id,
    summary: { workerId: c.workerId },
    ctx,
  });
  return {
    ...c,
    overdue: isCaseOverdue(c, new Date()),
    notes: c.notes.map((n) => ({
      ...n,
      author: n.authorId ? (authors.get(n.authorId) ?? null) : null,
    })),
    assignable,
    recruiters,
    assignee: assignable.find((a) => a.id === c.assigneeId)?.name ?? null,
    termsReport: termsReport
      ? {
          differences: termsReport.differences as TermsDifference[],
          currency: String((termsReport.reported as { currency?: string }).currency ?? ""),
          at: termsReport.createdAt,
        }
      : null,
  };
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
      raisedBy: true,
      description: true,
      contract: {
        select: {
          id: true,
          reference: true,
          jobCategory: true,
          countryCode: true,
          jobOrder: { select: { title: true } },
        },
      },
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
  // What she wrote herself is shown back to her; a relative's report about her is not.
  return rows.map(({ raisedBy, description, ...c }) => ({
    ...c,
    mine: raisedBy === "WORKER" ? description : null,
  }));
}

/** The worker's questions to NEA about one of her contracts, newest first, with NEA's answers. */
export async function questionsAbout(actor: User, contractId: string) {
  if (!can(actor, "worker:self") || !isUuid(contractId)) return [];
  return db.case.findMany({
    where: { contractId, category: "CONTRACT_QUESTION", worker: { userId: actor.id } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      reference: true,
      status: true,
      createdAt: true,
      description: true,
      notes: {
        where: { internal: false },
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true },
      },
      outcome: true,
    },
  });
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
