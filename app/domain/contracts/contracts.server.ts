// Contracts: the agency drafts one worker's contract under a verified job order; the compliance
// engine runs on every save; blocking findings stop submission; an officer reviews and
// recommends; a different official approves (four eyes); the approved terms are hashed; the
// worker accepts in the portal. Every transition writes its event, audit entry and emails together.
import { createHash } from "node:crypto";
import type { User } from "lucia";
import type { ContractStatus, JobCategory, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit, type AuditAction } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/email/outbox.server";
import { nextCounter } from "~/utils/counter.server";
import { once, priorSubmission } from "~/utils/idempotency.server";
import { checkContract, isCompliant, type Finding } from "~/domain/compliance/engine";
import { ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { agencyLocale } from "~/domain/agencies/licensing.server";
import {
  ACTIVE_CONTRACT,
  canonicalJson,
  CONTRACT_FLOW,
  contractDoneBy,
  EDITABLE_CONTRACT,
  formatContractReference,
  type ContractAction,
} from "./contracts.workflow";
import type { ContractTerms } from "./contracts.schema";
import { renderContractPdf } from "./contract-pdf.server";
import { isUuid } from "~/utils/validation";
import { csvLines } from "~/utils/csv.server";
import { refusal, stepOf, type Refusal } from "~/domain/workflow/workflow";
import { checkNamedWorker } from "~/domain/workers/identity.server";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";

const notFound = () => new Response("Not found", { status: 404 });
const forbidden = (m = "Forbidden") => new Response(m, { status: 403 });
const conflict = (m: string) => new Response(m, { status: 409 });
const actorOf = (u: User) => ({ id: u.id, role: u.role });

export class ContractError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
  ) {
    super(key);
  }
}

export function termsHash(terms: unknown) {
  return createHash("sha256").update(canonicalJson(terms)).digest("hex");
}

const contractSelect = {
  id: true,
  reference: true,
  status: true,
  version: true,
  lockVersion: true,
  terms: true,
  termsHash: true,
  findings: true,
  startDate: true,
  verificationCode: true,
  countryCode: true,
  jobCategory: true,
  submittedAt: true,
  decidedAt: true,
  signedAt: true,
  createdAt: true,
  agencyId: true,
  workerId: true,
  reviewerId: true,
  recommendedById: true,
  approvedById: true,
  jobOrderId: true,
  employerId: true,
  supersedesId: true,
  ruleSet: { select: { version: true, effectiveFrom: true, countryCode: true, jobCategory: true } },
  worker: {
    select: {
      id: true,
      firstName: true,
      lastName: true,
      nationalId: true,
      dateOfBirth: true,
      email: true,
      userId: true,
    },
  },
  agency: { select: { id: true, name: true, licenceNo: true, status: true, email: true } },
  employer: { select: { id: true, name: true, kind: true, city: true, watchListed: true } },
  jobOrder: {
    select: {
      id: true,
      title: true,
      status: true,
      positions: true,
      positionsFilled: true,
      validUntil: true,
    },
  },
  country: { select: { nameEn: true, nameSw: true } },
  events: {
    select: { action: true, fromStatus: true, toStatus: true, reason: true, at: true },
    orderBy: { at: "asc" },
  },
} satisfies Prisma.ContractSelect;

/** Scope: agency staff see their agency's; NEA sees every submitted one; a worker sees their own. */
export async function requireContractForActor(actor: User, id: string) {
  if (!isUuid(id)) throw notFound();
  let where: Prisma.ContractWhereInput;
  if (can(actor, "contract:review")) where = { id, status: { not: "DRAFT" } };
  else if (can(actor, "contract:draft") && actor.agencyId) where = { id, agencyId: actor.agencyId };
  else if (can(actor, "worker:self"))
    where = { id, worker: { userId: actor.id }, status: { notIn: ["DRAFT", "WITHDRAWN"] } };
  else throw forbidden();
  const c = await db.contract.findFirst({ where, select: contractSelect });
  if (!c) throw notFound();
  return {
    ...c,
    terms: c.terms as unknown as ContractTerms,
    findings: (c.findings ?? []) as unknown as Finding[],
  };
}

