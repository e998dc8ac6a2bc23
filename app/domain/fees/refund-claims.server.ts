// Refund claims after they open (issue 19 §2): the agency refunds or disputes in its portal, the
// worker confirms the money arrived (or says it did not), NEA decides disputes with four eyes, and
// a claim the agency leaves unanswered past its deadline goes to NEA as disputed. Every step is
// the workflow table's (refund.workflow.ts); each actor sees only the claims that are theirs.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { notifyWorker } from "~/notifications/notify.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { formatDate } from "~/ui/format";
import { allowedActions, refusal } from "~/domain/workflow/workflow";
import type { RefundClaimStatus } from "~/generated/prisma/enums";
import { refundDue } from "./fee.rules";
import {
  AWAITING_AGENCY,
  REFUND_FLOW,
  refundDoneBy,
  type RefundAction,
  type RefundView,
} from "./refund.workflow";

const PAGE = 25;
const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Whose claims `actor` sees: the agency its own, the worker hers, NEA all; anyone else none. */
async function scopeOf(actor: User): Promise<{ agencyId?: string; workerId?: string } | null> {
  if (can(actor, "refund:decide")) return {};
  if (can(actor, "agency:read-own") && actor.agencyId) return { agencyId: actor.agencyId };
  if (can(actor, "worker:self")) {
    const w = await db.worker.findUnique({ where: { userId: actor.id }, select: { id: true } });
    return w ? { workerId: w.id } : null;
  }
  return null;
}

const claimSelect = {
  id: true,
  reference: true,
  status: true,
  amount: true,
  currency: true,
  dueAt: true,
  overdueAt: true,
  refundRef: true,
  disputeReason: true,
  answeredAt: true,
  workerAnsweredAt: true,
  proposedById: true,
  proposalNote: true,
  decisionNote: true,
  decidedAt: true,
  refundedAt: true,
  createdAt: true,
  agencyId: true,
  workerId: true,
  version: true,
  agency: { select: { name: true, licenceNo: true, email: true } },
  worker: { select: { firstName: true, lastName: true } },
  payment: {
    select: {
      purpose: true,
      paidOn: true,
      paidTo: true,
      mpesaRef: true,
      findings: true,
      contract: { select: { reference: true, countryCode: true } },
    },
  },
} as const;

/** A claim `actor` may see, with the steps the table lets them take; 404 for anyone else's. */
export async function claimFor(actor: User, id: string) {
  const scope = await scopeOf(actor);
  if (!scope || !isUuid(id)) throw notFound();
  const c = await db.refundClaim.findUnique({ where: { id }, select: claimSelect });
  if (!c || (scope.agencyId && c.agencyId !== scope.agencyId)) throw notFound();
  if (scope.workerId && c.workerId !== scope.workerId) throw notFound();
  const doneBy = refundDoneBy(c);
  const nea = can(actor, "refund:decide");
  return {
    ...c,
    // Which official proposed is NEA's to know (four eyes), nobody else's.
    proposedById: nea ? c.proposedById : null,
    amount: Number(c.amount),
    // The agency knows its own worker; NEA sees her name; nobody but NEA sees who proposed.
    worker: `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName}`,
    actions: allowedActions(REFUND_FLOW, c.status, actor, doneBy),
    heldByFourEyes: (["decide", "sendBack"] as const).some(
      (a) => refusal(REFUND_FLOW, c.status, a, actor, doneBy) === "fourEyes",
    ),
  };
}

const VIEW_STATUSES: Record<RefundView, RefundClaimStatus[] | null> = {
  needsNea: ["DISPUTED", "UPHOLD_PROPOSED", "DISMISS_PROPOSED"],
  awaitingAgency: ["OPEN", "UPHELD", "REFUND_REPORTED"],
  closed: ["REFUNDED", "DISMISSED"],
  all: null,
};

