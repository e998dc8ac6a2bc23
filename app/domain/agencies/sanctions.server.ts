// Sanctions (suspend, reinstate, revoke; one agency or many in one decision) and licence expiry.
// A sanction is never taken by one person: an official proposes it and a supervisor who did not
// propose confirms it (decisions.server.ts); the functions here apply a confirmed decision inside
// the confirming transaction, with its licence action, audit event and email.
import { randomUUID } from "node:crypto";
import type { User } from "lucia";
import type { AgencyStatus } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { appUrl, forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { normalizeLicenceNo } from "./normalize";
import { agencyNext, type AgencyAction } from "./licensing.workflow";
import type { SanctionInput } from "./licensing.schema";
import { agencyLocale } from "./licensing.server";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

const SANCTION_ACTION: Record<
  SanctionInput["intent"],
  {
    kind: "SUSPENDED" | "REINSTATED" | "REVOKED";
    audit: "agency.suspended" | "agency.reinstated" | "agency.revoked";
  }
> = {
  suspend: { kind: "SUSPENDED", audit: "agency.suspended" },
  reinstate: { kind: "REINSTATED", audit: "agency.reinstated" },
  revoke: { kind: "REVOKED", audit: "agency.revoked" },
};

export async function applySanction(
  tx: Tx,
  actor: User,
  agency: {
    id: string;
    name: string;
    status: AgencyStatus;
    email: string | null;
    validUntil: Date | null;
  },
  input: SanctionInput,
  opts: {
    ctx: RequestContext;
    appUrl: string;
    batchId: string | null;
    now: Date;
    proposal: { id: string; proposedById: string } | null;
  },
) {
  let next = agencyNext(agency.status, input.intent as AgencyAction);
  if (!next) return false;
  // Reinstating a licence whose validity ended meanwhile leaves it expired, not active.
  if (input.intent === "reinstate" && (!agency.validUntil || agency.validUntil <= opts.now))
    next = "EXPIRED";
  const { count } = await tx.agency.updateMany({
    where: { id: agency.id, status: agency.status },
    data: { status: next },
  });
  if (count !== 1) throw changedMeanwhile();
  const { kind, audit } = SANCTION_ACTION[input.intent];
  await tx.licenceAction.create({
    data: {
      agencyId: agency.id,
      action: kind,
      reason: input.reason,
      noticeDate: input.noticeDate ?? null,
      hearingDate: input.hearingDate ?? null,
      actorId: actor.id,
      batchId: opts.batchId,
      at: opts.now,
    },
  });
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: audit,
    entityType: "Agency",
    entityId: agency.id,
    summary: {
      from: agency.status,
      to: next,
      ...(opts.batchId ? { batchId: opts.batchId } : {}),
      ...(opts.proposal
        ? { proposalId: opts.proposal.id, proposedBy: opts.proposal.proposedById }
        : {}),
    },
    ctx: opts.ctx,
  });
  if (agency.email) {
    await enqueueEmail(tx, {
      key: `sanction:${agency.id}:${kind}:${opts.batchId ?? opts.now.toISOString()}`,
      to: agency.email,
      locale: await agencyLocale(tx, agency.id),
      template: "licenceDecision",
      data: {
        agency: agency.name,
        decision: kind,
        reason: input.reason,
        link: `${opts.appUrl}/agencies/${agency.id}`,
      },
    });
  }
  return true;
}

const sanctionSelect = {
  id: true,
  name: true,
  status: true,
  email: true,
  validUntil: true,
  licenceNo: true,
} as const;

/** The agency a sanction may be proposed for (officials who review licences and supervisors). */
export async function getAgencyForSanction(actor: User, agencyId: string) {
  if (!can(actor, "licence:review")) throw forbidden();
  if (!isUuid(agencyId)) throw notFound();
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: { ...sanctionSelect, validFrom: true },
  });
  if (!agency) throw notFound();
  return agency;
}

/** Whether `intent` can be proposed for this agency now (checked again when it is confirmed). */
export async function checkSanctionProposal(actor: User, agencyId: string, intent: AgencyAction) {
  const agency = await getAgencyForSanction(actor, agencyId);
  if (!agencyNext(agency.status, intent)) throw notNow();
  return agency;
}