export async function listOwnContracts(actor: User) {
  if (!actor.agencyId || !can(actor, "contract:draft")) throw forbidden();
  return db.contract.findMany({
    where: { agencyId: actor.agencyId },
    orderBy: { id: "desc" },
    take: 100,
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      worker: { select: { firstName: true, lastName: true } },
      jobOrder: { select: { title: true } },
    },
  });
}

export async function listVerifiedJobOrdersForContracts(actor: User) {
  if (!actor.agencyId) throw forbidden();
  const rows = await db.jobOrder.findMany({
    where: { agencyId: actor.agencyId, status: "VERIFIED", validUntil: { gt: new Date() } },
    orderBy: { id: "desc" },
    take: 200,
    select: { id: true, title: true, countryCode: true, positions: true, positionsFilled: true },
  });
  return rows.filter((r) => r.positionsFilled < r.positions);
}

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
  if (!jo) throw new ContractError("contracts.error.jobOrder", "jobOrderId");
  // A national ID already on record attaches the contract to that person only when the surname and
  // date of birth typed here are theirs: "any name + someone's ID" must not land on their record.
  const named = await checkNamedWorker(actor, input, {
    action: "contract.identity_refused",
    summary: { jobOrderId: jo.id },
    ctx,
  });
  if (named.outcome === "limited") throw new ContractError("error.rateLimited", "nationalId");
  if (named.outcome === "mismatch")
    throw new ContractError("contracts.error.identityMismatch", "nationalId");
  return transaction(async (tx) => {
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
    // A record already on file keeps the number it has: another agency cannot redirect its claim codes.
    if (named.outcome === "same" && input.phone)
      await tx.worker.updateMany({
        where: { id: worker.id, phone: null },
        data: { phone: input.phone },
      });
    const year = new Date().getUTCFullYear();
    const start = new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10);
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
  });
}

function newContractCode(tx: Tx) {
  return uniqueVerificationCode("CONTRACT", (code) =>
    tx.contract.findUnique({ where: { verificationCode: code }, select: { id: true } }),
  );
}

