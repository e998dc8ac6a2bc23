// What an agency must answer (issue 19 §1): a worker it deployed reported at her check-in that her
// job is not what NEA approved. The agency sees those cases (and no other: a welfare case about
// abuse is never shown to the agency that may be part of it), what was reported against the
// approved terms, and answers once, by the deadline. The mission sees the answer on the case.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import type { TermsDifference } from "~/domain/mission/terms-check.rules";
import { once } from "~/utils/idempotency.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { actorOf } from "./case-common.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { formatDateTime } from "~/ui/format";

const PAGE = 25;

function ownAgency(actor: User) {
  if (!can(actor, "agency:read-own") || !actor.agencyId) throw forbidden();
  return actor.agencyId;
}

/** The agency's cases to answer, newest first, a page at a time (`after`: the last id seen). */
export async function casesToAnswer(actor: User, after: string | null) {
  const agencyId = ownAgency(actor);
  const rows = await db.case.findMany({
    where: {
      agencyId,
      agencyAnswerDueAt: { not: null },
      ...(after && isUuid(after) ? { id: { lt: after } } : {}),
    },
    orderBy: { id: "desc" },
    take: PAGE + 1,
    select: {
      id: true,
      reference: true,
      createdAt: true,
      agencyAnswerDueAt: true,
      agencyAnsweredAt: true,
      contract: { select: { reference: true, countryCode: true } },
    },
  });
  const page = rows.slice(0, PAGE);
  return {
    cases: page.map((c) => ({
      id: c.id,
      reference: c.reference,
      contract: c.contract?.reference ?? null,
      country: c.contract?.countryCode ?? null,
      createdAt: c.createdAt,
      due: c.agencyAnswerDueAt!,
      answeredAt: c.agencyAnsweredAt,
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

async function caseOfAgency(client: Pick<typeof db, "case">, actor: User, id: string) {
  const agencyId = ownAgency(actor);
  if (!isUuid(id)) throw notFound();
  const c = await client.case.findUnique({
    where: { id },
    select: { id: true, agencyId: true, agencyAnswerDueAt: true, agencyAnsweredAt: true },
  });
  // Another agency's case, or a case that is not for the agency to answer: as if it did not exist.
  if (!c || c.agencyId !== agencyId || !c.agencyAnswerDueAt) throw notFound();
  return c;
}

/** One case for the agency: what was reported against the approved terms, the deadline, its answer. */
export async function caseForAgency(actor: User, id: string) {
  await caseOfAgency(db, actor, id);
  const [c, report] = await Promise.all([
    db.case.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        reference: true,
        createdAt: true,
        agencyAnswerDueAt: true,
        agencyAnswer: true,
        agencyAnsweredAt: true,
        worker: { select: { firstName: true, lastName: true } },
        contract: { select: { reference: true, countryCode: true } },
      },
    }),
    db.termsReport.findFirst({
      where: { caseId: id },
      orderBy: { createdAt: "desc" },
      select: { differences: true, reported: true },
    }),
  ]);
  return {
    id: c.id,
    reference: c.reference,
    createdAt: c.createdAt,
    due: c.agencyAnswerDueAt!,
    answer: c.agencyAnswer,
    answeredAt: c.agencyAnsweredAt,
    // Its own worker, by initial and surname, as in its other messages.
    worker: c.worker ? `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName}` : null,
    contract: c.contract?.reference ?? null,
    country: c.contract?.countryCode ?? null,
    // Which terms differ and what was approved; never the city she gave (where she is now).
    differences: ((report?.differences ?? []) as TermsDifference[]).map((d) =>
      d.field === "city" ? { ...d, reported: "" } : d,
    ),
    currency: String((report?.reported as { currency?: string } | undefined)?.currency ?? ""),
  };
}

/** The agency's answer: once, recorded and audited; the mission reads it on the case. */
export async function answerAsAgency(
  actor: User,
  id: string,
  answer: string,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  await transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Case" WHERE id = ${isUuid(id) ? id : null}::uuid FOR UPDATE`;
    const c = await caseOfAgency(tx, actor, id);
    await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `case.agency_answer:${id}` },
      async () => {
        if (c.agencyAnsweredAt)
          throw new DomainError("agencyCases.error.answered", { kind: "conflict" });
        const now = new Date();
        await tx.case.update({
          where: { id },
          data: { agencyAnswer: answer, agencyAnsweredAt: now },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "case.agency_answered",
          entityType: "Case",
          entityId: id,
          summary: { late: now > c.agencyAnswerDueAt! },
          ctx,
        });
        return null;
      },
      () => null,
    );
  });
}

/**
 * The scheduled check: a case the agency did not answer by its deadline goes to NEA, the regulator
 * (its officers and supervisors, by email, in their language), once; audited.
 */
export async function escalateUnansweredByAgencies(now = new Date()) {
  const due = await db.case.findMany({
    where: { agencyAnswerDueAt: { lt: now }, agencyAnsweredAt: null, agencyOverdueAt: null },
    orderBy: { agencyAnswerDueAt: "asc" },
    take: 200,
    select: { id: true },
  });
  if (!due.length) return 0;
  // Who is told: read once for the run, not once per case.
  const officials = await db.user.findMany({
    where: { role: { in: ["NEA_OFFICER", "NEA_SUPERVISOR"] }, active: true },
    select: { id: true, email: true, locale: true },
    take: 200,
  });
  let count = 0;
  for (const { id } of due) {
    await transaction(async (tx) => {
      const done = await tx.case.updateMany({
        where: { id, agencyAnsweredAt: null, agencyOverdueAt: null },
        data: { agencyOverdueAt: now },
      });
      if (done.count !== 1) return; // answered meanwhile, or another server got there first
      const c = await tx.case.findUniqueOrThrow({
        where: { id },
        select: {
          reference: true,
          agencyAnswerDueAt: true,
          agency: { select: { name: true, licenceNo: true } },
          contract: { select: { reference: true } },
        },
      });
      await recordAudit(tx, {
        actor: null,
        action: "case.agency_overdue",
        entityType: "Case",
        entityId: id,
        summary: { dueAt: c.agencyAnswerDueAt!.toISOString() },
      });
      for (const o of officials)
        if (o.email)
          await enqueueEmail(tx, {
            key: `case:${id}:agency-overdue:${o.id}`,
            to: o.email,
            locale: o.locale === "sw" ? "sw" : "en",
            template: "agencyOverdue",
            data: {
              reference: c.reference,
              agency: c.agency ? `${c.agency.name} (${c.agency.licenceNo ?? "—"})` : "—",
              contract: c.contract?.reference ?? "—",
              due: formatDateTime(c.agencyAnswerDueAt!, o.locale === "sw" ? "sw" : "en"),
            },
          });
      count += 1;
    });
  }
  return count;
}