/** A page of claims (cursor `after`: the last id seen), for the agency or for NEA. */
export async function listClaims(actor: User, view: RefundView, after: string | null) {
  const scope = await scopeOf(actor);
  if (!scope || scope.workerId !== undefined) throw notFound();
  const statuses = scope.agencyId ? null : VIEW_STATUSES[view];
  const rows = await db.refundClaim.findMany({
    where: {
      ...(scope.agencyId ? { agencyId: scope.agencyId } : {}),
      ...(statuses ? { status: { in: statuses } } : {}),
      ...(after && isUuid(after) ? { id: { lt: after } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: {
      id: true,
      reference: true,
      status: true,
      amount: true,
      currency: true,
      dueAt: true,
      overdueAt: true,
      createdAt: true,
      agency: { select: { name: true } },
    },
  });
  const page = rows.slice(0, PAGE);
  return {
    claims: page.map((c) => ({ ...c, amount: Number(c.amount), agency: c.agency.name })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

export type RefundStepInput = { refundRef?: string; reason?: string; note?: string };

/**
 * One step on a claim, as the table allows it for this actor: refused before anything changes
 * (404 outside her scope, 403 or four eyes, 409 when no longer possible), otherwise the claim, its
 * audit event and the messages it sends commit together.
 */
export async function actOnClaim(
  actor: User,
  id: string,
  action: RefundAction,
  input: RefundStepInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<RefundClaimStatus> {
  // Per action: one page's key on the refund and the dispute forms must not make the second
  // a repeat of the first.
  const scope = { key: submissionKey, actorId: actor.id, action: `refund.${action}:${id}` };
  return keyedStep<RefundClaimStatus>(
    db,
    scope,
    (ref) => ref as RefundClaimStatus,
    async () => {
      const c = await claimFor(actor, id);
      const refused = refusal(REFUND_FLOW, c.status, action, actor, refundDoneBy(c));
      if (refused === "impossible") throw notNow();
      if (refused === "forbidden") throw forbidden();
      if (refused === "fourEyes")
        throw new DomainError("refunds.error.fourEyes", { field: "note", kind: "forbidden" });
      const next = REFUND_FLOW[c.status]![action]!.next;
      const now = new Date();
      const data = {
        refund: { refundRef: input.refundRef, answeredAt: now, answeredById: actor.id },
        dispute: { disputeReason: input.reason, answeredAt: now, answeredById: actor.id },
        confirm: { refundedAt: now, workerAnsweredAt: now },
        deny: { workerAnsweredAt: now },
        proposeUphold: { proposedById: actor.id, proposalNote: input.note },
        proposeDismiss: { proposedById: actor.id, proposalNote: input.note },
        decide: {
          decidedById: actor.id,
          decidedAt: now,
          decisionNote: c.proposalNote,
          // Upheld: the agency has a new deadline to refund.
          ...(next === "UPHELD" ? { dueAt: refundDue(now), overdueAt: null } : {}),
        },
        sendBack: { proposedById: null, proposalNote: null },
      }[action];
      const r = await transaction((tx) =>
        once(
          tx,
          scope,
          async () => {
            const { count } = await tx.refundClaim.updateMany({
              where: { id, status: c.status, version: c.version },
              data: { ...data, status: next, version: { increment: 1 } },
            });
            if (count !== 1) throw changedMeanwhile();
            await recordAudit(tx, {
              actor: actorOf(actor),
              action: `refund.${action}`,
              entityType: "RefundClaim",
              entityId: id,
              summary: { reference: c.reference, from: c.status, to: next },
              ctx,
            });
            // The worker hears of each step that changes where her claim stands: not of her own,
            // nor of NEA's internal ones (a proposal, a proposal sent back).
            if (["refund", "dispute", "decide"].includes(action))
              await notifyWorker(tx, c.workerId, {
                key: `refund:${id}:${c.version}`,
                template: "refundUpdate",
                data: { reference: c.reference, status: next },
              });
            if (action === "decide" && c.agency.email)
              await enqueueEmail(tx, {
                key: `refund:${id}:decided:${c.version}`,
                to: c.agency.email,
                locale: "en",
                template: "refundDecidedAgency",
                data: {
                  reference: c.reference,
                  upheld: next === "UPHELD",
                  due: formatDate(refundDue(now), "en"),
                },
              });
            return next;
          },
          (s) => s,
        ),
      );
      return r.repeated ? (r.resultRef as RefundClaimStatus) : r.result;
    },
  );
}

/**
 * Claims past their deadline with no refund: an open one goes to NEA as disputed (silence is not
 * an answer), an upheld one is marked overdue for NEA to act on the licence. The worker is told.
 */
export async function escalateOverdueRefunds(now = new Date()) {
  const due = await db.refundClaim.findMany({
    where: { status: { in: [...AWAITING_AGENCY] }, dueAt: { lt: now }, overdueAt: null },
    orderBy: { dueAt: "asc" },
    take: 200,
    select: { id: true, status: true },
  });
  let count = 0;
  for (const { id, status } of due) {
    await transaction(async (tx) => {
      const next = status === "OPEN" ? "DISPUTED" : status;
      const done = await tx.refundClaim.updateMany({
        where: { id, status, overdueAt: null },
        data: { overdueAt: now, status: next, version: { increment: 1 } },
      });
      if (done.count !== 1) return; // answered meanwhile, or another server got there first
      const c = await tx.refundClaim.findUniqueOrThrow({
        where: { id },
        select: { reference: true, workerId: true, dueAt: true, version: true },
      });
      await recordAudit(tx, {
        actor: null,
        action: "refund.overdue",
        entityType: "RefundClaim",
        entityId: id,
        summary: { reference: c.reference, dueAt: c.dueAt.toISOString(), to: next },
      });
      await notifyWorker(tx, c.workerId, {
        key: `refund:${id}:overdue:${c.version}`,
        template: "refundUpdate",
        data: { reference: c.reference, status: status === "OPEN" ? "OVERDUE" : "OVERDUE_UPHELD" },
      });
      count += 1;
    });
  }
  return count;
}