/** Runs the engine against the rule set in force on the start date and stores the findings. */
async function evaluateInto(tx: Tx, id: string) {
  const c = await tx.contract.findUniqueOrThrow({
    where: { id },
    select: {
      terms: true,
      countryCode: true,
      jobCategory: true,
      startDate: true,
      worker: { select: { dateOfBirth: true } },
      agency: {
        select: { status: true, validUntil: true, countries: { select: { countryCode: true } } },
      },
    },
  });
  const terms = c.terms as unknown as ContractTerms;
  const set = await ruleSetInForce(c.countryCode, c.jobCategory as JobCategory, c.startDate);
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
  if (!EDITABLE_CONTRACT.includes(c.status))
    throw conflict("This contract can no longer be changed");
  return transaction(async (tx) => {
    const { count } = await tx.contract.updateMany({
      where: { id, lockVersion: c.lockVersion, status: { in: [...EDITABLE_CONTRACT] } },
      data: {
        terms: terms as unknown as Prisma.InputJsonValue,
        startDate: new Date(`${terms.startDate}T00:00:00Z`),
        lockVersion: { increment: 1 },
      },
    });
    if (count !== 1) throw conflict("Changed by someone else");
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

/** Everything that must hold before a contract goes to NEA (issue #4 §5). */
async function submissionProblems(
  c: Awaited<ReturnType<typeof requireContractForActor>>,
  now: Date,
): Promise<string[]> {
  const problems: string[] = [];
  if (!isCompliant(c.findings)) problems.push("contracts.error.blocking");
  if (c.agency.status !== "ACTIVE") problems.push("contracts.error.agency");
  if (c.jobOrder.status !== "VERIFIED" || c.jobOrder.validUntil <= now)
    problems.push("contracts.error.jobOrder");
  if (c.jobOrder.positionsFilled >= c.jobOrder.positions)
    problems.push("contracts.error.positions");
  if (c.employer.watchListed) problems.push("jobs.error.watchListed");
  const other = await db.contract.count({
    where: {
      workerId: c.workerId,
      id: { notIn: [c.id, ...(c.supersedesId ? [c.supersedesId] : [])] },
      status: { in: [...ACTIVE_CONTRACT] },
    },
  });
  if (other > 0) problems.push("contracts.error.otherContract");
  return problems;
}

const AUDIT: Record<ContractAction, AuditAction> = {
  submit: "contract.submitted",
  withdraw: "contract.withdrawn",
  startReview: "contract.review_started",
  requestChanges: "contract.changes_requested",
  recommend: "contract.recommended",
  approve: "contract.approved",
  reject: "contract.rejected",
  sign: "contract.signed",
};

/** One transition from the table, with its checks; a late repeat of the same click answers the same. */
export async function actOnContract(
  actor: User,
  id: string,
  input: { intent: ContractAction; reason?: string },
  opts: { ctx: RequestContext; appUrl: string; submissionKey?: string | null; now?: Date },
): Promise<ContractStatus> {
  const scope = {
    key: opts.submissionKey ?? null,
    actorId: actor.id,
    action: `contract.act:${id}`,
  };
  const prior = await priorSubmission(db, scope);
  if (prior) return prior.resultRef as ContractStatus;
  const now = opts.now ?? new Date();
  const c = await requireContractForActor(actor, id);
  const refused = contractRefusal(actor, c, input.intent);
  if (refused === "impossible")
    throw conflict("This step is not possible in the contract's current state");
  if (refused === "forbidden") throw forbidden();
  if (refused === "fourEyes") throw new ContractError("contracts.error.fourEyes", "reason");
  const step = stepOf(CONTRACT_FLOW, c.status, input.intent)!;
  if ((input.intent === "requestChanges" || input.intent === "reject") && !input.reason)
    throw new ContractError("licence.error.note", "reason");
  if (input.intent === "submit") {
    const problems = await submissionProblems(c, now);
    if (problems.length) throw new ContractError(problems[0]!, "form");
  }
  return transaction(async (tx) => {
    const outcome = await once(
      tx,
      scope,
      async () => {
        const data: Prisma.ContractUpdateManyMutationInput = {
          status: step.next,
          lockVersion: { increment: 1 },
        };
        if (input.intent === "submit") data.submittedAt = now;
        if (input.intent === "startReview") data.reviewerId = actor.id;
        if (input.intent === "recommend") data.recommendedById = actor.id;
        if (input.intent === "approve")
          Object.assign(data, {
            approvedById: actor.id,
            decidedAt: now,
            termsHash: termsHash(c.terms),
            verificationCode: await newContractCode(tx),
          });
        if (input.intent === "reject")
          Object.assign(data, { approvedById: actor.id, decidedAt: now });
        if (input.intent === "sign") data.signedAt = now;
        const { count } = await tx.contract.updateMany({
          where: { id, status: c.status, lockVersion: c.lockVersion },
          data,
        });
        if (count !== 1) throw conflict("Changed by someone else");
        const supersedes = input.intent === "approve" ? c.supersedesId : null;
        if (supersedes) {
          // A new version replaces the old one: the old code stops proving anything; the position is the same.
          const old = await tx.contract.findUniqueOrThrow({
            where: { id: supersedes },
            select: { status: true },
          });
          await tx.contract.update({ where: { id: supersedes }, data: { status: "WITHDRAWN" } });
          await tx.contractEvent.create({
            data: {
              contractId: supersedes,
              action: "superseded",
              fromStatus: old.status,
              toStatus: "WITHDRAWN",
              actorId: actor.id,
              reason: `Replaced by version ${c.version}`,
            },
          });
        } else if (input.intent === "approve") {
          const filled = await tx.jobOrder.updateMany({
            where: { id: c.jobOrderId, positionsFilled: { lt: c.jobOrder.positions } },
            data: { positionsFilled: { increment: 1 } },
          });
          if (filled.count !== 1) throw new ContractError("contracts.error.positions", "form");
        }
        await tx.contractEvent.create({
          data: {
            contractId: id,
            action: input.intent,
            fromStatus: c.status,
            toStatus: step.next,
            actorId: actor.id,
            reason: input.reason ?? null,
          },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: AUDIT[input.intent],
          entityType: "Contract",
          entityId: id,
          summary: {
            from: c.status,
            to: step.next,
            ...(input.intent === "approve" ? { termsHash: termsHash(c.terms) } : {}),
          },
          ctx: opts.ctx,
        });
        const note = input.reason ?? "";
        const link = `${opts.appUrl}/agency/contracts/${id}`;
        if (c.agency.email && input.intent !== "submit" && input.intent !== "withdraw") {
          await enqueueEmail(tx, {
            key: `contract:${id}:${input.intent}:${c.lockVersion}`,
            to: c.agency.email,
            locale: await agencyLocale(tx, c.agencyId),
            template: "contractUpdate",
            data: { reference: c.reference, status: step.next, note, link },
          });
        }
        if (
          c.worker.email &&
          (input.intent === "approve" || input.intent === "reject" || input.intent === "submit")
        ) {
          const workerLocale = c.worker.userId
            ? (
                await tx.user.findUnique({
                  where: { id: c.worker.userId },
                  select: { locale: true },
                })
              )?.locale
            : null;
          await enqueueEmail(tx, {
            key: `contract:${id}:worker:${input.intent}:${c.lockVersion}`,
            to: c.worker.email,
            locale: workerLocale === "sw" ? "sw" : "en",
            template: "contractUpdate",
            data: {
              reference: c.reference,
              status: step.next,
              note,
              link: `${opts.appUrl}/my/contracts/${id}`,
            },
          });
        }
        return step.next;
      },
      (s) => s,
    );
    return outcome.repeated ? (outcome.resultRef as ContractStatus) : outcome.result;
  });
}

type QueueFilter = {
  status?: ContractStatus;
  country?: string;
  agency?: string;
  waitedDays?: number;
};

function queueWhere(opts: QueueFilter): Prisma.ContractWhereInput {
  return {
    status: opts.status ?? { in: ["SUBMITTED", "UNDER_REVIEW", "RECOMMENDED"] },
    ...(opts.country ? { countryCode: opts.country } : {}),
    ...(opts.agency ? { agency: { name: { contains: opts.agency, mode: "insensitive" } } } : {}),
    ...(opts.waitedDays
      ? { submittedAt: { lte: new Date(Date.now() - opts.waitedDays * 86400_000) } }
      : {}),
  };
}

export async function listContractsForReview(
  actor: User,
  opts: QueueFilter & { cursor?: string | null },
) {
  if (!can(actor, "contract:review")) throw forbidden();
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const rows = await db.contract.findMany({
    where: { ...queueWhere(opts), ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" }, // oldest first
    take: 26,
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      submittedAt: true,
      agency: { select: { name: true } },
      worker: { select: { firstName: true, lastName: true } },
    },
  });
  const more = rows.length > 25;
  const items = more ? rows.slice(0, 25) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

export async function listWorkerContracts(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  return db.contract.findMany({
    where: { worker: { userId: actor.id }, status: { notIn: ["DRAFT", "WITHDRAWN"] } },
    orderBy: { id: "desc" },
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      jobOrder: { select: { title: true } },
      agency: { select: { name: true } },
    },
  });
}

type ContractForActor = Awaited<ReturnType<typeof requireContractForActor>>;

/**
 * Why `actor` may not take `action` on `c` (null: they may): the workflow table with its four-eyes
 * rule, then whose record it is. The guard in actOnContract and the buttons a page shows both come
 * from here.
 */
export function contractRefusal(
  actor: User,
  c: Pick<ContractForActor, "status" | "agencyId" | "reviewerId" | "recommendedById" | "worker">,
  action: ContractAction,
): Refusal | null {
  const r = refusal(CONTRACT_FLOW, c.status, action, actor, contractDoneBy(c));
  if (r) return r;
  if ((action === "submit" || action === "withdraw") && c.agencyId !== actor.agencyId)
    return "forbidden";
  if (action === "sign" && c.worker.userId !== actor.id) return "forbidden";
  return null;
}

/** The transitions this viewer may take now: exactly those contractRefusal lets through. */
export function availableContractActions(actor: User, c: ContractForActor): ContractAction[] {
  return (Object.keys(CONTRACT_FLOW[c.status] ?? {}) as ContractAction[]).filter(
    (a) => contractRefusal(actor, c, a) === null,
  );
}

/**
 * A contract page's data: what the viewer may read and the actions they may take. Never the
 * worker's email or account id, nor which official did what (ids of other people's accounts).
 */
export async function contractPageFor(actor: User, id: string) {
  const c = await requireContractForActor(actor, id);
  const { reviewerId: _r, recommendedById: _rb, approvedById: _a, ...rest } = c;
  const { email: _e, userId: _u, ...worker } = c.worker;
  return {
    contract: { ...rest, worker },
    actions: availableContractActions(actor, c),
  };
}

/** The filtered queue as CSV (every page, oldest first), for NEA's own reporting. */
export async function exportContractsCsv(actor: User, opts: QueueFilter) {
  if (!can(actor, "contract:review")) throw forbidden();
  const header = [
    "reference",
    "status",
    "country",
    "agency",
    "licence_no",
    "submitted_at",
    "decided_at",
  ];
  const lines = [header];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.contract.findMany({
      where: { ...queueWhere(opts), ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: 1000,
      select: {
        id: true,
        reference: true,
        status: true,
        countryCode: true,
        submittedAt: true,
        decidedAt: true,
        agency: { select: { name: true, licenceNo: true } },
      },
    });
    for (const r of rows) {
      lines.push([
        r.reference,
        r.status,
        r.countryCode,
        r.agency.name,
        r.agency.licenceNo ?? "",
        r.submittedAt?.toISOString() ?? "",
        r.decidedAt?.toISOString() ?? "",
      ]);
    }
    if (rows.length < 1000) return csvLines(lines);
    cursor = rows[rows.length - 1]!.id;
  }
}

/** The approved contract's PDF, for whoever may read the contract (agency, NEA, the worker). */
export async function approvedContractPdf(actor: User, id: string, baseUrl: string) {
  const c = await requireContractForActor(actor, id);
  if (!c.verificationCode || !c.termsHash) throw notFound();
  return renderContractPdf(
    {
      reference: c.reference,
      version: c.version,
      verificationCode: c.verificationCode,
      termsHash: c.termsHash,
      terms: c.terms,
      worker: c.worker,
      employer: c.employer,
      agency: c.agency,
      countryName: c.country.nameEn,
      jobTitle: c.jobOrder.title,
      approvedAt: c.decidedAt,
    },
    baseUrl,
  );
}

/**
 * Changing approved terms makes a new version (a new draft that needs approval again); the approved
 * one stays in force until the new one is approved, then it is withdrawn. Nothing is edited in place.
 */
export async function amendContract(actor: User, id: string, ctx: RequestContext) {
  const c = await requireContractForActor(actor, id);
  if (!can(actor, "contract:draft") || c.agencyId !== actor.agencyId) throw forbidden();
  if (c.status !== "APPROVED" && c.status !== "SIGNED")
    throw conflict("Only an approved contract, before departure, can be amended");
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
