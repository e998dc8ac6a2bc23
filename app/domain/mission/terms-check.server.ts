// Contract substitution, caught at the first check-in (issue 19 §1). The worker abroad says what her
// job is really like (on the web, or to the attaché at a visit or call, who records it); the answers
// are compared with the approved terms (terms-check.rules.ts). As agreed, it answers her check-in. Otherwise, in the same transaction: the check-in is answered as
// a concern, a contract-substitution case opens for her mission (with both values side by side),
// the contract is flagged, and the agency is told it must answer by a deadline.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { openWorkerCase } from "~/domain/cases/case-raising.server";
import { DomainError } from "~/domain/errors";
import { notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { formatDate } from "~/ui/format";
import { say } from "~/notifications/render";
import type { Locale } from "~/i18n/messages";
import { answerCheckIn } from "./checkins.server";
import { actorOf, registrationInScope } from "./mission.server";
import { recordView } from "~/domain/audit/views.server";
import { expectsCheckIns } from "./checkin.rules";
import { ACTIVE_CASE_STATES } from "~/domain/cases/case.rules";
import {
  approvedTermsOf,
  compareTerms,
  type ReportedTerms,
  type TermsDifference,
} from "./terms-check.rules";

/** Days the agency has to answer a reported substitution. */
export const AGENCY_ANSWER_DAYS = 7;
const DAY = 86_400_000;

export const registrationSelect = {
  id: true,
  status: true,
  arrivedAt: true,
  worker: {
    select: { userId: true, firstName: true, lastName: true, user: { select: { locale: true } } },
  },
  contract: {
    select: {
      id: true,
      reference: true,
      terms: true,
      termsHash: true,
      country: { select: { nameEn: true } },
      employer: { select: { name: true, city: true } },
      agency: { select: { email: true } },
    },
  },
  // The number she is told to call when she answers by phone.
  mission: { select: { emergencyPhone: true, phone: true } },
} as const;

async function ownRegistration(client: Tx | typeof db, actor: User, registrationId: string) {
  if (!can(actor, "worker:self") || !isUuid(registrationId)) throw notFound();
  const r = await client.missionRegistration.findUnique({
    where: { id: registrationId },
    select: registrationSelect,
  });
  if (!r || r.worker.userId !== actor.id) throw notFound();
  return r;
}

/** An attaché's: a registration with her own mission (another mission's is not found). */
async function missionRegistration(client: Tx | typeof db, actor: User, registrationId: string) {
  await registrationInScope(client, actor, registrationId);
  return client.missionRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: registrationSelect,
  });
}

export type Registration = Awaited<ReturnType<typeof ownRegistration>>;

/** The worker's language (English when she has no account yet). */
export const localeOf = (r: Registration): Locale => (r.worker.user?.locale === "sw" ? "sw" : "en");

export const approvedOf = (r: Registration) =>
  approvedTermsOf(r.contract.terms as Record<string, unknown>, {
    name: r.contract.employer.name,
    city: r.contract.employer.city,
  });

/** The worker's form: the approved terms (to pre-fill it) and whether she may answer now. */
export async function termsToConfirm(actor: User, registrationId: string) {
  const r = await ownRegistration(db, actor, registrationId);
  const last = await db.termsReport.findFirst({
    where: { registrationId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, differences: true },
  });
  return {
    registrationId: r.id,
    contractReference: r.contract.reference,
    approved: approvedOf(r),
    open: !!r.arrivedAt && expectsCheckIns(r.status),
    last: last ? { at: last.createdAt, differences: last.differences as TermsDifference[] } : null,
  };
}

/** Her answers: the check-in answered, and a case when the job is not what was approved. */
export async function reportTerms(
  actor: User,
  registrationId: string,
  reported: ReportedTerms,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<{ differences: TermsDifference[]; caseReference: string | null; next: Date }> {
  return reportFor(actor, registrationId, reported, ctx, submissionKey, "WEB");
}

/**
 * The attaché records what the worker told her at a visit or on a call (issue 19 §1): the same
 * questions and consequences, her mission's workers only; the check-in is answered as a visit.
 */
export async function reportTermsAtVisit(
  actor: User,
  registrationId: string,
  reported: ReportedTerms,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  return reportFor(actor, registrationId, reported, ctx, submissionKey, "VISIT");
}

/** The attaché's form: the approved terms of her mission's worker (a view of personal data). */
export async function termsForVisit(actor: User, registrationId: string, ctx: RequestContext) {
  const r = await missionRegistration(db, actor, registrationId);
  await recordView(db, {
    actor: actorOf(actor),
    action: "worker.personal_data_viewed",
    entityType: "MissionRegistration",
    entityId: r.id,
    summary: { purpose: "terms_check" },
    ctx,
  });
  return {
    registrationId: r.id,
    worker: `${r.worker.firstName} ${r.worker.lastName}`,
    contractReference: r.contract.reference,
    approved: approvedOf(r),
    open: !!r.arrivedAt && expectsCheckIns(r.status),
  };
}

async function reportFor(
  actor: User,
  registrationId: string,
  reported: ReportedTerms,
  ctx: RequestContext,
  submissionKey: string | null,
  channel: "WEB" | "VISIT",
): Promise<{ differences: TermsDifference[]; caseReference: string | null; next: Date }> {
  return transaction(async (tx) => {
    const r =
      channel === "WEB"
        ? await ownRegistration(tx, actor, registrationId)
        : await missionRegistration(tx, actor, registrationId);
    const done = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `mission.terms:${registrationId}` },
      () => recordTerms(tx, actor, r, reported, ctx, channel),
      (x) => JSON.stringify(x),
    );
    if (!done.repeated) return done.result;
    const x = JSON.parse(done.resultRef!) as {
      differences: TermsDifference[];
      caseReference: string | null;
      next: string;
    };
    return { ...x, next: new Date(x.next) };
  });
}

