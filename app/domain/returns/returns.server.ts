// A worker's return home and her debrief (issue 20 §3).
//
// - Recorded by her (her own deployment), by the mission that has her registration, or by NEA's
//   desk at the airport (any worker, found by passport or ID). Anyone else's registration, or one
//   outside the official's mission, is not found. Once per deployment.
// - The return closes the deployment: the registration is RETURNED (no more check-ins), the
//   contract COMPLETED or, early, REPATRIATED; she is welcomed home and asked for her debrief.
// - The debrief is answered once, by her or with her at NEA's desk; in the same transaction it
//   opens the cases and reintegration referrals her answers call for (return.rules.ts).
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { recordView } from "~/domain/audit/views.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound, appUrl } from "~/utils/http.server";
import { isUuid, nairobiToday } from "~/utils/validation";
import { mayRecordReturn } from "~/domain/mission/checkin.rules";
import { openWorkerCase } from "~/domain/cases/case-raising.server";
import { notifyWorker } from "~/notifications/notify.server";
import { say } from "~/notifications/render";
import type { Locale } from "~/i18n/messages";
import type { ReturnRecorder } from "~/generated/prisma/enums";
import {
  contractEndDay,
  contractStatusOnReturn,
  debriefEffects,
  isEarlyReturn,
  returnReasonProblem,
} from "./return.rules";
import type { DebriefInput, ReturnInput } from "./returns.schema";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Who the actor is to a return: the worker, the mission, NEA's desk; anyone else may not. */
export function recorderOf(actor: User): ReturnRecorder {
  if (can(actor, "worker:self")) return "WORKER";
  if (can(actor, "mission:workers")) return "MISSION";
  if (can(actor, "returns:handle")) return "NEA_DESK";
  throw forbidden();
}

/** The registration, if the actor may act on it: hers, her mission's, or (NEA) any. */
export async function registrationFor(client: Tx | typeof db, actor: User, id: string) {
  const by = recorderOf(actor);
  if (!isUuid(id)) throw notFound();
  const r = await client.missionRegistration.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      arrivedAt: true,
      missionId: true,
      agencyId: true,
      workerId: true,
      worker: {
        select: {
          userId: true,
          firstName: true,
          lastName: true,
          countyCode: true,
          user: { select: { locale: true } },
        },
      },
      contract: {
        select: { id: true, startDate: true, terms: true, countryCode: true, signedAt: true },
      },
      ret: { select: { id: true } },
    },
  });
  if (!r) throw notFound();
  if (by === "WORKER" && r.worker.userId !== actor.id) throw notFound();
  if (by === "MISSION" && r.missionId !== actor.missionId) throw notFound();
  return { ...r, by };
}

/** Her latest return home, if any: where her answers, her cases and her help at home are. */
export async function latestReturnOf(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  const me = await db.worker.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!me) return null;
  return db.workerReturn.findFirst({
    where: { workerId: me.id },
    orderBy: { returnedOn: "desc" },
    select: { registrationId: true, returnedOn: true, debrief: { select: { id: true } } },
  });
}

/** The contract's end day (Nairobi), from its start and its length. */
function endDayOf(contract: { startDate: Date; terms: unknown }) {
  const months = Number((contract.terms as { durationMonths?: number }).durationMonths ?? 24);
  return contractEndDay(contract.startDate.toISOString().slice(0, 10), months);
}

const localeOf = (r: { worker: { user: { locale: string } | null } }): Locale =>
  r.worker.user?.locale === "en" ? "en" : "sw";

