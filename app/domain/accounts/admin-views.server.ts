import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import { isUuid } from "~/utils/validation";
import { once, priorSubmission } from "~/utils/idempotency.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit, verifyAuditChain } from "~/domain/audit/audit.server";
import { VIEW_ACTIONS } from "~/domain/audit/views.server";
import { retryFailed } from "~/notifications/outbox.server";
import { actorOf } from "./accounts.server";
import { parseContact } from "./contact";

// Read models for the admin screens. Every function takes the acting admin first.

const MAX_SEQ = 9223372036854775807n; // PostgreSQL bigint

/** A page cursor of the audit log: a sequence number PostgreSQL can hold; anything else, none. */
export function auditCursor(v: string | undefined) {
  if (!v || !/^\d{1,19}$/.test(v)) return undefined;
  const n = BigInt(v);
  return n <= MAX_SEQ ? n : undefined;
}

/** Where an audited record is shown to an admin, by entity type (others have no page of their own). */
const RECORD_PAGES: Record<string, string> = {
  Agency: "/agencies/",
  Case: "/cases/",
  Contract: "/nea/contracts/",
  Complaint: "/nea/complaints/",
  JobOrder: "/nea/job-orders/",
  LicenceApplication: "/nea/licensing/",
};

export async function listAuditEvents(
  _admin: User,
  opts: {
    action?: string;
    entityType?: string;
    /** The acting user's email or phone number, as the admin types it. */
    user?: string;
    /** A record's id (the full id, as the page links it). */
    record?: string;
    before?: string;
    take?: number;
  },
) {
  const take = opts.take ?? 50;
  const before = auditCursor(opts.before);
  // A user filter that names nobody matches nothing (never every event).
  const contact = opts.user ? parseContact(opts.user) : null;
  const actor = contact ? await db.user.findUnique({ where: contact, select: { id: true } }) : null;
  if (opts.user && !actor) return { items: [], nextBefore: null };
  const where = {
    ...(opts.action ? { action: opts.action } : {}),
    ...(opts.entityType ? { entityType: opts.entityType } : {}),
    ...(actor ? { actorId: actor.id } : {}),
    ...(opts.record ? { entityId: opts.record } : {}),
    ...(before ? { seq: { lt: before } } : {}),
  };
  const select = {
    seq: true,
    at: true,
    actorId: true,
    actorRole: true,
    action: true,
    entityType: true,
    entityId: true,
    summary: true,
    requestId: true,
  } as const;
  const query = { where, orderBy: { seq: "desc" as const }, take: take + 1, select };
  // Views of personal data have their own log (ADR 0022): the action filter chooses it.
  const rows = (VIEW_ACTIONS as readonly string[]).includes(opts.action ?? "")
    ? await db.viewEvent.findMany(query)
    : await db.auditEvent.findMany(query);
  const hasMore = rows.length > take;
  const page = hasMore ? rows.slice(0, take) : rows;
  // Who acted, in one query for the page (never one per row).
  const ids = [...new Set(page.map((r) => r.actorId).filter((id): id is string => !!id))];
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, email: true, phone: true },
      })
    ).map((u) => [u.id, u]),
  );
  const items = page.map(({ actorId, ...r }) => {
    const u = actorId ? users.get(actorId) : undefined;
    const base = RECORD_PAGES[r.entityType];
    return {
      ...r,
      seq: r.seq.toString(),
      at: r.at.toISOString(),
      actor: u ? { name: u.name, contact: u.email ?? u.phone ?? "" } : null,
      recordHref: base && r.entityId ? `${base}${r.entityId}` : null,
    };
  });
  return { items, nextBefore: hasMore ? items[items.length - 1]!.seq : null };
}

export async function auditChainStatus(_admin: User) {
  const r = await verifyAuditChain(db);
  return r.ok
    ? { ok: true as const, count: r.count }
    : { ok: false as const, seq: r.brokenAt.toString(), reason: r.reason };
}

/**
 * The outbox for the admin: who was sent what, with every secret (single-use links, one-time codes)
 * hidden. Only the demo inbox (`DEMO_INBOX`, demo mode without SMTP or an SMS gateway, where this
 * page stands in for the recipients' inboxes) shows them.
 */
export async function listOutbox(
  _admin: User,
  opts: { before?: string; take?: number; demoInbox: boolean; failedOnly?: boolean },
) {
  const take = opts.take ?? 20;
  const rows = await db.outboxMessage.findMany({
    where: {
      ...(isUuid(opts.before) ? { id: { lt: opts.before } } : {}),
      ...(opts.failedOnly ? { status: "FAILED" as const } : {}),
    },
    orderBy: { id: "desc" },
    take: take + 1,
    select: {
      id: true,
      channel: true,
      to: true,
      subject: true,
      text: opts.demoInbox,
      redactedText: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
      deliveryStatus: true,
      deliveredAt: true,
    },
  });
  const hasMore = rows.length > take;
  const items = (hasMore ? rows.slice(0, take) : rows).map(({ text, redactedText, ...r }) => ({
    ...r,
    text: opts.demoInbox ? text! : redactedText,
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
  }));
  return { items, nextBefore: hasMore ? items[items.length - 1]!.id : null };
}

const RETRIED = "retried";

/**
 * The admin sends a failed message (a dead letter) again: back in the queue. False when it is no
 * longer failed (someone retried it, or it went meanwhile); the admin's own second click on the
 * same button gets her first answer.
 */
export async function retryMessage(
  admin: User,
  id: string,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  if (!isUuid(id)) return false;
  const scope = { key: submissionKey, actorId: admin.id, action: `notification.retry:${id}` };
  const prior = await priorSubmission(db, scope);
  if (prior) return prior.resultRef === RETRIED;
  const r = await transaction((tx) =>
    once(
      tx,
      scope,
      async () => {
        if (!(await retryFailed(tx, id))) return false;
        await recordAudit(tx, {
          actor: actorOf(admin),
          action: "notification.retried",
          entityType: "OutboxMessage",
          entityId: id,
          summary: {},
          ctx,
        });
        return true;
      },
      (retried) => (retried ? RETRIED : null),
    ),
  );
  return r.repeated ? r.resultRef === RETRIED : r.result;
}

export async function listScopeChoices(_admin: User) {
  const [agencies, missions] = await Promise.all([
    db.agency.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true } }),
    db.mission.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { agencies, missions };
}
