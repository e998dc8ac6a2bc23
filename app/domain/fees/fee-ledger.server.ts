// "What did you pay?" (issue 19 §2), the worker's side: she records each payment she made to get
// her job, against one of her contracts. Each is checked against the fee rules (fee.rules.ts); one
// that breaks them opens a refund claim against the contract's agency in the same transaction, and
// the agency is told it must refund or answer by the deadline. She sees every payment and the
// status of each claim; a person's name and phone she paid stay with NEA (issue 20 reads them as
// reports against that number).
import type { User } from "lucia";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { DomainError, rateLimited } from "~/domain/errors";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { nextCounter } from "~/utils/counter.server";
import { nairobiYear } from "~/utils/validation";
import { formatDate } from "~/ui/format";
import type { Cost } from "~/domain/compliance/engine";
import { ownWorkerId, requireWorker } from "~/domain/workers/worker-record.server";
import { checkPayment, formatRefundReference, refundDue } from "./fee.rules";
import type { FeePaymentInput } from "./fees.schema";
import { reportRecruiter } from "~/domain/recruiters/recruiters.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Payments one worker may record a day: every one opens a claim and tells the agency. */
export const PAYMENTS_PER_DAY = 20;

/** Her contracts a payment can be for: any she has been offered (not a draft still being written). */
async function contractsOf(workerId: string) {
  return db.contract.findMany({
    where: { workerId, status: { not: "DRAFT" } },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      reference: true,
      countryCode: true,
      agency: { select: { name: true } },
    },
  });
}

/** Her ledger: the contracts she can record against, and every payment with its claim. */
export async function myLedger(actor: User) {
  requireWorker(actor);
  const workerId = await ownWorkerId(db, actor);
  const [contracts, payments] = await Promise.all([
    contractsOf(workerId),
    db.feePayment.findMany({
      where: { workerId },
      orderBy: { createdAt: "desc" },
      take: 100,
      select: {
        id: true,
        amount: true,
        currency: true,
        paidOn: true,
        purpose: true,
        paidTo: true,
        payeeName: true,
        mpesaRef: true,
        findings: true,
        contract: { select: { reference: true, agency: { select: { name: true } } } },
        claim: {
          select: {
            id: true,
            reference: true,
            status: true,
            dueAt: true,
            refundRef: true,
            disputeReason: true,
            decisionNote: true,
            refundedAt: true,
          },
        },
      },
    }),
  ]);
  return {
    contracts: contracts.map((c) => ({
      id: c.id,
      reference: c.reference,
      country: c.countryCode,
      agency: c.agency.name,
    })),
    payments: payments.map((p) => ({
      ...p,
      amount: Number(p.amount),
      contract: p.contract.reference,
      agency: p.contract.agency.name,
    })),
  };
}

/**
 * She records a payment. Her own contracts only (another's is as if it did not exist). Returns the
 * claim's reference when the payment opened one.
 */
