// Raising a welfare case: the worker's "Get help" (on the web, or by SMS), and a relative's "I
// cannot reach them". Split from cases.server.ts.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { notifyWorker, sendSmsOnly } from "~/notifications/notify.server";
import { once } from "~/utils/idempotency.server";
import { searchKey } from "~/domain/agencies/normalize";
import { parseVerificationCode } from "~/domain/verify/code";
import { PRIORITY_OF, responseDeadline } from "./case.rules";
import type { CannotReachInput, ContractQuestionInput, GetHelpInput } from "./cases.schema";
import { actorOf, alertMission, newReference } from "./case-common.server";
import { DomainError, rateLimited } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { reportRecruiter } from "~/domain/recruiters/recruiters.server";

/** "Get help": the worker raises a case on their own registration with the mission. */
export async function raiseCaseByWorker(
  actor: User,
  input: GetHelpInput,
  ctx: RequestContext,
  submissionKey: string | null,
) {
  if (!can(actor, "worker:self")) throw forbidden();
  return transaction(async (tx) => {
    const r = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: "case.raise" },
      async () => {
        const reg = await tx.missionRegistration.findUnique({
          where: { id: input.registrationId },
          select: { id: true, worker: { select: { userId: true } } },
        });
        if (!reg || reg.worker.userId !== actor.id)
          throw new DomainError("cases.error.registration", { field: "registrationId" });
        return openWorkerCase(tx, reg.id, {
          category: input.category,
          description: input.description,
          actor: actorOf(actor),
          ctx,
        });
      },
      (ref) => ref,
    );
    return r.repeated ? r.resultRef! : r.result;
  });
}

/**
 * Opens the worker's case on her registration, in the caller's transaction: the case, its audit
 * event, the alert to the mission's attachés and the acknowledgement to the worker. Used by "Get
 * help" on the web and by HELP with her PIN by SMS.
 */
export async function openWorkerCase(
  tx: Tx,
  registrationId: string,
  input: {
    category: GetHelpInput["category"];
    description: string;
    actor: { id: string; role: string } | null;
    ctx?: RequestContext;
    /** The contract it is about, and by when its agency must answer (contract substitution). */
    contractId?: string;
    agencyAnswerDueAt?: Date;
    /** Who raised it: the worker, or the attaché recording what she said (issue 19 §1). */
    raisedBy?: "WORKER" | "ATTACHE" | "NEA";
  },
) {
  const reg = await tx.missionRegistration.findUniqueOrThrow({
    where: { id: registrationId },
    select: { id: true, workerId: true, missionId: true, employerId: true, agencyId: true },
  });
  const now = new Date();
  const priority = PRIORITY_OF[input.category];
  const c = await tx.case.create({
    data: {
      reference: await newReference(tx),
      workerId: reg.workerId,
      registrationId: reg.id,
      missionId: reg.missionId,
      employerId: reg.employerId,
      agencyId: reg.agencyId,
      category: input.category,
      priority,
      raisedBy: input.raisedBy ?? "WORKER",
      description: input.description,
      dueAt: responseDeadline(now, priority),
      contractId: input.contractId ?? null,
      agencyAnswerDueAt: input.agencyAnswerDueAt ?? null,
      createdAt: now,
    },
    select: { id: true, reference: true, category: true, priority: true, dueAt: true },
  });
  await recordAudit(tx, {
    actor: input.actor,
    action: "case.raised",
    entityType: "Case",
    entityId: c.id,
    summary: {
      category: c.category,
      priority,
      raisedBy: input.raisedBy ?? "WORKER",
      missionId: reg.missionId,
    },
    ctx: input.ctx,
  });
  await alertMission(tx, reg.missionId, c, "new");
  await notifyWorker(tx, reg.workerId, {
    key: `case:${c.id}:received`,
    template: "caseReceived",
    data: { reference: c.reference },
  });
  return c.reference;
}

/**
 * "I have a question" before accepting a contract: a case for NEA (no mission yet), about that
 * contract, which only the worker and NEA see; the agency is not told (nor is the question counted
 * against it). NEA's answer reaches her on "Get help" and by message.
 */
export async function askAboutContract(
  actor: User,
  contractId: string,
  input: ContractQuestionInput,
  opts: { ctx: RequestContext; submissionKey: string | null },
) {
  if (!can(actor, "worker:self")) throw forbidden();
  return transaction(async (tx) => {
    const r = await once(
      tx,
      { key: opts.submissionKey, actorId: actor.id, action: "case.contract_question" },
      async () => {
        const contract = isUuid(contractId)
          ? await tx.contract.findFirst({
              where: { id: contractId, worker: { userId: actor.id } },
              select: { id: true, reference: true, workerId: true, version: true },
            })
          : null;
        if (!contract) throw notFound();
        // The same question again, while NEA has not answered the first: she is told it is on its
        // way (with its reference), not given a second case. The contract's row is locked so two
        // tabs sending it at once cannot both pass.
        await tx.$executeRaw`SELECT 1 FROM "Contract" WHERE "id" = ${contract.id}::uuid FOR UPDATE`;
        const waiting = await tx.case.findMany({
          where: {
            contractId: contract.id,
            category: "CONTRACT_QUESTION",
            status: { in: ["OPEN", "IN_PROGRESS", "REFERRED"] },
          },
          select: { reference: true, description: true },
          take: 50,
        });
        const same = waiting.find((q) => searchKey(q.description) === searchKey(input.question));
        if (same)
          throw new DomainError("my.question.error.asked", {
            field: "question",
            kind: "conflict",
            vars: { reference: same.reference },
          });
        const now = new Date();
        const priority = PRIORITY_OF.CONTRACT_QUESTION;
        const c = await tx.case.create({
          data: {
            reference: await newReference(tx),
            workerId: contract.workerId,
            contractId: contract.id,
            category: "CONTRACT_QUESTION",
            priority,
            raisedBy: "WORKER",
            description: input.question,
            dueAt: responseDeadline(now, priority),
            createdAt: now,
          },
          select: { id: true, reference: true },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "case.raised",
          entityType: "Case",
          entityId: c.id,
          summary: {
            category: "CONTRACT_QUESTION",
            raisedBy: "WORKER",
            contract: contract.reference,
            version: contract.version,
          },
          ctx: opts.ctx,
        });
        await notifyWorker(tx, contract.workerId, {
          key: `case:${c.id}:received`,
          template: "questionReceived",
          data: { reference: c.reference, contract: contract.reference },
        });
        return c.reference;
      },
      (ref) => ref,
    );
    return r.repeated ? r.resultRef! : r.result;
  });
}

