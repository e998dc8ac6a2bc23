// NEA's returnee desk (issue 20 §3): the queue of returns, finding a worker at the airport desk by
// passport or national ID, placing each referral with a service and recording what became of it.
// NEA officers only (`returns:handle`), national; she may ask for help herself. The directory of
// services is reintegration-services.server.ts.
//
// Consent: nothing about her goes to a service without her agreement. Help she asked for carries
// it; a referral her answers opened on their own (legal aid for unpaid wages, counselling after
// abuse) waits until she agrees — on her page, or told to the desk, which records it.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { recordView } from "~/domain/audit/views.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { notifyWorker } from "~/notifications/notify.server";
import { formatPhone } from "~/ui/format";
import type { ReintegrationKind } from "~/generated/prisma/enums";
import { REINTEGRATION_KINDS } from "./return.rules";

const isKind = (k: string): k is ReintegrationKind =>
  (REINTEGRATION_KINDS as readonly string[]).includes(k);
import { registrationFor } from "./returns.server";
import type {
  DeclineHelpInput,
  HelpInput,
  ReferralOutcomeInput,
  SendReferralInput,
} from "./reintegration.schema";

const actorOf = (u: User) => ({ id: u.id, role: u.role });
export const QUEUE_PAGE = 50;

function requireDesk(actor: User) {
  if (!can(actor, "returns:handle")) throw forbidden();
}

export type QueueView = "waiting" | "all";

/**
 * Returns, newest first (cursor: the last id seen). "waiting": no debrief yet, or a referral not
 * yet placed with a service.
 */
export async function returnQueue(actor: User, view: QueueView, after: string | null) {
  requireDesk(actor);
  const rows = await db.workerReturn.findMany({
    where: {
      ...(after && isUuid(after) ? { id: { lt: after } } : {}),
      ...(view === "waiting"
        ? { OR: [{ debrief: { is: null } }, { referrals: { some: { status: "REQUESTED" } } }] }
        : {}),
    },
    orderBy: { id: "desc" },
    take: QUEUE_PAGE + 1,
    select: {
      id: true,
      registrationId: true,
      returnedOn: true,
      early: true,
      reason: true,
      countryCode: true,
      recordedBy: true,
      debrief: { select: { id: true } },
      referrals: { where: { status: "REQUESTED" }, select: { kind: true } },
      registration: { select: { worker: { select: { firstName: true, lastName: true } } } },
    },
  });
  const page = rows.slice(0, QUEUE_PAGE);
  return {
    returns: page.map((r) => ({
      id: r.id,
      registrationId: r.registrationId,
      name: `${r.registration.worker.firstName} ${r.registration.worker.lastName}`,
      returnedOn: r.returnedOn.toISOString().slice(0, 10),
      early: r.early,
      reason: r.reason,
      country: r.countryCode,
      recordedBy: r.recordedBy,
      debriefed: !!r.debrief,
      toPlace: r.referrals.map((x) => x.kind),
    })),
    next: rows.length > QUEUE_PAGE ? page[page.length - 1]!.id : null,
  };
}

/** At the desk: her deployments, by exact passport or national ID number. */
export async function findReturnee(actor: User, q: string) {
  requireDesk(actor);
  const v = q.trim();
  if (!v) return [];
  const worker = await db.worker.findFirst({
    where: { OR: [{ passportNo: v.toUpperCase() }, { nationalId: v }] },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      registrations: {
        orderBy: { createdAt: "desc" },
        take: 10,
        select: {
          id: true,
          status: true,
          contract: { select: { reference: true, countryCode: true } },
          agency: { select: { name: true } },
          ret: { select: { returnedOn: true } },
        },
      },
    },
  });
  if (!worker) return [];
  await recordView(db, {
    actor: actorOf(actor),
    action: "worker.personal_data_viewed",
    entityType: "Worker",
    entityId: worker.id,
    summary: { purpose: "returnee_desk_search" },
  });
  return worker.registrations.map((r) => ({
    registrationId: r.id,
    name: `${worker.firstName} ${worker.lastName}`,
    status: r.status,
    contract: r.contract.reference,
    country: r.contract.countryCode,
    agency: r.agency.name,
    returnedOn: r.ret?.returnedOn.toISOString().slice(0, 10) ?? null,
  }));
}

