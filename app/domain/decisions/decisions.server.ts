// Decisions that need a second official (ADR 0016): sanctions (one agency or many), certificate
// revocations, rule-set publications, officials' accounts and second-factor resets, agency imports. One official proposes; another, who did not propose,
// confirms (the decision is applied in the same transaction, with its audit event and emails) or
// refuses; the proposer may withdraw. The rule lives in one table (decisions.workflow.ts).
import type { User } from "lucia";
import type { Prisma, ProposalKind } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { isUuid } from "~/utils/validation";
import { keyedStep, once } from "~/utils/idempotency.server";
import { allowedActions, refusal } from "~/domain/workflow/workflow";
import { proposedChanges, type PublishInput } from "~/domain/compliance/rule-set-form";
import type { RuleSetData } from "~/domain/compliance/rule-set";
import {
  applyProposal,
  checkProposal,
  isStale,
  subjectLabels,
  type ProposalInput,
} from "./decision-kinds.server";
import {
  PROPOSAL_KINDS,
  PROPOSAL_PERMISSIONS,
  proposalDoneBy,
  proposalFlow,
  type ProposalAction,
} from "./decisions.workflow";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

export type { ProposalInput };

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/**
 * An official proposes a decision. It changes nothing until a second official confirms it. One open
 * proposal per agency, certificate or rule set at a time; a double click files one proposal.
 */
export async function propose(
  actor: User,
  p: ProposalInput,
  opts: { ctx: RequestContext; submissionKey?: string | null },
) {
  if (refusal(proposalFlow(p.kind), "NEW", "propose", actor, {})) throw forbidden();
  // Per subject: one page's key on several rows' forms (admin users) proposes each row once.
  const scope = {
    key: opts.submissionKey ?? null,
    actorId: actor.id,
    action: `propose:${p.kind}:${p.subjectId ?? "all"}`,
  };
  return keyedStep<{ id: string }>(
    db,
    scope,
    (ref) => ({ id: ref! }),
    async () => {
      const reason = await checkProposal(actor, p);
      try {
        const r = await transaction((tx) =>
          once(
            tx,
            scope,
            async () => {
              const row = await tx.proposal.create({
                data: {
                  kind: p.kind,
                  subjectId: p.subjectId,
                  input: JSON.parse(JSON.stringify(p.input)) as Prisma.InputJsonValue,
                  reason,
                  proposedById: actor.id,
                },
                select: { id: true },
              });
              await recordAudit(tx, {
                actor: actorOf(actor),
                action: "decision.proposed",
                entityType: "Proposal",
                entityId: row.id,
                summary: { kind: p.kind, subjectId: p.subjectId },
                ctx: opts.ctx,
              });
              return row;
            },
            (row) => row.id,
          ),
        );
        return { id: r.repeated ? r.resultRef! : r.result.id };
      } catch (e) {
        if ((e as { code?: string }).code === "P2002")
          throw new DomainError("decisions.error.alreadyPending", { kind: "conflict" });
        throw e;
      }
    },
  );
}

const AUDIT = {
  confirm: "decision.confirmed",
  refuse: "decision.refused",
  withdraw: "decision.withdrawn",
} as const;

/**
 * A second official confirms or refuses; the proposer withdraws. Four eyes: whoever proposed never
 * confirms or refuses, and the page shows them neither (same table).
 */
