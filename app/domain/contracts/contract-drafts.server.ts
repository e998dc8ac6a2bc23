// Drafting a contract: an agency starts one for a named worker under a verified job order, edits its
// terms, and the compliance engine checks them against the rule set in force after every change.
import type { User } from "lucia";
import type { JobCategory, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { once } from "~/utils/idempotency.server";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { nextCounter } from "~/utils/counter.server";
import { checkContract, type Finding } from "~/domain/compliance/engine";
import { countryAgreement, ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { nairobiDay, nairobiYear } from "~/utils/validation";
import { EDITABLE_CONTRACT, formatContractReference } from "./contracts.workflow";
import type { ContractTerms } from "./contracts.schema";
import { checkNamedWorker } from "~/domain/workers/identity.server";

import { requireContractForActor } from "./contracts.server";
import { changedMeanwhile, DomainError, notNow, rateLimited } from "~/domain/errors";
import { forbidden } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Starts a draft for a worker (found by national ID, or recorded now) under a verified job order. */
export async function startContract(
  actor: User,
  input: {
    jobOrderId: string;
    firstName: string;
    lastName: string;
    nationalId: string;
    dateOfBirth: string;
    phone?: string;
  },
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  if (!actor.agencyId || !can(actor, "contract:draft")) throw forbidden();
  const jo = await db.jobOrder.findFirst({
    where: { id: input.jobOrderId, agencyId: actor.agencyId, status: "VERIFIED" },
    select: {
      id: true,
      employerId: true,
      countryCode: true,
      jobCategory: true,
      offeredWage: true,
      currency: true,
    },
  });
  if (!jo) throw new DomainError("contracts.error.jobOrder", { field: "jobOrderId" });
  // A national ID already on record attaches the contract to that person only when the surname and
  // date of birth typed here are theirs: "any name + someone's ID" must not land on their record.
  const named = await checkNamedWorker(actor, input, {
    action: "contract.identity_refused",
    summary: { jobOrderId: jo.id },
    ctx,
  });
  if (named.outcome === "limited") throw rateLimited("nationalId");
  if (named.outcome === "mismatch")
    throw new DomainError("contracts.error.identityMismatch", { field: "nationalId" });
  return transaction(async (tx) => {
    const scope = { key: submissionKey, actorId: actor.id, action: "contract.start" };
    const outcome = await once(
      tx,
      scope,
      async () => {
        const worker =
          (named.outcome === "same" ? { id: named.workerId } : null) ??
          (await tx.worker.create({
            data: {
              firstName: input.firstName,
              lastName: input.lastName,
              nationalId: input.nationalId,
              dateOfBirth: new Date(`${input.dateOfBirth}T00:00:00Z`),
              phone: input.phone ?? null,
            },
            select: { id: true },
          }));
        // A record already on file keeps the contact it has, even none: an agency that knows someone's
        // details must not be able to point that record's claim codes at a number of its own.
        const year = nairobiYear();
        const start = nairobiDay({ days: 30 });
        const terms: ContractTerms = {
          monthlyWage: Number(jo.offeredWage),
          currency: jo.currency,
          dailyHours: 8,
          weeklyRestDays: 1,
          annualLeaveDays: 30,
          durationMonths: 24,
          probationDays: null,
          housingProvided: true,
          foodProvided: true,
          passportHeldBy: "WORKER",
          workerPaidRecruitmentFees: 0,
          costsPaidByWorker: [],
          returnTicketPaidBy: "EMPLOYER",
          endOfServiceDaysPerYear: null,
          startDate: start,
        };
        const c = await tx.contract.create({
          data: {
            reference: formatContractReference(year, await nextCounter(tx, `contract:${year}`)),
            workerId: worker.id,
            agencyId: actor.agencyId!,
            employerId: jo.employerId,
            jobOrderId: jo.id,
            countryCode: jo.countryCode,
            jobCategory: jo.jobCategory,
            terms: terms as unknown as Prisma.InputJsonValue,
            startDate: new Date(`${start}T00:00:00Z`),
          },
          select: { id: true },
        });
        await evaluateInto(tx, c.id);
        await tx.contractEvent.create({
          data: { contractId: c.id, action: "create", toStatus: "DRAFT", actorId: actor.id },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "contract.created",
          entityType: "Contract",
          entityId: c.id,
          summary: { jobOrderId: jo.id },
          ctx,
        });
        return c.id;
      },
      (id) => id,
    );
    // A second click on "Start" opens the draft the first one made.
    return outcome.repeated ? outcome.resultRef! : outcome.result;
  });
}

/** Runs the engine against the rule set in force on the start date and stores the findings. */
export async function evaluateInto(tx: Tx, id: string) {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id },
    select: {
      terms: true,
      countryCode: true,
      jobCategory: true,
      startDate: true,
      worker: { select: { dateOfBirth: true } },
      employer: { select: { kind: true } },
      agency: {
        select: { status: true, validUntil: true, countries: { select: { countryCode: true } } },
      },
    },
  });
  const terms = c.terms as unknown as ContractTerms;
  const set = await ruleSetInForce(
    c.countryCode,
    c.jobCategory as JobCategory,
    c.startDate,
    c.employer.kind,
  );
  const findings: Finding[] = checkContract(
    {
      country: c.countryCode,
      contractDate: c.startDate,
      terms,
      worker: { dateOfBirth: c.worker.dateOfBirth ?? new Date("1900-01-01T00:00:00Z") },
      agency: {
        status: c.agency.status,
        validUntil: c.agency.validUntil,
        licensedCountries: c.agency.countries.map((x) => x.countryCode),
      },
      countryAgreement: set ? undefined : await countryAgreement(c.countryCode, tx),
    },
    set?.rules ?? null,
  );
  await tx.contract.update({
    where: { id },
    data: { findings: findings as unknown as Prisma.InputJsonValue, ruleSetId: set?.id ?? null },
  });
  return { findings, ruleSet: set };
}

