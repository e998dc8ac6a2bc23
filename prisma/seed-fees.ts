// Demo fees and refund claims (issue 19 §2): something for each reader to find. Irene (the demo
// worker) paid the agency for her medical: a claim the agency must answer. Beatrice in Riyadh was
// refunded a processing fee; Caroline paid a broker the agency disowns: a dispute for NEA.
import type { PrismaClient } from "../app/generated/prisma/client";
import { checkPayment, formatRefundReference, type FeePurpose } from "../app/domain/fees/fee.rules";
import { formatCaseReference } from "../app/domain/cases/case.rules";
import { formatComplaintReference } from "../app/domain/complaints/complaints.workflow";

const DAY = 86_400_000;

/** The approved terms of a demo domestic worker's contract (every field a contract page reads). */
export const demoTerms = (currency: string) => ({
  monthlyWage: 1500,
  currency,
  dailyHours: 8,
  weeklyRestDays: 1,
  annualLeaveDays: 30,
  durationMonths: 24,
  probationDays: 30,
  housingProvided: true,
  foodProvided: true,
  passportHeldBy: "WORKER",
  workerPaidRecruitmentFees: 0,
  costsPaidByWorker: [],
  returnTicketPaidBy: "EMPLOYER",
  endOfServiceDaysPerYear: 21,
});

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

/** Takes `n` numbers of a yearly counter at once: the first of them. */
async function takeNumbers(db: PrismaClient, name: string, n: number) {
  const row = await db.counter.upsert({
    where: { name },
    create: { name, value: n },
    update: { value: { increment: n } },
  });
  return row.value - n + 1;
}

type DemoRecord = {
  licenceNo: string;
  country: "SA" | "QA" | "OM" | "KW" | "AE";
  mission: string;
  deployed: number;
  /** Of every three check-ins due, how many each worker answered. */
  answeredOfThree: number;
  cases: Partial<Record<"UNPAID_WAGES" | "PASSPORT_CONFISCATED" | "ABUSE" | "OVERWORK", number>>;
  substitutions: number;
  upheld: number;
  /** Refund claims: amount in KES and days to refund (null: not refunded). */
  claims: { amount: number; refundedAfter: number | null }[];
  /** Workers' ratings (1–5), each given 45 days after arrival; the first `recommend` would recommend. */
  ratings: { scores: number[]; recommend: number };
};

/**
 * Scorecards for several demo agencies (issue 19 §3): enough deployments to publish rates, and
 * records that differ — a careful agency, a revoked one whose workers suffered, a suspended one in
 * between. The demo agency itself stays below the minimum, so its page shows why no rate is given.
 */
const RECORDS: DemoRecord[] = [
  {
    licenceNo: "NEA/PEA/DEMO/002",
    country: "SA",
    mission: "riyadh",
    deployed: 48,
    answeredOfThree: 3,
    cases: { OVERWORK: 1, UNPAID_WAGES: 1 },
    substitutions: 0,
    upheld: 0,
    claims: [{ amount: 12_000, refundedAfter: 5 }],
    ratings: { scores: [5, 5, 4, 5, 4, 4, 5, 3, 5, 4, 5, 4, 4, 5, 5, 4], recommend: 14 },
  },
  {
    licenceNo: "NEA/PEA/DEMO/003",
    country: "SA",
    mission: "riyadh",
    deployed: 30,
    answeredOfThree: 1,
    cases: { UNPAID_WAGES: 6, PASSPORT_CONFISCATED: 5, ABUSE: 3, OVERWORK: 2 },
    substitutions: 7,
    upheld: 4,
    claims: [
      { amount: 60_000, refundedAfter: null },
      { amount: 45_000, refundedAfter: null },
      { amount: 50_000, refundedAfter: 40 },
      { amount: 35_000, refundedAfter: null },
    ],
    ratings: { scores: [1, 2, 1, 1, 3, 2, 1, 2, 1, 1, 2, 1], recommend: 1 },
  },
  {
    licenceNo: "NEA/PEA/DEMO/005",
    country: "QA",
    mission: "doha",
    deployed: 25,
    answeredOfThree: 2,
    cases: { UNPAID_WAGES: 2, OVERWORK: 2 },
    substitutions: 2,
    upheld: 1,
    claims: [
      { amount: 20_000, refundedAfter: 12 },
      { amount: 15_000, refundedAfter: null },
    ],
    // Fewer than the minimum: its page says no average can be published yet.
    ratings: { scores: [3, 4, 2, 3, 4, 3], recommend: 3 },
  },
];