export async function decide(
  actor: User,
  id: string,
  action: Exclude<ProposalAction, "propose">,
  note: string | null,
  ctx: RequestContext,
) {
  if (
    !PROPOSAL_KINDS.some(
      (k) =>
        can(actor, PROPOSAL_PERMISSIONS[k].decide) || can(actor, PROPOSAL_PERMISSIONS[k].propose),
    )
  )
    throw forbidden();
  if (!isUuid(id)) throw notFound();
  return transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id" FROM "Proposal" WHERE "id" = ${id}::uuid FOR UPDATE`;
      if (!rows.length) throw notFound();
      const row = await tx.proposal.findUniqueOrThrow({ where: { id } });
      // The same official's second click (or a retry) on what they already decided: the first
      // answer again, not "already decided", and nothing applied twice.
      const next = proposalFlow(row.kind).PROPOSED?.[action]?.next;
      if (row.status !== "PROPOSED" && row.status === next && row.decidedById === actor.id)
        return { kind: row.kind, subjectId: row.subjectId, result: row.result, repeated: true };
      const why = refusal(proposalFlow(row.kind), row.status, action, actor, proposalDoneBy(row));
      if (why === "impossible")
        throw new DomainError("decisions.error.decided", { kind: "conflict" });
      if (why === "fourEyes")
        throw new DomainError("decisions.error.fourEyes", { kind: "forbidden" });
      if (why) throw forbidden();
      const result =
        action === "confirm"
          ? await applyProposal(tx, actor, row, ctx).catch((e: unknown) => {
              throw isStale(e) ? new DomainError("decisions.error.stale", { kind: "conflict" }) : e;
            })
          : null;
      await tx.proposal.update({
        where: { id },
        data: {
          status: proposalFlow(row.kind).PROPOSED![action]!.next as "CONFIRMED",
          decidedById: actor.id,
          decidedAt: new Date(),
          decisionNote: note,
          result: result
            ? (JSON.parse(JSON.stringify(result)) as Prisma.InputJsonValue)
            : undefined,
        },
      });
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: AUDIT[action],
        entityType: "Proposal",
        entityId: id,
        summary: { kind: row.kind, subjectId: row.subjectId, proposedBy: row.proposedById },
        ctx,
      });
      return { kind: row.kind, subjectId: row.subjectId, result, repeated: false };
    },
    { timeout: 120_000 },
  );
}

const PAGE = 25;

/** Open proposals an official may see, oldest first, with the actions this official may take on each. */
export async function listOpenProposals(
  actor: User,
  opts: { cursor?: string | null; subjectId?: string } = {},
) {
  const kinds = (Object.keys(PROPOSAL_PERMISSIONS) as ProposalKind[]).filter(
    (k) =>
      can(actor, PROPOSAL_PERMISSIONS[k].propose) || can(actor, PROPOSAL_PERMISSIONS[k].decide),
  );
  if (!kinds.length) throw forbidden();
  const rows = await db.proposal.findMany({
    where: {
      status: "PROPOSED",
      kind: { in: kinds },
      ...(opts.subjectId ? { subjectId: opts.subjectId } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...(opts.cursor && isUuid(opts.cursor) ? { cursor: { id: opts.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      kind: true,
      status: true,
      subjectId: true,
      input: true,
      reason: true,
      createdAt: true,
      proposedById: true,
      proposedBy: { select: { name: true } },
    },
  });
  const page = rows.slice(0, PAGE);
  const subjects = await subjectLabels(page);
  const bases = await db.blmaRuleSet.findMany({
    where: {
      id: {
        in: page.filter((p) => p.kind === "RULE_SET_PUBLICATION").map((p) => p.subjectId!),
      },
    },
    select: { id: true, rules: true },
  });
  // The confirming official sees each value the new version changes, beside the one it replaces.
  const changes = (p: (typeof page)[number]) => {
    const base = bases.find((b) => b.id === p.subjectId);
    return p.kind === "RULE_SET_PUBLICATION" && base
      ? proposedChanges(
          base.rules as unknown as RuleSetData,
          (p.input as unknown as PublishInput).fields,
        )
      : [];
  };
  return {
    proposals: page.map(({ proposedById, proposedBy, ...p }) => ({
      ...p,
      changes: changes({ proposedById, proposedBy, ...p }),
      input: p.input as Record<string, unknown>,
      subject: p.subjectId ? (subjects.get(p.subjectId) ?? null) : null,
      proposedByName: proposedBy.name,
      mine: proposedById === actor.id,
      actions: allowedActions(proposalFlow(p.kind), p.status, actor, { propose: proposedById }),
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

/** The open proposal about one agency, certificate or rule set, if any (shown on its page). */
export async function openProposalFor(subjectId: string) {
  if (!isUuid(subjectId)) return null;
  return db.proposal.findFirst({
    where: { subjectId, status: "PROPOSED" },
    select: { id: true, kind: true, createdAt: true, input: true },
  });
}