export async function saveContractTerms(
  actor: User,
  id: string,
  terms: ContractTerms,
  ctx: RequestContext,
) {
  const c = await requireContractForActor(actor, id);
  if (!can(actor, "contract:draft") || c.agencyId !== actor.agencyId) throw forbidden();
  if (!EDITABLE_CONTRACT.includes(c.status)) throw notNow();
  return transaction(async (tx) => {
    const { count } = await tx.contract.updateMany({
      where: { id, lockVersion: c.lockVersion, status: { in: [...EDITABLE_CONTRACT] } },
      data: {
        terms: terms as unknown as Prisma.InputJsonValue,
        startDate: new Date(`${terms.startDate}T00:00:00Z`),
        lockVersion: { increment: 1 },
      },
    });
    if (count !== 1) throw changedMeanwhile();
    const { findings } = await evaluateInto(tx, id);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "contract.saved",
      entityType: "Contract",
      entityId: id,
      summary: { blocking: findings.filter((f) => f.severity === "BLOCKING").length },
      ctx,
    });
    return findings;
  });
}

/**
 * Changing approved terms makes a new version (a new draft that needs approval again); the approved
 * one stays in force until the new one is approved, then it is withdrawn. Nothing is edited in place.
 */
export async function amendContract(actor: User, id: string, ctx: RequestContext) {
  const c = await requireContractForActor(actor, id);
  if (!can(actor, "contract:draft") || c.agencyId !== actor.agencyId) throw forbidden();
  if (c.status !== "APPROVED" && c.status !== "SIGNED") throw notNow();
  return transaction(async (tx) => {
    const pending = await tx.contract.findFirst({
      where: { supersedesId: id, status: { notIn: ["WITHDRAWN", "REJECTED"] } },
      select: { id: true },
    });
    if (pending) return pending.id;
    const base = c.reference.replace(/-v\d+$/, "");
    const created = await tx.contract.create({
      data: {
        reference: `${base}-v${c.version + 1}`,
        version: c.version + 1,
        supersedesId: id,
        workerId: c.workerId,
        agencyId: c.agencyId,
        employerId: c.employerId,
        jobOrderId: c.jobOrderId,
        countryCode: c.countryCode,
        jobCategory: c.jobCategory,
        terms: c.terms as unknown as Prisma.InputJsonValue,
        startDate: c.startDate,
      },
      select: { id: true },
    });
    await evaluateInto(tx, created.id);
    await tx.contractEvent.create({
      data: {
        contractId: created.id,
        action: "amend",
        toStatus: "DRAFT",
        actorId: actor.id,
        reason: `New version of ${c.reference}`,
      },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "contract.amended",
      entityType: "Contract",
      entityId: created.id,
      summary: { supersedes: id, version: c.version + 1 },
      ctx,
    });
    return created.id;
  });
}