/** The referral, locked, if it belongs to this registration's return (another's: not found). */
async function referralOf(
  tx: Parameters<Parameters<typeof transaction>[0]>[0],
  registrationId: string,
  referralId: string,
) {
  if (!isUuid(referralId) || !isUuid(registrationId)) throw notFound();
  await tx.$executeRaw`SELECT 1 FROM "ReintegrationReferral" WHERE "id" = ${referralId}::uuid FOR UPDATE`;
  const r = await tx.reintegrationReferral.findUnique({
    where: { id: referralId },
    select: {
      id: true,
      kind: true,
      status: true,
      consentAt: true,
      ret: { select: { id: true, registrationId: true, workerId: true } },
    },
  });
  if (!r || r.ret.registrationId !== registrationId) throw notFound();
  return r;
}

/**
 * Places a requested referral with an active service of its kind: SENT, audited, and she is told
 * whom to call (by her channel, in her language). Only with her agreement: given already, or
 * recorded now by the official who heard it.
 */
export async function sendReferral(
  actor: User,
  registrationId: string,
  input: SendReferralInput,
  ctx: RequestContext,
) {
  requireDesk(actor);
  await transaction(async (tx) => {
    const r = await referralOf(tx, registrationId, input.referralId);
    if (r.status !== "REQUESTED")
      throw new DomainError("returns.error.referralPlaced", { kind: "conflict" });
    if (!r.consentAt && !input.consent)
      throw new DomainError("returns.error.consent", { field: "consent" });
    const service = isUuid(input.serviceId)
      ? await tx.reintegrationService.findUnique({
          where: { id: input.serviceId },
          select: { id: true, name: true, kind: true, phone: true, active: true },
        })
      : null;
    if (!service || !service.active || service.kind !== r.kind)
      throw new DomainError("returns.error.service", { field: "serviceId" });
    await tx.reintegrationReferral.update({
      where: { id: r.id },
      data: {
        status: "SENT",
        serviceId: service.id,
        note: input.note || null,
        sentAt: new Date(),
        sentById: actor.id,
        consentAt: r.consentAt ?? new Date(),
      },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "return.referral_sent",
      entityType: "ReintegrationReferral",
      entityId: r.id,
      summary: {
        returnId: r.ret.id,
        kind: r.kind,
        serviceId: service.id,
        consent: r.consentAt ? "given_before" : "recorded_at_desk",
      },
      ctx,
    });
    await notifyWorker(tx, r.ret.workerId, {
      key: `reintegration:${r.id}:sent`,
      template: "reintegrationReferred",
      data: { kind: r.kind, service: service.name, phone: formatPhone(service.phone) },
    });
  });
}

/**
 * Help she asks for after coming home: by herself on her page (asking is agreeing), or at NEA's
 * desk with her agreement recorded. A suggested referral of that kind (opened by her answers), or
 * one she had turned down, takes her agreement and waits to be placed; one she already agreed to
 * is not asked for twice. Her mission does not refer her (403); another worker's return is not
 * found.
 */