/** Records her return. Returns the return's id. */
export async function recordReturn(
  actor: User,
  registrationId: string,
  input: ReturnInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  return transaction(async (tx) => {
    const done = await once(
      tx,
      // The key names this registration: a key reused on another never answers for it.
      { key: submissionKey, actorId: actor.id, action: `return.record:${registrationId}` },
      async () => {
        const first = await registrationFor(tx, actor, registrationId);
        await tx.$executeRaw`SELECT 1 FROM "MissionRegistration" WHERE "id" = ${first.id}::uuid FOR UPDATE`;
        const r = await registrationFor(tx, actor, registrationId);
        if (r.ret || !mayRecordReturn(r.status))
          throw new DomainError("returns.error.already", { kind: "conflict" });
        // Not before she signed the contract (she cannot have come back from a job she had not
        // taken), nor before the arrival the mission recorded (Nairobi days).
        if (r.contract.signedAt && input.returnedOn < nairobiToday(r.contract.signedAt))
          throw new DomainError("returns.error.beforeSigning", { field: "returnedOn" });
        if (r.arrivedAt && input.returnedOn < nairobiToday(r.arrivedAt))
          throw new DomainError("returns.error.beforeArrival", { field: "returnedOn" });
        const endDay = endDayOf(r.contract);
        const early = isEarlyReturn(input.returnedOn, endDay);
        const problem = returnReasonProblem(early, input.reason);
        if (problem) throw new DomainError(problem, { field: "reason" });
        const ret = await tx.workerReturn.create({
          data: {
            registrationId: r.id,
            workerId: r.workerId,
            agencyId: r.agencyId,
            missionId: r.missionId,
            countryCode: r.contract.countryCode,
            returnedOn: new Date(`${input.returnedOn}T00:00:00Z`),
            early,
            reason: input.reason,
            note: input.note || null,
            recordedBy: r.by,
            recordedById: actor.id,
          },
          select: { id: true },
        });
        await tx.missionRegistration.update({
          where: { id: r.id },
          data: { status: "RETURNED", nextCheckInDue: null },
        });
        await tx.checkIn.deleteMany({ where: { registrationId: r.id, answeredAt: null } });
        await tx.contract.updateMany({
          where: { id: r.contract.id, status: { in: ["SIGNED", "DEPARTED", "ARRIVED"] } },
          data: { status: contractStatusOnReturn(early) },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "return.recorded",
          entityType: "WorkerReturn",
          entityId: ret.id,
          summary: {
            registrationId: r.id,
            returnedOn: input.returnedOn,
            early,
            reason: input.reason,
            recordedBy: r.by,
            from: r.status,
          },
          ctx,
        });
        await notifyWorker(tx, r.workerId, {
          key: `return:${ret.id}:welcome`,
          template: "returnRecorded",
          data: { link: `${appUrl()}/my/return/${r.id}` },
        });
        return ret.id;
      },
      (id) => id,
    );
    return done.repeated ? done.resultRef! : done.result;
  });
}

/**
 * The return page's facts: hers (the worker), or for NEA and her mission. NEA's reading of her
 * debrief (abuse, wages) is recorded as a view of her personal data (the mission's worker page,
 * where hers is shown, records its own).
 */
export async function returnOf(actor: User, registrationId: string, ctx?: RequestContext) {
  const r = await registrationFor(db, actor, registrationId);
  if (r.by === "NEA_DESK")
    await recordView(db, {
      actor: actorOf(actor),
      action: "worker.personal_data_viewed",
      entityType: "Worker",
      entityId: r.workerId,
      summary: { purpose: "return_page", registrationId: r.id },
      ctx,
    });
  const ret = await db.workerReturn.findUnique({
    where: { registrationId: r.id },
    select: {
      id: true,
      returnedOn: true,
      early: true,
      reason: true,
      note: true,
      recordedBy: true,
      createdAt: true,
      // Her answers, not who typed them (an official's account id is not for her page).
      debrief: {
        select: {
          paidInFull: true,
          owedAmount: true,
          owedCurrency: true,
          passportKept: true,
          contractRespected: true,
          abused: true,
          goAgain: true,
          sameAgency: true,
          skills: true,
          help: true,
          answeredBy: true,
          createdAt: true,
        },
      },
      referrals: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          status: true,
          outcome: true,
          consentAt: true,
          service: { select: { name: true, phone: true, email: true, address: true } },
        },
      },
    },
  });
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: r.agencyId },
    select: { name: true },
  });
  const country = await db.country.findUniqueOrThrow({
    where: { code: r.contract.countryCode },
    select: { nameEn: true, nameSw: true, currency: true },
  });
  const cases = ret
    ? await db.case.findMany({
        where: { registrationId: r.id, createdAt: { gte: ret.createdAt } },
        orderBy: { createdAt: "asc" },
        select: { reference: true, category: true, status: true },
      })
    : [];
  return {
    registrationId: r.id,
    name: `${r.worker.firstName} ${r.worker.lastName}`,
    county: r.worker.countyCode,
    mayRecord: !ret && mayRecordReturn(r.status),
    endDay: endDayOf(r.contract),
    agency: agency.name,
    country,
    ret: ret
      ? {
          ...ret,
          debrief: ret.debrief
            ? { ...ret.debrief, owedAmount: ret.debrief.owedAmount?.toString() ?? null }
            : null,
        }
      : null,
    cases,
  };
}