/** A confirmed proposal for one agency: applied in the confirming transaction. */
export async function applyAgencySanction(
  tx: Tx,
  decider: User,
  agencyId: string,
  input: SanctionInput,
  opts: { ctx: RequestContext; proposal: { id: string; proposedById: string } },
) {
  const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: sanctionSelect });
  if (!agency) throw notFound();
  const done = await applySanction(tx, decider, agency, input, {
    ctx: opts.ctx,
    appUrl: appUrl(),
    batchId: null,
    now: new Date(),
    proposal: opts.proposal,
  });
  if (!done) throw notNow();
  return { agencyId };
}

export function parseLicenceList(text: string) {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map(normalizeLicenceNo),
    ),
  ].slice(0, 5000);
}

export type BulkSanctionInput = {
  action: "suspend" | "revoke";
  licenceNos: string[];
  reason: string;
  noticeDate?: Date;
  hearingDate?: Date;
};

/** What a bulk decision would do: which licence numbers match, which can take the action, which are unknown. */
export async function previewBulkSanction(
  actor: User,
  input: { action: "suspend" | "revoke"; licenceNos: string[] },
  client: Tx | typeof db = db,
) {
  if (!can(actor, "licence:review")) throw forbidden();
  const rows = await client.agency.findMany({
    where: { licenceNo: { in: input.licenceNos } },
    select: sanctionSelect,
    orderBy: { licenceNo: "asc" },
  });
  const found = new Set(rows.map((r) => r.licenceNo));
  return {
    applicable: rows.filter((r) => agencyNext(r.status, input.action)),
    notApplicable: rows.filter((r) => !agencyNext(r.status, input.action)),
    unknown: input.licenceNos.filter((n) => !found.has(n)),
  };
}

/**
 * A confirmed bulk proposal: every agency that can take the action changes, or none (one
 * transaction, one batch id). Agencies that changed since the proposal are re-checked here.
 */
export async function applyBulkSanction(
  tx: Tx,
  decider: User,
  input: BulkSanctionInput,
  opts: { ctx: RequestContext; proposal: { id: string; proposedById: string } },
) {
  const preview = await previewBulkSanction(decider, input, tx);
  if (!preview.applicable.length)
    throw new DomainError("licence.error.bulkNone", { field: "licenceNos" });
  const batchId = randomUUID();
  const now = new Date();
  for (const agency of preview.applicable) {
    const done = await applySanction(
      tx,
      decider,
      agency,
      {
        intent: input.action,
        reason: input.reason,
        noticeDate: input.noticeDate,
        hearingDate: input.hearingDate,
      },
      { ctx: opts.ctx, appUrl: appUrl(), batchId, now, proposal: opts.proposal },
    );
    if (!done) throw changedMeanwhile();
  }
  return {
    batchId,
    count: preview.applicable.length,
    skipped: preview.notApplicable.length,
    unknown: preview.unknown.length,
  };
}

// ─────────────── Expiry (a scheduled job) ───────────────

/** Marks licences whose validity ended as EXPIRED, in batches; safe to run on several servers at once. */
export async function expireLicences(now = new Date(), batchSize = 200) {
  let total = 0;
  for (;;) {
    const due = await db.agency.findMany({
      where: { status: { in: ["ACTIVE", "SUSPENDED"] }, validUntil: { lte: now } },
      select: sanctionSelect,
      orderBy: { validUntil: "asc" },
      take: batchSize,
    });
    if (!due.length) return total;
    for (const agency of due) {
      await transaction(async (tx) => {
        const { count } = await tx.agency.updateMany({
          where: { id: agency.id, status: agency.status, validUntil: { lte: now } },
          data: { status: "EXPIRED" },
        });
        if (count !== 1) return; // another server (or a renewal) got there first
        await tx.licenceAction.create({
          data: {
            agencyId: agency.id,
            action: "EXPIRED",
            reason: "Validity ended without renewal",
            at: now,
          },
        });
        await recordAudit(tx, {
          actor: null,
          action: "agency.expired",
          entityType: "Agency",
          entityId: agency.id,
          summary: { from: agency.status, to: "EXPIRED" },
        });
        if (agency.email) {
          await enqueueEmail(tx, {
            key: `expired:${agency.id}:${agency.validUntil?.toISOString()}`,
            to: agency.email,
            locale: await agencyLocale(tx, agency.id),
            template: "licenceDecision",
            data: {
              agency: agency.name,
              decision: "EXPIRED",
              reason: null,
              link: `${appUrl()}/agency`,
            },
          });
        }
        total += 1;
      });
    }
    if (due.length < batchSize) return total;
  }
}