export async function seedDemoScorecards(db: PrismaClient) {
  if (await db.employer.findFirst({ where: { identifier: { startsWith: "SC-DEMO-" } } })) return;
  const year = new Date().getUTCFullYear();
  for (const [a, r] of RECORDS.entries()) {
    const agency = await db.agency.findUnique({ where: { licenceNo: r.licenceNo } });
    const mission = await db.mission.findUnique({ where: { slug: r.mission } });
    if (!agency || !mission) continue;
    const employer = await db.employer.create({
      data: {
        agencyId: agency.id,
        kind: "HOUSEHOLD",
        name: `Demo Household ${a + 1} (fictional)`,
        countryCode: r.country,
        city: r.country === "QA" ? "Doha" : "Riyadh",
        identifier: `SC-DEMO-${a + 1}`,
      },
    });
    const order = await db.jobOrder.create({
      data: {
        agencyId: agency.id,
        employerId: employer.id,
        countryCode: r.country,
        jobCategory: "DOMESTIC_WORKER",
        title: "Domestic worker",
        positions: r.deployed,
        positionsFilled: r.deployed,
        offeredWage: 1500,
        currency: r.country === "QA" ? "QAR" : "SAR",
        validUntil: new Date(Date.now() - 30 * DAY),
        status: "EXPIRED",
        decidedAt: new Date(Date.now() - 400 * DAY),
      },
    });
    const workers = await db.worker.createManyAndReturn({
      data: Array.from({ length: r.deployed }, (_, i) => ({
        firstName: `Demo${a + 1}`,
        lastName: `Worker ${i + 1} (fictional)`,
        languages: ["sw"],
      })),
      select: { id: true },
    });
    // Arrivals spread over the last 20 months (233 and 570 share no factor: no two alike).
    const arrived = (i: number) => new Date(Date.now() - (30 + ((i * 233) % 570)) * DAY);
    const terms = demoTerms(order.currency);
    const contracts = await db.contract.createManyAndReturn({
      data: workers.map((w, i) => ({
        reference: `KS-K-SC${a + 1}-${String(i + 1).padStart(4, "0")}`,
        workerId: w.id,
        agencyId: agency.id,
        employerId: employer.id,
        jobOrderId: order.id,
        countryCode: r.country,
        jobCategory: "DOMESTIC_WORKER" as const,
        status: "COMPLETED" as const,
        terms,
        startDate: arrived(i),
        substitutionReportedAt:
          i < r.substitutions ? new Date(arrived(i).getTime() + 3 * DAY) : null,
      })),
      select: { id: true, workerId: true, startDate: true },
    });
    const regs = await db.missionRegistration.createManyAndReturn({
      data: contracts.map((c) => ({
        workerId: c.workerId,
        contractId: c.id,
        missionId: mission.id,
        employerId: employer.id,
        agencyId: agency.id,
        // Back home, most of them: the mission's list of workers abroad stays the demo's own.
        status: "RETURNED" as const,
        arrivedAt: c.startDate,
      })),
      select: { id: true, arrivedAt: true, workerId: true },
    });
    await db.checkIn.createMany({
      data: regs.flatMap((g) =>
        [3, 30, 90].map((d, n) => {
          const dueAt = new Date(g.arrivedAt!.getTime() + d * DAY);
          const answered = n < r.answeredOfThree;
          return {
            registrationId: g.id,
            dueAt,
            answeredAt: answered ? dueAt : null,
            channel: answered ? ("WEB" as const) : null,
            outcome: answered ? ("OK" as const) : null,
          };
        }),
      ),
    });
    const cases = Object.entries(r.cases).flatMap(([category, n]) =>
      Array.from({ length: n }, () => category),
    );
    let caseNo = await takeNumbers(db, `case:${year}`, cases.length);
    await db.case.createMany({
      data: cases.map((category, i) => {
        const g = regs[i % regs.length]!;
        const at = new Date(g.arrivedAt!.getTime() + 20 * DAY);
        return {
          reference: formatCaseReference(year, caseNo++),
          workerId: g.workerId,
          registrationId: g.id,
          missionId: mission.id,
          employerId: employer.id,
          agencyId: agency.id,
          category: category as "UNPAID_WAGES",
          priority: "HIGH" as const,
          status: "RESOLVED" as const,
          raisedBy: "WORKER" as const,
          description: "A demo case for the agency's scorecard. (fictional)",
          createdAt: at,
          dueAt: at,
        };
      }),
    });
    let complaintNo = await takeNumbers(db, `complaint:${year}`, r.upheld);
    for (let i = 0; i < r.upheld; i++)
      await db.complaint.create({
        data: {
          reference: formatComplaintReference(year, complaintNo++),
          subject: "AGENCY",
          agencyId: agency.id,
          description: "A demo complaint NEA upheld. (fictional)",
          status: "UPHELD",
          decidedAt: new Date(Date.now() - (40 + i * 30) * DAY),
        },
      });
    // Ratings, four a month (a month with fewer than three is not published), from workers who
    // had arrived before they rated, all long enough ago to be published (rating.rules.ts).
    const unused = [...regs];
    const rated = r.ratings.scores.flatMap((score, i) => {
      const at = new Date(Date.now() - (75 + Math.floor(i / 4) * 31) * DAY);
      const k = unused.findIndex((g) => g.arrivedAt!.getTime() < at.getTime() - 10 * DAY);
      if (k < 0) return [];
      const [g] = unused.splice(k, 1);
      return [{ registrationId: g!.id, score, at, recommend: i < r.ratings.recommend }];
    });
    await db.agencyRating.createMany({
      data: rated.map((x) => ({
        registrationId: x.registrationId,
        agencyId: agency.id,
        score: x.score,
        recommend: x.recommend,
        ratedAt: x.at,
      })),
    });
    let refundNo = await takeNumbers(db, `refund:${year}`, r.claims.length);
    for (const [i, cl] of r.claims.entries()) {
      const c = contracts[i]!;
      const opened = new Date(Date.now() - (60 + i * 20) * DAY);
      const payment = await db.feePayment.create({
        data: {
          workerId: c.workerId,
          contractId: c.id,
          amount: cl.amount,
          currency: "KES",
          paidOn: new Date(opened.getTime() - 90 * DAY),
          purpose: "RECRUITMENT_FEE",
          paidTo: "AGENCY",
          findings: ["FEE-01", "UNDECLARED"],
          createdAt: opened,
        },
      });
      const refunded = cl.refundedAfter !== null;
      await db.refundClaim.create({
        data: {
          reference: formatRefundReference(year, refundNo++),
          paymentId: payment.id,
          agencyId: agency.id,
          workerId: c.workerId,
          amount: cl.amount,
          currency: "KES",
          createdAt: opened,
          dueAt: new Date(opened.getTime() + 14 * DAY),
          status: refunded ? "REFUNDED" : "DISPUTED",
          overdueAt: refunded ? null : new Date(opened.getTime() + 14 * DAY),
          refundRef: refunded ? `RDEMO${a}${i}XYZ` : null,
          refundedAt: refunded ? new Date(opened.getTime() + cl.refundedAfter! * DAY) : null,
        },
      });
    }
  }
}