export async function requestHelp(
  actor: User,
  registrationId: string,
  input: HelpInput,
  ctx: RequestContext,
) {
  const reg = await registrationFor(db, actor, registrationId);
  if (reg.by === "MISSION") throw forbidden();
  if (reg.by === "NEA_DESK" && !input.consent)
    throw new DomainError("returns.error.consent", { field: "consent" });
  await transaction(async (tx) => {
    const ret = await tx.workerReturn.findUnique({
      where: { registrationId: reg.id },
      select: { id: true },
    });
    if (!ret) throw new DomainError("returns.error.notReturned", { kind: "conflict" });
    await tx.$executeRaw`SELECT 1 FROM "WorkerReturn" WHERE "id" = ${ret.id}::uuid FOR UPDATE`;
    const had = await tx.reintegrationReferral.findUnique({
      where: { returnId_kind: { returnId: ret.id, kind: input.kind } },
      select: { id: true, consentAt: true },
    });
    if (had?.consentAt) throw new DomainError("returns.error.helpAsked", { field: "kind" });
    const now = new Date();
    // Without her consent it was never placed: suggested, or turned down by her.
    const { id } = had
      ? await tx.reintegrationReferral.update({
          where: { id: had.id },
          data: { consentAt: now, status: "REQUESTED", outcomeAt: null },
          select: { id: true },
        })
      : await tx.reintegrationReferral.create({
          data: { returnId: ret.id, kind: input.kind, requestedById: actor.id, consentAt: now },
          select: { id: true },
        });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "return.referral_requested",
      entityType: "ReintegrationReferral",
      entityId: id,
      summary: {
        returnId: ret.id,
        kind: input.kind,
        by: reg.by,
        consent: reg.by === "WORKER" ? "asked_herself" : "recorded_at_desk",
        suggested: !!had,
      },
      ctx,
    });
  });
}

/**
 * She says no, thank you, to help her answers suggested: it is not placed, and nothing about her
 * goes to a service. Only she can, only before she agreed; she may still ask for it later.
 */
export async function declineHelp(
  actor: User,
  registrationId: string,
  input: DeclineHelpInput,
  ctx: RequestContext,
) {
  const reg = await registrationFor(db, actor, registrationId);
  if (reg.by !== "WORKER") throw forbidden();
  await transaction(async (tx) => {
    if (!reg.ret) throw new DomainError("returns.error.notReturned", { kind: "conflict" });
    await tx.$executeRaw`SELECT 1 FROM "WorkerReturn" WHERE "id" = ${reg.ret.id}::uuid FOR UPDATE`;
    const { count } = await tx.reintegrationReferral.updateMany({
      where: { returnId: reg.ret.id, kind: input.kind, status: "REQUESTED", consentAt: null },
      data: { status: "DECLINED", outcomeAt: new Date() },
    });
    if (!count) throw new DomainError("returns.error.notSuggested", { field: "kind" });
    const r = await tx.reintegrationReferral.findUniqueOrThrow({
      where: { returnId_kind: { returnId: reg.ret.id, kind: input.kind } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "return.referral_outcome",
      entityType: "ReintegrationReferral",
      entityId: r.id,
      summary: { from: "REQUESTED", to: "DECLINED", by: "WORKER", kind: input.kind },
      ctx,
    });
  });
}

/** What became of a placed referral: taken up, declined, or closed (with what happened). */
export async function recordReferralOutcome(
  actor: User,
  registrationId: string,
  input: ReferralOutcomeInput,
  ctx: RequestContext,
) {
  requireDesk(actor);
  await transaction(async (tx) => {
    const r = await referralOf(tx, registrationId, input.referralId);
    // Forward only: an outcome is never overwritten by the same one (the first text would be lost).
    if (
      r.status === "REQUESTED" ||
      r.status === "CLOSED" ||
      r.status === "DECLINED" ||
      r.status === input.status
    )
      throw new DomainError("returns.error.referralOutcome", { kind: "conflict" });
    await tx.reintegrationReferral.update({
      where: { id: r.id },
      data: { status: input.status, outcome: input.outcome, outcomeAt: new Date() },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "return.referral_outcome",
      entityType: "ReintegrationReferral",
      entityId: r.id,
      summary: { from: r.status, to: input.status, outcome: input.outcome },
      ctx,
    });
  });
}

/** Active services for placing a referral of each kind: those serving her county first. */
export async function servicesFor(kinds: readonly string[], county: number | null) {
  if (!kinds.length) return [];
  const rows = await db.reintegrationService.findMany({
    where: { active: true, kind: { in: kinds.filter(isKind) } },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, kind: true, counties: true, phone: true },
  });
  const near = (s: { counties: number[] }) =>
    county !== null && s.counties.includes(county) ? 0 : s.counties.length === 0 ? 1 : 2;
  return rows.sort((a, b) => near(a) - near(b));
}
