// Decisions that need a second official (ADR 0016): sanctions (one agency or many), certificate
// revocations and rule-set publications. One official proposes; another, who did not propose,
// confirms (the decision is applied in the same transaction, with its audit event and emails) or
// refuses; the proposer may withdraw. The rule lives in one table (decisions.workflow.ts).
import type { User } from "lucia";
import { z } from "zod";
import type { Prisma, ProposalKind } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { isUuid } from "~/utils/validation";
import { once, priorSubmission } from "~/utils/idempotency.server";
import { allowedActions, refusal } from "~/domain/workflow/workflow";
import { SanctionSchema } from "~/domain/agencies/licensing.schema";
import {
  applyAgencySanction,
  applyBulkSanction,
  checkSanctionProposal,
  previewBulkSanction,
} from "~/domain/agencies/sanctions.server";
import { LicensingError } from "~/domain/agencies/licensing.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { appUrl } from "~/utils/http.server";
import type { Locale } from "~/i18n/messages";
import {
  AccountError,
  applyAdminUserAction,
  createAccount,
  type NewAccount,
} from "~/domain/accounts/accounts.server";
import { applyRevocation, checkRevocationProposal } from "~/domain/training/certificates.server";
import {
  proposedChanges,
  PublishSchema,
  type PublishInput,
} from "~/domain/compliance/rule-set-form";
import type { RuleSetData } from "~/domain/compliance/rule-set";
import {
  applyPublication,
  checkPublicationProposal,
  RuleSetError,
} from "~/domain/compliance/rule-sets.server";
import {
  PROPOSAL_KINDS,
  PROPOSAL_PERMISSIONS,
  proposalDoneBy,
  proposalFlow,
  type ProposalAction,
} from "./decisions.workflow";

const actorOf = (u: User) => ({ id: u.id, role: u.role });
const forbidden = () => new Response("Forbidden", { status: 403 });
const notFound = () => new Response("Not found", { status: 404 });

export class DecisionError extends Error {
  constructor(
    public readonly key:
      | "decisions.error.fourEyes"
      | "decisions.error.alreadyPending"
      | "decisions.error.decided"
      | "decisions.error.stale",
    public readonly status: 403 | 409 = 409,
  ) {
    super(key);
  }
}

/** A confirmation that can no longer apply as proposed (the subject changed): nothing is applied. */
function isStale(e: unknown) {
  const code = (e as { code?: string }).code;
  return (
    code === "P2002" || // the email was taken meanwhile
    code === "P2003" || // the mission or agency is gone
    (e instanceof Response && (e.status === 409 || e.status === 404)) ||
    e instanceof LicensingError ||
    e instanceof RuleSetError
  );
}

const BulkInput = z.object({
  action: z.enum(["suspend", "revoke"]),
  licenceNos: z.array(z.string()).min(1).max(5000),
  reason: z.string().min(1).max(2000),
  noticeDate: z.coerce.date().optional(),
  hearingDate: z.coerce.date().optional(),
});
const RevocationInput = z.object({ reason: z.string().trim().min(5).max(1000) });

/** What each kind proposes, and how a confirmation applies it. */
export type ProposalInput =
  | { kind: "AGENCY_SANCTION"; subjectId: string; input: z.infer<typeof SanctionSchema> }
  | { kind: "BULK_SANCTION"; subjectId: null; input: z.infer<typeof BulkInput> }
  | { kind: "CERTIFICATE_REVOCATION"; subjectId: string; input: z.infer<typeof RevocationInput> }
  | { kind: "RULE_SET_PUBLICATION"; subjectId: string; input: z.infer<typeof PublishSchema> }
  | { kind: "OFFICIAL_ACCOUNT"; subjectId: null; input: NewAccount & { locale: Locale } }
  | { kind: "SECOND_FACTOR_RESET"; subjectId: string; input: { reason: string } };

async function checkProposal(actor: User, p: ProposalInput) {
  switch (p.kind) {
    case "AGENCY_SANCTION":
      await checkSanctionProposal(actor, p.subjectId, p.input.intent);
      return p.input.reason;
    case "BULK_SANCTION": {
      const preview = await previewBulkSanction(actor, p.input);
      if (!preview.applicable.length)
        throw new LicensingError("licence.error.bulkNone", "licenceNos");
      return p.input.reason;
    }
    case "CERTIFICATE_REVOCATION":
      await checkRevocationProposal(actor, p.subjectId);
      return p.input.reason;
    case "RULE_SET_PUBLICATION":
      await checkPublicationProposal(actor, p.subjectId, p.input);
      return p.input.note;
    case "OFFICIAL_ACCOUNT": {
      const i = p.input;
      if (!requiresSecondFactor(i.role)) throw forbidden(); // created at once, not proposed
      if (await db.user.findUnique({ where: { email: i.email }, select: { id: true } }))
        throw new AccountError("error.emailTaken", "email");
      if (
        i.role === "LABOUR_ATTACHE" &&
        !(isUuid(i.missionId) && (await db.mission.count({ where: { id: i.missionId } })))
      )
        throw new AccountError("error.scopeMission", "missionId");
      return `${i.name} <${i.email}>`; // the role is shown from the input, in the reader's language
    }
    case "SECOND_FACTOR_RESET": {
      const target = isUuid(p.subjectId)
        ? await db.user.findUnique({ where: { id: p.subjectId }, select: { role: true } })
        : null;
      if (!target) throw notFound();
      if (!requiresSecondFactor(target.role)) throw forbidden(); // reset at once, not proposed
      return p.input.reason;
    }
  }
}

