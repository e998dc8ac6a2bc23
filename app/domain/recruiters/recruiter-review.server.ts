// NEA's review of reported recruiters (issue 20 §1): the identifiers reported most, one recruiter's
// numbers and pages (NEA merges those of one recruiter under one), and the decision — confirm (then
// published with NEA's name for it) or dismiss — with four eyes, from the one workflow table.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { Prisma } from "~/generated/prisma/client";
import type { RecruiterStatus } from "~/generated/prisma/enums";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { allowedActions, heldByFourEyes, refusal } from "~/domain/workflow/workflow";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { recruiterIdOf } from "./recruiter-id";
import { clusterOf } from "./recruiters.server";
import {
  RECRUITER_FLOW,
  recruiterDoneBy,
  STATUSES_OF_VIEW,
  type RecruiterAction,
  type RecruiterView,
} from "./recruiter.workflow";

const actorOf = (u: User) => ({ id: u.id, role: u.role });
export const RECRUITER_PAGE = 50;

function requireNea(actor: User) {
  if (!can(actor, "complaint:triage")) throw forbidden();
}

/** A page of reported recruiters in a view, most reported first (page numbers from 1). */
export async function listRecruiters(actor: User, view: RecruiterView, page: number) {
  requireNea(actor);
  const p = Math.max(1, Math.min(Math.trunc(page) || 1, 10_000));
  const statuses = Prisma.join(
    STATUSES_OF_VIEW[view].map((s) => Prisma.sql`${s}::"RecruiterStatus"`),
  );
  const rows = await db.$queryRaw<
    {
      id: string;
      kind: string;
      display: string;
      status: RecruiterStatus;
      label: string | null;
      reports: bigint;
      identifiers: bigint;
      last: Date;
    }[]
  >`
    SELECT h.id, h.kind::text AS kind, h.display, h.status, h.label,
      count(r.id) AS reports, count(DISTINCT i.id) AS identifiers, max(r."createdAt") AS last
    FROM "RecruiterIdentifier" h
    JOIN "RecruiterIdentifier" i ON i.id = h.id OR i."mergedIntoId" = h.id
    JOIN "RecruiterReport" r ON r."identifierId" = i.id
    WHERE h."mergedIntoId" IS NULL AND h.status IN (${statuses})
    GROUP BY h.id
    ORDER BY count(r.id) DESC, h.id
    LIMIT ${RECRUITER_PAGE + 1} OFFSET ${(p - 1) * RECRUITER_PAGE}`;
  return {
    rows: rows.slice(0, RECRUITER_PAGE).map((r) => ({
      ...r,
      reports: Number(r.reports),
      identifiers: Number(r.identifiers),
    })),
    page: p,
    more: rows.length > RECRUITER_PAGE,
  };
}

/** One reported recruiter: its identifiers, where its reports came from, and what this official may do. */
export async function recruiterFor(actor: User, id: string) {
  requireNea(actor);
  if (!isUuid(id)) throw notFound();
  const r = await db.recruiterIdentifier.findUnique({ where: { id } });
  if (!r) throw notFound();
  if (r.mergedIntoId) return { mergedInto: r.mergedIntoId } as const;
  const ids = await clusterOf(db, r.id);
  const [identifiers, sources] = await Promise.all([
    db.recruiterIdentifier.findMany({
      where: { id: { in: ids } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        kind: true,
        display: true,
        value: true,
        _count: { select: { reports: true } },
      },
    }),
    db.recruiterReport.groupBy({
      by: ["source"],
      where: { identifierId: { in: ids } },
      _count: { _all: true },
      _max: { createdAt: true },
    }),
  ]);
  const doneBy = recruiterDoneBy(r);
  const actions = allowedActions(RECRUITER_FLOW, r.status, actor, doneBy);
  return {
    mergedInto: null,
    id: r.id,
    status: r.status,
    label: r.label,
    proposalNote: r.proposalNote,
    proposedByMe: r.proposedById === actor.id,
    decidedAt: r.decidedAt,
    identifiers: identifiers.map((i) => ({ ...i, reports: i._count.reports })),
    sources: sources.map((s) => ({
      source: s.source,
      count: s._count._all,
      last: s._max.createdAt,
    })),
    actions,
    heldByFourEyes: heldByFourEyes(
      Object.keys(RECRUITER_FLOW[r.status] ?? {}) as RecruiterAction[],
      (a) => refusal(RECRUITER_FLOW, r.status, a, actor, doneBy),
    ),
    // Merging moves reports between recruiters: not while a decision is pending.
    mayMerge: r.status === "UNDER_REVIEW" || r.status === "CONFIRMED",
  };
}

