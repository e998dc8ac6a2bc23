// Welfare cases: raised by the worker ("Get help") or by family who cannot reach them, handled by
// the attachés of the worker's mission (assign, notes, referrals, outcome), escalated when nobody
// responds by the deadline. Each case links to the employer and agency, so NEA and the public see
// an agency's case record. State, audit and messages commit together.
import type { User } from "lucia";
import type { CaseStatus } from "~/generated/prisma/enums";
import { db, transaction, type Tx } from "~/utils/db.server";
import { once } from "~/utils/idempotency.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { caseNext, needsEscalation, responseDeadline, type CaseStep } from "./case.rules";
import type { CaseActionInput } from "./cases.schema";
import { actorOf, alertMission } from "./case-common.server";
import { caseInScope } from "./case-reading.server";
import { notifyWorker, sendSmsOnly } from "~/notifications/notify.server";
import { DomainError } from "~/domain/errors";
import { reportRecruiter } from "~/domain/recruiters/recruiters.server";
import { INDICATORS, OPEN_REFERRAL, SHARED_DATA, suggestsNrmReferral } from "./trafficking.rules";

export { askAboutContract, raiseCaseByWorker, reportCannotReach } from "./case-raising.server";
export {
  CASE_PAGE,
  agencyCaseCounts,
  caseCountsByAgency,
  caseForOfficial,
  listCases,
  ownCases,
  questionsAbout,
  type CaseFilter,
} from "./case-reading.server";

// ─────────────── Handling a case ───────────────

function step(status: CaseStatus, s: CaseStep) {
  const to = caseNext(status, s);
  if (!to) throw new DomainError("cases.error.step", { kind: "conflict" });
  return to;
}

/** One step on a case by the official handling it; the worker hears of visible notes and the outcome. */
export async function actOnCase(
  actor: User,
  id: string,
  a: CaseActionInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  await transaction(async (tx) => {
    await caseInScope(tx, actor, id);
    // A second click on the same form (a note, a referral) is the first one's answer, not a copy.
    const scope = { key: submissionKey, actorId: actor.id, action: `case.${a.intent}` };
    await once(
      tx,
      scope,
      () => applyCaseAction(tx, actor, id, a, ctx),
      () => id,
    );
  });
}