/** Finds the worker a relative means, by clearance code or by national ID and full name; null when unsure. */
async function identifyWorker(tx: Tx, input: CannotReachInput) {
  if (input.clearanceCode) {
    const code = parseVerificationCode(input.clearanceCode)!.code;
    const c = await tx.departureClearance.findUnique({
      where: { code },
      select: { workerId: true, contractId: true },
    });
    if (!c) return null;
    const reg = await tx.missionRegistration.findUnique({
      where: { contractId: c.contractId },
      select: { id: true, missionId: true, employerId: true, agencyId: true },
    });
    return { workerId: c.workerId, reg };
  }
  // A name alone identifies nobody for certain: NEA's officers look for the worker.
  if (!input.nationalId) return null;
  const w = await tx.worker.findUnique({
    where: { nationalId: input.nationalId! },
    select: { id: true, firstName: true, lastName: true },
  });
  if (!w) return null;
  const given = searchKey(input.workerName!).split(" ");
  // Both names on record must appear in what the relative wrote (in any order).
  if (
    ![w.firstName, w.lastName].every((n) =>
      searchKey(n)
        .split(" ")
        .every((part) => given.includes(part)),
    )
  )
    return null;
  const reg = await tx.missionRegistration.findFirst({
    where: { workerId: w.id, status: { not: "RETURNED" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, missionId: true, employerId: true, agencyId: true },
  });
  return { workerId: w.id, reg };
}

/**
 * A relative reports "I cannot reach them". The answer is the same whether or not we found the
 * worker (a reference to quote), so the form reveals nothing about anyone. Found: the case goes to
 * the worker's mission. Not found: NEA follows it up.
 */
export async function reportCannotReach(
  input: CannotReachInput,
  opts: { ctx: RequestContext; submissionKey: string | null },
) {
  const limit = await hitRateLimit(`cannot-reach:${opts.ctx.ip ?? "unknown"}`, 10, 3600_000);
  if (!limit.allowed) throw rateLimited();
  return transaction(async (tx) => {
    const r = await once(
      tx,
      { key: opts.submissionKey, actorId: null, action: "case.cannot_reach" },
      async () => {
        const found = await identifyWorker(tx, input);
        const now = new Date();
        const description = [
          `${input.relation}: ${input.reporterName}`,
          input.lastContact ? `Last contact: ${input.lastContact}` : null,
          input.description ?? null,
          input.recruiter ? `Recruiter: ${input.recruiter}` : null,
          found
            ? null
            : `Not matched. Given: ${input.clearanceCode ? `clearance ${input.clearanceCode}` : `name ${input.workerName}, ${input.nationalId ? `ID ${input.nationalId}` : "no ID number"}`}`,
        ]
          .filter(Boolean)
          .join("\n");
        const c = await tx.case.create({
          data: {
            reference: await newReference(tx),
            workerId: found?.workerId ?? null,
            registrationId: found?.reg?.id ?? null,
            missionId: found?.reg?.missionId ?? null,
            employerId: found?.reg?.employerId ?? null,
            agencyId: found?.reg?.agencyId ?? null,
            category: "CANNOT_REACH",
            priority: PRIORITY_OF.CANNOT_REACH,
            raisedBy: "NEXT_OF_KIN",
            description,
            reporterName: input.reporterName,
            reporterPhone: input.reporterPhone,
            dueAt: responseDeadline(now, PRIORITY_OF.CANNOT_REACH),
            createdAt: now,
          },
          select: {
            id: true,
            reference: true,
            category: true,
            priority: true,
            dueAt: true,
            missionId: true,
          },
        });
        await recordAudit(tx, {
          actor: null,
          action: "case.raised",
          entityType: "Case",
          entityId: c.id,
          summary: {
            category: "CANNOT_REACH",
            raisedBy: "NEXT_OF_KIN",
            matched: !!found,
            missionId: c.missionId,
          },
          ctx: opts.ctx,
        });
        // Who recruited her, when the relative knows (issue 20 §1): one more report of that number
        // on /check-number. A licensed agency's official contact is not counted as unlicensed; nor
        // is an unverified relative's word put on that agency's record (its scorecard counts its
        // cases): the attaché or NEA does that from the case, once they know.
        await reportRecruiter(tx, input.recruiter, "FAMILY", c.id);
        await alertMission(tx, c.missionId, c, "new");
        // The relative hears by SMS that the report arrived, with its reference.
        await sendSmsOnly(tx, {
          key: `case:${c.id}:reporter-received`,
          to: input.reporterPhone,
          template: "familyReportReceived",
          data: { reference: c.reference },
        });
        return c.reference;
      },
      (ref) => ref,
    );
    return r.repeated ? r.resultRef! : r.result;
  });
}