/** One step of the workflow table; the proposal to confirm carries NEA's public name for it. */
export async function actOnRecruiter(
  actor: User,
  id: string,
  action: RecruiterAction,
  input: { label?: string | null; note?: string | null },
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<RecruiterStatus> {
  requireNea(actor);
  const scope = { key: submissionKey, actorId: actor.id, action: `recruiter.${action}:${id}` };
  return keyedStep<RecruiterStatus>(
    db,
    scope,
    (ref) => ref as RecruiterStatus,
    async () => {
      if (!isUuid(id)) throw notFound();
      const r = await db.recruiterIdentifier.findUnique({ where: { id } });
      if (!r || r.mergedIntoId) throw notFound();
      const refused = refusal(RECRUITER_FLOW, r.status, action, actor, recruiterDoneBy(r));
      if (refused === "impossible") throw notNow();
      if (refused === "forbidden") throw forbidden();
      if (refused === "fourEyes")
        throw new DomainError("recruiters.error.fourEyes", { field: "note", kind: "forbidden" });
      if (action === "proposeConfirm" && !input.label)
        throw new DomainError("recruiters.error.label", { field: "label" });
      const next = RECRUITER_FLOW[r.status]![action]!.next;
      const data = {
        proposeConfirm: { proposedById: actor.id, proposalNote: input.note, label: input.label },
        proposeDismiss: { proposedById: actor.id, proposalNote: input.note },
        decide: { decidedById: actor.id, decidedAt: new Date() },
        sendBack: { proposedById: null, proposalNote: null },
      }[action];
      const done = await transaction((tx) =>
        once(
          tx,
          scope,
          async () => {
            const { count } = await tx.recruiterIdentifier.updateMany({
              where: { id, status: r.status, version: r.version },
              data: { ...data, status: next, version: { increment: 1 } },
            });
            if (count !== 1) throw changedMeanwhile();
            await recordAudit(tx, {
              actor: actorOf(actor),
              action: `recruiter.${action}`,
              entityType: "RecruiterIdentifier",
              entityId: id,
              summary: { from: r.status, to: next },
              ctx,
            });
            return next;
          },
          (s) => s,
        ),
      );
      return done.repeated ? (done.resultRef as RecruiterStatus) : done.result;
    },
  );
}

/** The numbers and pages of one recruiter under one: `other` (as typed) and its own join `id`. */
export async function mergeRecruiter(
  actor: User,
  id: string,
  otherRaw: string,
  ctx: RequestContext,
): Promise<void> {
  requireNea(actor);
  if (!isUuid(id)) throw notFound();
  const other = recruiterIdOf(otherRaw);
  if (!other) throw new DomainError("recruiters.error.other", { field: "other" });
  await transaction(async (tx) => {
    const head = await tx.recruiterIdentifier.findUnique({ where: { id } });
    if (!head || head.mergedIntoId) throw notFound();
    const found = await tx.recruiterIdentifier.findUnique({
      where: { kind_value: other },
      select: { id: true, mergedIntoId: true },
    });
    if (!found) throw new DomainError("recruiters.error.otherUnknown", { field: "other" });
    const otherHeadId = found.mergedIntoId ?? found.id;
    if (otherHeadId === head.id)
      throw new DomainError("recruiters.error.same", { field: "other", kind: "conflict" });
    const otherHead = await tx.recruiterIdentifier.findUniqueOrThrow({
      where: { id: otherHeadId },
    });
    const pending = ["CONFIRM_PROPOSED", "DISMISS_PROPOSED"];
    if (pending.includes(head.status) || pending.includes(otherHead.status)) throw notNow();
    await tx.recruiterIdentifier.updateMany({
      where: { OR: [{ id: otherHeadId }, { mergedIntoId: otherHeadId }] },
      data: { mergedIntoId: head.id, version: { increment: 1 } },
    });
    await tx.recruiterIdentifier.update({
      where: { id: head.id },
      data: { version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "recruiter.merged",
      entityType: "RecruiterIdentifier",
      entityId: head.id,
      summary: { merged: otherHeadId },
      ctx,
    });
  });
}