async function applyProposal(
  tx: Tx,
  decider: User,
  row: {
    id: string;
    kind: ProposalKind;
    subjectId: string | null;
    input: unknown;
    proposedById: string;
  },
  ctx: RequestContext,
) {
  const opts = { ctx, proposal: { id: row.id, proposedById: row.proposedById } };
  switch (row.kind) {
    case "AGENCY_SANCTION":
      return applyAgencySanction(
        tx,
        decider,
        row.subjectId!,
        SanctionSchema.parse(row.input),
        opts,
      );
    case "BULK_SANCTION":
      return applyBulkSanction(tx, decider, BulkInput.parse(row.input), opts);
    case "CERTIFICATE_REVOCATION":
      return applyRevocation(
        tx,
        decider,
        row.subjectId!,
        RevocationInput.parse(row.input).reason,
        opts,
      );
    case "OFFICIAL_ACCOUNT": {
      const { locale, ...account } = row.input as NewAccount & { locale: Locale };
      const user = await createAccount(tx, decider, account, { appUrl: appUrl(), ctx, locale });
      return { userId: user.id };
    }
    case "SECOND_FACTOR_RESET":
      return applyAdminUserAction(
        tx,
        decider,
        { intent: "resetTotp", userId: row.subjectId! },
        ctx,
      );
    case "RULE_SET_PUBLICATION":
      return applyPublication(
        tx,
        decider,
        row.subjectId!,
        row.input as PublishInput /* validated by the form schema when proposed */,
        opts,
      );
  }
}

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
  const scope = { key: opts.submissionKey ?? null, actorId: actor.id, action: `propose:${p.kind}` };
  const prior = await priorSubmission(db, scope);
  if (prior?.resultRef) return { id: prior.resultRef };
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
      throw new DecisionError("decisions.error.alreadyPending");
    throw e;
  }
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
      const why = refusal(proposalFlow(row.kind), row.status, action, actor, proposalDoneBy(row));
      if (why === "impossible") throw new DecisionError("decisions.error.decided");
      if (why === "fourEyes") throw new DecisionError("decisions.error.fourEyes", 403);
      if (why) throw forbidden();
      const result =
        action === "confirm"
          ? await applyProposal(tx, actor, row, ctx).catch((e: unknown) => {
              throw isStale(e) ? new DecisionError("decisions.error.stale") : e;
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
      return { kind: row.kind, subjectId: row.subjectId, result };
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

/** What each proposal is about, in words an official recognises (one query per kind, not per row). */
async function subjectLabels(rows: { kind: ProposalKind; subjectId: string | null }[]) {
  const ids = (k: ProposalKind) =>
    rows.filter((r) => r.kind === k && r.subjectId).map((r) => r.subjectId!);
  const [agencies, certificates, ruleSets, users] = await Promise.all([
    db.agency.findMany({
      where: { id: { in: ids("AGENCY_SANCTION") } },
      select: { id: true, name: true, licenceNo: true },
    }),
    db.certificate.findMany({
      where: { id: { in: ids("CERTIFICATE_REVOCATION") } },
      select: { id: true, code: true },
    }),
    db.blmaRuleSet.findMany({
      where: { id: { in: ids("RULE_SET_PUBLICATION") } },
      select: { id: true, countryCode: true, jobCategory: true, version: true },
    }),
    db.user.findMany({
      where: { id: { in: ids("SECOND_FACTOR_RESET") } },
      select: { id: true, name: true, email: true, role: true },
    }),
  ]);
  const labels = new Map<string, { label: string; href: string }>();
  for (const a of agencies)
    labels.set(a.id, { label: `${a.name} (${a.licenceNo ?? "—"})`, href: `/agencies/${a.id}` });
  for (const c of certificates)
    labels.set(c.id, { label: c.code, href: `/nea/certificates?code=${c.code}` });
  for (const u of users)
    labels.set(u.id, { label: `${u.name} <${u.email}>`, href: "/admin/users" });
  for (const r of ruleSets)
    labels.set(r.id, {
      label: `${r.countryCode}${r.jobCategory ? ` · ${r.jobCategory}` : ""} v${r.version}`,
      href: `/nea/rules/${r.id}`,
    });
  return labels;
}

/** The open proposal about one agency, certificate or rule set, if any (shown on its page). */
export async function openProposalFor(subjectId: string) {
  if (!isUuid(subjectId)) return null;
  return db.proposal.findFirst({
    where: { subjectId, status: "PROPOSED" },
    select: { id: true, kind: true, createdAt: true, input: true },
  });
}
