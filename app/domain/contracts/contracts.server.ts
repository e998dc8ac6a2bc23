// Contracts: who may see one, and the workflow after drafting (contract-drafts.server.ts): blocking
// findings stop submission; an officer reviews and recommends; a different official approves (four
// eyes); the approved terms are hashed; the worker accepts in the portal. Every transition writes
// its event, audit entry and emails together. Lists, CSV and PDF data: contract-lists.server.ts.
import type { MessageKey } from "~/i18n/messages";
import { createHash } from "node:crypto";
import type { User } from "lucia";
import type { ContractStatus, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit, type AuditAction } from "~/domain/audit/audit.server";
import { notifyWorker } from "~/notifications/notify.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { isCompliant, type Finding } from "~/domain/compliance/engine";
import { agencyLocale } from "~/domain/agencies/licensing.server";
import {
  ACTIVE_CONTRACT,
  canonicalJson,
  CONTRACT_FLOW,
  contractDoneBy,
  type ContractAction,
} from "./contracts.workflow";
import type { ContractTerms } from "./contracts.schema";
import { isUuid } from "~/utils/validation";
import { refusal, stepOf, type Refusal } from "~/domain/workflow/workflow";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

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
    select: {
      action: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      at: true,
      actorId: true,
    },
    orderBy: { at: "asc" },
  },
} satisfies Prisma.ContractSelect;

/** Scope: agency staff see their agency's; NEA sees every submitted one; a worker sees their own. */
export function contractScope(actor: User): Prisma.ContractWhereInput {
  if (can(actor, "contract:review")) return { status: { not: "DRAFT" } };
  if (can(actor, "contract:draft") && actor.agencyId) return { agencyId: actor.agencyId };
  if (can(actor, "worker:self"))
    return { worker: { userId: actor.id }, status: { notIn: ["DRAFT", "WITHDRAWN"] } };
  throw forbidden();
}

export async function requireContractForActor(actor: User, id: string) {
  if (!isUuid(id)) throw notFound();
  const c = await db.contract.findFirst({
    where: { id, ...contractScope(actor) },
    select: contractSelect,
  });
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

function newContractCode(tx: Tx) {
  return uniqueVerificationCode("CONTRACT", (code) =>
    tx.contract.findUnique({ where: { verificationCode: code }, select: { id: true } }),
  );
}

/** Everything that must hold before a contract goes to NEA (issue #4 §5). */
async function submissionProblems(
  c: Awaited<ReturnType<typeof requireContractForActor>>,
  now: Date,
): Promise<MessageKey[]> {
  const problems: MessageKey[] = [];
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

/** Steps that must say why: the agency, the worker or the next official reads it. */
const NOTE_REQUIRED = new Set<ContractAction>([
  "requestChanges",
  "recommendRejection",
  "returnToReview",
  "reject",
]);

const AUDIT: Record<ContractAction, AuditAction> = {
  submit: "contract.submitted",
  withdraw: "contract.withdrawn",
  startReview: "contract.review_started",
  requestChanges: "contract.changes_requested",
  recommend: "contract.recommended",
  recommendRejection: "contract.rejection_recommended",
  returnToReview: "contract.returned_to_review",
  approve: "contract.approved",
  reject: "contract.rejected",
  sign: "contract.signed",
};

/** One transition from the table, with its checks; a late repeat of the same click answers the same. */
/** A contract's reference, for the confirmation after submitting it (within the actor's scope). */
export async function contractReference(actor: User, id: string) {
  return (await requireContractForActor(actor, id)).reference;
}

export async function actOnContract(
  actor: User,
  id: string,
  input: { intent: ContractAction; reason?: string },
  opts: { ctx: RequestContext; appUrl: string; submissionKey?: string | null; now?: Date },
): Promise<ContractStatus> {
  const scope = {
    key: opts.submissionKey ?? null,
    actorId: actor.id,
    action: `contract.${input.intent}:${id}`,
  };
  return keyedStep<ContractStatus>(
    db,
    scope,
    (ref) => ref as ContractStatus,
    async () => {
      const now = opts.now ?? new Date();
      const c = await requireContractForActor(actor, id);
      const refused = contractRefusal(actor, c, input.intent);
      if (refused === "impossible") throw notNow();
      if (refused === "forbidden") throw forbidden();
      if (refused === "fourEyes")
        throw new DomainError("contracts.error.fourEyes", { field: "reason", kind: "forbidden" });
      const step = stepOf(CONTRACT_FLOW, c.status, input.intent)!;
      if (NOTE_REQUIRED.has(input.intent) && !input.reason)
        throw new DomainError("licence.error.note", { field: "reason" });
      if (input.intent === "submit") {
        const problems = await submissionProblems(c, now);
        const [first, ...more] = problems;
        if (first) throw new DomainError(first, { kind: "conflict", fieldErrors: { "": more } });
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
            if (input.intent === "recommend" || input.intent === "recommendRejection")
              data.recommendedById = actor.id;
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
            if (count !== 1) throw changedMeanwhile();
            const supersedes = input.intent === "approve" ? c.supersedesId : null;
            if (supersedes) {
              // A new version replaces the old one: the old code stops proving anything; the position is the same.
              const old = await tx.contract.findUniqueOrThrow({
                where: { id: supersedes },
                select: { status: true },
              });
              await tx.contract.update({
                where: { id: supersedes },
                data: { status: "WITHDRAWN" },
              });
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
              if (filled.count !== 1)
                throw new DomainError("contracts.error.positions", { kind: "conflict" });
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
            // The worker hears of her contract by email and by SMS, where her record has them.
            if (
              input.intent === "approve" ||
              input.intent === "reject" ||
              input.intent === "submit"
            )
              await notifyWorker(tx, c.workerId, {
                key: `contract:${id}:worker:${input.intent}:${c.lockVersion}`,
                template: "contractUpdate",
                data: {
                  reference: c.reference,
                  status: step.next,
                  note,
                  link: `${opts.appUrl}/my/contracts/${id}`,
                },
              });
            return step.next;
          },
          (s) => s,
        );
        return outcome.repeated ? (outcome.resultRef as ContractStatus) : outcome.result;
      });
    },
  );
}

export type ContractForActor = Awaited<ReturnType<typeof requireContractForActor>>;

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