/**
 * Her answers, recorded against the approved terms: the check-in answered, and when something is
 * not as agreed a case (or the open one), the contract flagged and the agency told. `actor` is null
 * when she answered by phone (USSD or SMS, her PIN verified).
 */
export async function recordTerms(
  tx: Tx,
  actor: User | null,
  r: Registration,
  reported: ReportedTerms,
  ctx: RequestContext | undefined,
  channel: "WEB" | "VISIT" | "USSD" | "SMS",
) {
  if (!r.arrivedAt || !expectsCheckIns(r.status))
    throw new DomainError("mission.error.noCheckIn", { kind: "conflict" });
  const now = new Date();
  const approved = approvedOf(r);
  const differences = compareTerms(approved, reported);
  const { next } = await answerCheckIn(
    tx,
    r.id,
    { outcome: differences.length ? "CONCERN" : "OK", channel },
    now,
  );
  let caseReference: string | null = null;
  let caseId: string | null = null;
  // A case about her terms still being handled: the new report joins it (the mission sees the
  // latest answers there). One case and one message to the agency, however often she reports.
  const open = differences.length
    ? await tx.case.findFirst({
        where: {
          registrationId: r.id,
          category: "CONTRACT_SUBSTITUTION",
          status: { in: [...ACTIVE_CASE_STATES] },
        },
        orderBy: { createdAt: "desc" },
        select: { id: true, reference: true },
      })
    : null;
  if (open) {
    caseId = open.id;
    caseReference = open.reference;
  } else if (differences.length) {
    const due = new Date(now.getTime() + AGENCY_ANSWER_DAYS * DAY);
    caseReference = await openWorkerCase(tx, r.id, {
      category: "CONTRACT_SUBSTITUTION",
      // What she reported is shown to the mission from the report itself, in the reader's language.
      // Read by her under "Get help" and by the mission: words from the catalogue, in her language.
      description: say(localeOf(r), "terms.caseDescription", {
        fields: differences.map((d) => say(localeOf(r), `terms.field.${d.field}`)).join(", "),
      }),
      actor: actor ? actorOf(actor) : null,
      ctx,
      contractId: r.contract.id,
      agencyAnswerDueAt: due,
      raisedBy: channel === "VISIT" ? "ATTACHE" : "WORKER",
    });
    caseId = (await tx.case.findUniqueOrThrow({ where: { reference: caseReference } })).id;
    await tx.contract.updateMany({
      where: { id: r.contract.id, substitutionReportedAt: null },
      data: { substitutionReportedAt: now },
    });
    if (r.contract.agency.email)
      await enqueueEmail(tx, {
        key: `case:${caseId}:agency-substitution`,
        to: r.contract.agency.email,
        locale: "en",
        template: "substitutionAgency",
        data: {
          reference: r.contract.reference,
          caseReference,
          worker: `${r.worker.firstName.slice(0, 1)}. ${r.worker.lastName}`,
          country: r.contract.country.nameEn,
          fields: differences.map((d) => d.field),
          due: formatDate(due, "en"),
        },
      });
  }
  await tx.termsReport.create({
    data: {
      registrationId: r.id,
      contractId: r.contract.id,
      termsHash: r.contract.termsHash,
      channel,
      reported: { ...reported, currency: approved.currency },
      differences,
      caseId,
      reportedById: actor?.id ?? null,
      createdAt: now,
    },
  });
  await recordAudit(tx, {
    actor: actor ? actorOf(actor) : null,
    action: "mission.terms_reported",
    entityType: "MissionRegistration",
    entityId: r.id,
    summary: { channel, differences: differences.map((d) => d.field), caseReference },
    ctx,
  });
  return { differences, caseReference, next };
}

/**
 * "My pay is late", at any check-in (issue 19 §1): the check-in is answered as a concern and an
 * unpaid-wages case opens for her mission (or, while one is being handled, she is given it).
 */
export async function reportPayLate(
  actor: User,
  registrationId: string,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<string> {
  return transaction(async (tx) => {
    const r = await ownRegistration(tx, actor, registrationId);
    const done = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `mission.pay_late:${registrationId}` },
      async () => {
        if (!r.arrivedAt || !expectsCheckIns(r.status))
          throw new DomainError("mission.error.noCheckIn", { kind: "conflict" });
        const { next } = await answerCheckIn(tx, r.id, { outcome: "CONCERN", channel: "WEB" });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "mission.check_in_recorded",
          entityType: "MissionRegistration",
          entityId: r.id,
          summary: { channel: "WEB", outcome: "CONCERN", payLate: true, next: next.toISOString() },
          ctx,
        });
        const open = await tx.case.findFirst({
          where: {
            registrationId: r.id,
            category: "UNPAID_WAGES",
            status: { in: [...ACTIVE_CASE_STATES] },
          },
          orderBy: { createdAt: "desc" },
          select: { reference: true },
        });
        if (open) return open.reference;
        return openWorkerCase(tx, r.id, {
          category: "UNPAID_WAGES",
          description: say(localeOf(r), "checkin.payLateDescription"),
          actor: actorOf(actor),
          ctx,
          contractId: r.contract.id,
        });
      },
      (ref) => ref,
    );
    return done.repeated ? done.resultRef! : done.result;
  });
}