async function applyCaseAction(
  tx: Tx,
  actor: User,
  id: string,
  a: CaseActionInput,
  ctx: RequestContext,
) {
  await tx.$executeRaw`SELECT 1 FROM "Case" WHERE "id" = ${id}::uuid FOR UPDATE`;
  const c = await tx.case.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      reference: true,
      workerId: true,
      createdAt: true,
      priority: true,
      missionId: true,
      raisedBy: true,
      reporterPhone: true,
      indicators: true,
    },
  });
  const audit = (
    action: Parameters<typeof recordAudit>[1]["action"],
    summary: Record<string, unknown>,
  ) =>
    recordAudit(tx, {
      actor: actorOf(actor),
      action,
      entityType: "Case",
      entityId: id,
      summary,
      ctx,
    });
  const tell = async (
    kind: string,
    data: { reference: string; status: CaseStatus; message: string },
  ) => {
    if (c.workerId)
      await notifyWorker(tx, c.workerId, {
        key: `case:${id}:${kind}`,
        template: "caseUpdate",
        data: { ...data, byNea: !c.missionId },
      });
  };
  if (c.status === "CLOSED") throw new DomainError("cases.error.step", { kind: "conflict" });
  switch (a.intent) {
    case "assign": {
      const ok = await tx.user.findFirst({
        where: {
          id: a.assigneeId,
          active: true,
          ...(c.missionId
            ? { missionId: c.missionId, role: "LABOUR_ATTACHE" }
            : { role: { in: ["NEA_OFFICER", "NEA_SUPERVISOR"] } }),
        },
        select: { id: true },
      });
      if (!ok) throw new DomainError("cases.error.assignee", { field: "assigneeId" });
      const to = c.status === "OPEN" ? step(c.status, "start") : c.status;
      await tx.case.update({ where: { id }, data: { assigneeId: a.assigneeId, status: to } });
      await audit("case.assigned", { assigneeId: a.assigneeId, from: c.status, to });
      break;
    }
    case "note": {
      if (c.status === "RESOLVED") throw new DomainError("cases.error.step", { kind: "conflict" });
      const visible = a.visible === "on";
      const n = await tx.caseNote.create({
        data: { caseId: id, authorId: actor.id, body: a.body, internal: !visible },
        select: { id: true },
      });
      await audit("case.note_added", { noteId: n.id, internal: !visible });
      if (visible)
        await tell(`note:${n.id}`, { reference: c.reference, status: c.status, message: a.body });
      break;
    }
    case "refer": {
      const to = step(c.status, "refer");
      await tx.caseReferral.create({
        data: { caseId: id, kind: a.kind, note: a.note ?? null, actorId: actor.id },
      });
      await tx.case.update({ where: { id }, data: { status: to } });
      await audit("case.referred", { kind: a.kind, from: c.status, to });
      break;
    }
    case "priority": {
      // A new priority moves the response deadline while nobody has responded yet.
      await tx.case.update({
        where: { id },
        data: {
          priority: a.priority,
          ...(c.status === "OPEN" ? { dueAt: responseDeadline(c.createdAt, a.priority) } : {}),
        },
      });
      await audit("case.priority_changed", { from: c.priority, to: a.priority });
      break;
    }
    case "resolve": {
      const to = step(c.status, "resolve");
      await tx.case.update({
        where: { id },
        data: { status: to, outcome: a.outcome, resolvedAt: new Date() },
      });
      await audit("case.resolved", { from: c.status });
      await tell("resolved", { reference: c.reference, status: to, message: a.outcome });
      // A relative who reported is told it was followed up, never what the worker told the mission.
      if (c.raisedBy === "NEXT_OF_KIN" && c.reporterPhone)
        await sendSmsOnly(tx, {
          key: `case:${id}:reporter-resolved`,
          to: c.reporterPhone,
          template: "familyReportClosed",
          data: { reference: c.reference },
        });
      break;
    }
    case "recruiter": {
      // The recruiter behind the case (issue 20 §1): counted on /check-number as one more report,
      // or, when it is a licensed agency's official contact, the case goes on that agency's record.
      const to = await reportRecruiter(tx, a.value, "CASE", id);
      if (to && "agencyId" in to)
        await tx.case.updateMany({
          where: { id, agencyId: null },
          data: { agencyId: to.agencyId },
        });
      await audit("case.recruiter_reported", {
        agencyId: to && "agencyId" in to ? to.agencyId : null,
        identifierId: to && "identifierId" in to ? to.identifierId : null,
      });
      break;
    }
    case "indicators": {
      if (c.status === "RESOLVED") throw new DomainError("cases.error.step", { kind: "conflict" });
      const to = INDICATORS.filter((i) => a.indicators.includes(i));
      await tx.case.update({ where: { id }, data: { indicators: to, indicatorsAt: new Date() } });
      await audit("case.indicators_recorded", {
        from: c.indicators,
        to,
        suggestsNrm: suggestsNrmReferral(to),
      });
      break;
    }
    case "nrm": {
      const to = step(c.status, "refer");
      // Consent is hers to give: a case about no identified worker (a relative's report not
      // matched to anyone) cannot be referred with it.
      if (!c.workerId) throw new DomainError("cases.error.nrmNoWorker", { kind: "conflict" });
      const open = await tx.caseReferral.count({
        where: {
          caseId: id,
          kind: "NATIONAL_REFERRAL_MECHANISM",
          status: { in: [...OPEN_REFERRAL] },
        },
      });
      if (open) throw new DomainError("cases.error.nrmOpen", { kind: "conflict" });
      const shared = SHARED_DATA.filter((s) => a.shared.includes(s));
      const r = await tx.caseReferral.create({
        data: {
          caseId: id,
          kind: "NATIONAL_REFERRAL_MECHANISM",
          note: a.note ?? null,
          actorId: actor.id,
          consent: {
            create: {
              method: a.method,
              shared,
              indicators: c.indicators,
              recordedById: actor.id,
            },
          },
        },
        select: { id: true },
      });
      await tx.case.update({ where: { id }, data: { status: to } });
      await audit("case.referred", {
        kind: "NATIONAL_REFERRAL_MECHANISM",
        referralId: r.id,
        consent: { method: a.method, shared },
        from: c.status,
        to,
      });
      break;
    }
    case "referralOutcome": {
      const r = await tx.caseReferral.findFirst({
        where: { id: a.referralId, caseId: id },
        select: { status: true },
      });
      if (!r) throw new DomainError("cases.error.referral", { field: "referralId" });
      if (r.status === "DECLINED" || r.status === "CLOSED")
        throw new DomainError("cases.error.step", { kind: "conflict" });
      await tx.caseReferral.update({
        where: { id: a.referralId },
        data: { status: a.status, outcome: a.outcome, outcomeAt: new Date() },
      });
      await audit("case.referral_outcome", {
        referralId: a.referralId,
        from: r.status,
        to: a.status,
      });
      break;
    }
    case "reopen": {
      const to = step(c.status, "reopen");
      await tx.case.update({ where: { id }, data: { status: to, resolvedAt: null } });
      await tx.caseNote.create({
        data: { caseId: id, authorId: actor.id, body: a.body, internal: true },
      });
      await audit("case.reopened", { from: c.status, to });
      break;
    }
  }
}

/** Cases nobody responded to by the deadline are escalated once (a scheduled job; safe to overlap). */
export async function escalateOverdueCases(now = new Date()) {
  const due = await db.case.findMany({
    where: { status: "OPEN", dueAt: { lt: now }, escalatedAt: null },
    orderBy: { dueAt: "asc" },
    take: 500,
    select: { id: true },
  });
  let count = 0;
  for (const { id } of due) {
    await transaction(async (tx) => {
      const c = await tx.case.findUniqueOrThrow({
        where: { id },
        select: {
          id: true,
          status: true,
          dueAt: true,
          escalatedAt: true,
          reference: true,
          category: true,
          priority: true,
          missionId: true,
        },
      });
      if (!needsEscalation(c, now)) return;
      const done = await tx.case.updateMany({
        where: { id, escalatedAt: null },
        data: { escalatedAt: now },
      });
      if (done.count !== 1) return;
      await recordAudit(tx, {
        actor: null,
        action: "case.escalated",
        entityType: "Case",
        entityId: id,
        summary: { dueAt: c.dueAt.toISOString(), priority: c.priority },
      });
      await alertMission(tx, c.missionId, c, "escalated");
      count += 1;
    });
  }
  return count;
}