export async function recordPayment(
  actor: User,
  input: FeePaymentInput,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<{ claimReference: string | null }> {
  requireWorker(actor);
  // A double click is one payment, and its second copy gets the first's answer (not "you already
  // recorded this M-Pesa code").
  const scope = { key: submissionKey, actorId: actor.id, action: "fee.payment" };
  return keyedStep(
    db,
    scope,
    (ref) => ({ claimReference: ref }),
    () => record(actor, input, ctx, scope),
  );
}

async function record(
  actor: User,
  input: FeePaymentInput,
  ctx: RequestContext,
  scope: { key: string | null; actorId: string; action: string },
): Promise<{ claimReference: string | null }> {
  const workerId = await ownWorkerId(db, actor);
  const contract = await db.contract.findUnique({
    where: { id: input.contractId },
    select: {
      id: true,
      workerId: true,
      status: true,
      reference: true,
      countryCode: true,
      terms: true,
      agencyId: true,
      agency: { select: { email: true } },
      country: { select: { nameEn: true } },
      worker: { select: { firstName: true, lastName: true } },
    },
  });
  if (!contract || contract.workerId !== workerId || contract.status === "DRAFT")
    throw new DomainError("fees.error.contract", { field: "contractId" });
  // The same M-Pesa payment once: a second copy would count twice against the agency.
  if (
    input.mpesaRef &&
    (await db.feePayment.findFirst({
      where: { workerId, mpesaRef: input.mpesaRef },
      select: { id: true },
    }))
  )
    throw new DomainError("fees.error.mpesaRepeated", { field: "mpesaRef", kind: "conflict" });
  const tries = await hitRateLimit(`fees:${actor.id}`, PAYMENTS_PER_DAY, 24 * 3600_000);
  if (!tries.allowed) throw rateLimited("amount");
  const terms = contract.terms as {
    workerPaidRecruitmentFees?: number;
    costsPaidByWorker?: Cost[];
  };
  const verdict = checkPayment(input, contract.countryCode, {
    recruitmentFee: Number(terms.workerPaidRecruitmentFees ?? 0),
    costs: terms.costsPaidByWorker ?? [],
  });
  const r = await transaction((tx) =>
    once(
      tx,
      scope,
      () => store(tx),
      (ref) => ref,
    ),
  ).catch((e: unknown) => {
    // The same M-Pesa code sent at the same moment from two pages: one is recorded.
    if ((e as { code?: string }).code === "P2002")
      throw new DomainError("fees.error.mpesaRepeated", { field: "mpesaRef", kind: "conflict" });
    throw e;
  });
  return { claimReference: r.repeated ? r.resultRef : r.result };

  async function store(tx: Tx): Promise<string | null> {
    const payment = await tx.feePayment.create({
      data: {
        workerId,
        contractId: contract!.id,
        amount: input.amount,
        currency: input.currency,
        paidOn: new Date(`${input.paidOn}T00:00:00Z`),
        purpose: input.purpose,
        paidTo: input.paidTo,
        payeeName: input.payeeName,
        payeePhone: input.payeePhone,
        mpesaRef: input.mpesaRef,
        findings: verdict.findings,
        recordedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "fee.payment_recorded",
      entityType: "FeePayment",
      entityId: payment.id,
      // Never the name or phone of the person she paid: that is a third party's personal data.
      summary: {
        contract: contract!.reference,
        purpose: input.purpose,
        findings: verdict.findings,
      },
      ctx,
    });
    // A person she paid: their number counts as a report on /check-number (issue 20 §1).
    if (input.paidTo === "PERSON")
      await reportRecruiter(tx, input.payeePhone, "FEE_PAYMENT", payment.id);
    if (!verdict.claim) return null;
    return openClaim(tx, payment.id);
  }

  async function openClaim(tx: Tx, paymentId: string) {
    const c = contract!;
    const now = new Date();
    const due = refundDue(now);
    const year = nairobiYear(now);
    const reference = formatRefundReference(year, await nextCounter(tx, `refund:${year}`));
    const claim = await tx.refundClaim.create({
      data: {
        reference,
        paymentId,
        agencyId: c.agencyId,
        workerId,
        amount: input.amount,
        currency: input.currency,
        dueAt: due,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "refund.claim_opened",
      entityType: "RefundClaim",
      entityId: claim.id,
      summary: { reference, agencyId: c.agencyId, findings: verdict.findings },
      ctx,
    });
    if (c.agency.email)
      await enqueueEmail(tx, {
        key: `refund:${claim.id}:opened`,
        to: c.agency.email,
        locale: "en",
        template: "refundClaimAgency",
        data: {
          reference,
          contract: c.reference,
          worker: `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName}`,
          country: c.country.nameEn,
          amount: `${input.currency} ${input.amount.toLocaleString("en-KE")}`,
          purpose: input.purpose,
          due: formatDate(due, "en"),
        },
      });
    return reference;
  }
}