/**
 * Her debrief, once: by her, or with her at NEA's desk. Opens the wage claim, the abuse case and
 * the referrals her answers call for, in the same transaction. Returns the references of the cases.
 */
export async function recordDebrief(
  actor: User,
  registrationId: string,
  input: DebriefInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<string[]> {
  const by = recorderOf(actor);
  // The mission records the return; the debrief is hers, told to her or to NEA's desk.
  if (by === "MISSION") throw forbidden();
  return transaction(async (tx) => {
    const done = await once(
      tx,
      { key: submissionKey, actorId: actor.id, action: `return.debrief:${registrationId}` },
      async () => {
        const r = await registrationFor(tx, actor, registrationId);
        const ret = await tx.workerReturn.findUnique({
          where: { registrationId: r.id },
          select: { id: true },
        });
        if (!ret) throw new DomainError("returns.error.notReturned", { kind: "conflict" });
        await tx.$executeRaw`SELECT 1 FROM "WorkerReturn" WHERE "id" = ${ret.id}::uuid FOR UPDATE`;
        if (
          await tx.returnDebrief.findUnique({ where: { returnId: ret.id }, select: { id: true } })
        )
          throw new DomainError("returns.error.debriefDone", { kind: "conflict" });
        if (input.owedCurrency) {
          const country = await tx.country.findUniqueOrThrow({
            where: { code: r.contract.countryCode },
            select: { currency: true },
          });
          if (![country.currency, "KES"].includes(input.owedCurrency))
            throw new DomainError("returns.error.owedCurrency", { field: "owedCurrency" });
        }
        await tx.returnDebrief.create({
          data: {
            returnId: ret.id,
            paidInFull: input.paidInFull,
            owedAmount: input.owedAmount,
            owedCurrency: input.owedCurrency,
            passportKept: input.passportKept,
            contractRespected: input.contractRespected,
            abused: input.abused,
            goAgain: input.goAgain,
            sameAgency: input.sameAgency,
            skills: input.skills,
            help: input.help,
            answeredBy: by,
            answeredById: actor.id,
          },
        });
        const effects = debriefEffects(input);
        const locale = localeOf(r);
        const references: string[] = [];
        for (const c of effects.cases)
          references.push(
            await openWorkerCase(tx, r.id, {
              category: c.category,
              description: say(locale, `returns.caseDescription.${c.category}`, {
                owed: c.owed ?? say(locale, "returns.owedUnknown"),
              }),
              actor: actorOf(actor),
              ctx,
              contractId: r.contract.id,
              raisedBy: by === "WORKER" ? "WORKER" : "NEA",
            }),
          );
        // What she asked for carries her consent; what her answers opened waits for it.
        const now = new Date();
        if (effects.referrals.length)
          await tx.reintegrationReferral.createMany({
            data: effects.referrals.map((kind) => ({
              returnId: ret.id,
              kind,
              requestedById: actor.id,
              consentAt: input.help.includes(kind) ? now : null,
            })),
            skipDuplicates: true,
          });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "return.debriefed",
          entityType: "WorkerReturn",
          entityId: ret.id,
          summary: {
            answeredBy: by,
            paidInFull: input.paidInFull,
            passportKept: input.passportKept,
            contractRespected: input.contractRespected,
            abused: input.abused,
            goAgain: input.goAgain,
            cases: references,
            referrals: effects.referrals,
            // The help she asked for, told to whoever answered with her: her consent to those.
            askedFor: input.help,
          },
          ctx,
        });
        return references.join(",");
      },
      (refs) => refs,
    );
    const refs = done.repeated ? (done.resultRef ?? "") : done.result;
    return refs ? refs.split(",") : [];
  });
}
