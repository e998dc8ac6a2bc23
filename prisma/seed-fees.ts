// Demo fees and refund claims (issue 19 §2): something for each reader to find. Irene (the demo
// worker) paid the agency for her medical: a claim the agency must answer. Beatrice in Riyadh was
// refunded a processing fee; Caroline paid a broker the agency disowns: a dispute for NEA.
import type { PrismaClient } from "../app/generated/prisma/client";
import { checkPayment, formatRefundReference, type FeePurpose } from "../app/domain/fees/fee.rules";

const DAY = 86_400_000;

export async function seedDemoFees(db: PrismaClient, agencyId: string) {
  if (await db.feePayment.findFirst({ select: { id: true } })) return;
  const contracts = await db.contract.findMany({
    where: { agencyId, status: { not: "DRAFT" } },
    select: {
      id: true,
      workerId: true,
      countryCode: true,
      worker: { select: { email: true, firstName: true, userId: true } },
    },
  });
  const of = (pick: (c: (typeof contracts)[number]) => boolean) => contracts.find(pick);
  const irene = of((c) => c.worker.email === "worker@demo.kazisalama.ke");
  const beatrice = of((c) => c.worker.firstName === "Beatrice");
  const caroline = of((c) => c.worker.firstName === "Caroline");
  const year = new Date().getUTCFullYear();
  let seq = 0;
  const claim = async (
    c: (typeof contracts)[number] | undefined,
    p: {
      amount: number;
      purpose: FeePurpose;
      daysAgo: number;
      person?: { name: string; phone: string };
      mpesaRef?: string;
      claim: Record<string, unknown> & { status: "OPEN" | "REFUNDED" | "DISPUTED" };
    },
  ) => {
    if (!c) return;
    const paidTo = p.person ? "PERSON" : "AGENCY";
    const verdict = checkPayment(
      { purpose: p.purpose, amount: p.amount, currency: "KES", paidTo },
      c.countryCode,
      { recruitmentFee: 0, costs: [] },
    );
    const opened = new Date(Date.now() - p.daysAgo * DAY);
    const payment = await db.feePayment.create({
      data: {
        workerId: c.workerId,
        contractId: c.id,
        amount: p.amount,
        currency: "KES",
        paidOn: new Date(opened.getTime() - 60 * DAY),
        purpose: p.purpose,
        paidTo,
        payeeName: p.person?.name ?? null,
        payeePhone: p.person?.phone ?? null,
        mpesaRef: p.mpesaRef ?? null,
        findings: verdict.findings,
        recordedById: c.worker.userId,
        createdAt: opened,
      },
    });
    seq += 1;
    await db.refundClaim.create({
      data: {
        reference: formatRefundReference(year, seq),
        paymentId: payment.id,
        agencyId,
        workerId: c.workerId,
        amount: p.amount,
        currency: "KES",
        dueAt: new Date(opened.getTime() + 14 * DAY),
        createdAt: opened,
        ...p.claim,
      },
    });
  };
  await claim(irene, {
    amount: 8500,
    purpose: "MEDICAL",
    daysAgo: 4,
    mpesaRef: "QK45DEMO01",
    claim: { status: "OPEN" },
  });
  await claim(beatrice, {
    amount: 30000,
    purpose: "RECRUITMENT_FEE",
    daysAgo: 60,
    mpesaRef: "QJ88DEMO02",
    claim: {
      status: "REFUNDED",
      refundRef: "RJ55DEMO03",
      answeredAt: new Date(Date.now() - 52 * DAY),
      workerAnsweredAt: new Date(Date.now() - 50 * DAY),
      refundedAt: new Date(Date.now() - 50 * DAY),
    },
  });
  await claim(caroline, {
    amount: 40000,
    purpose: "RECRUITMENT_FEE",
    daysAgo: 9,
    person: { name: "John Mwangi (fictional)", phone: "254711000999" },
    claim: {
      status: "DISPUTED",
      disputeReason: "This man is not our employee and we never received this money. (fictional)",
      answeredAt: new Date(Date.now() - 7 * DAY),
    },
  });
  // Real claims are numbered after the demo's.
  await db.counter.upsert({
    where: { name: `refund:${year}` },
    create: { name: `refund:${year}`, value: seq },
    update: { value: { increment: seq } },
  });
}
