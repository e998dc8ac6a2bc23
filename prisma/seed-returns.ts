// Demo returns home (issue 20 §3): NEA's directory of reintegration services, the scorecard
// agencies' workers back home with their debriefs, so each agency's page shows what its workers
// said (a careful agency, a revoked one whose workers were not paid, one with too few answers yet),
// and a worker abroad with an account, who can come home and answer her debrief herself.
import type { PrismaClient } from "../app/generated/prisma/client";
import type { ReturnReason } from "../app/generated/prisma/enums";
import { nairobiToday } from "../app/utils/validation";

const DAY = 86_400_000;

export const DEMO_WORKER_ABROAD = "abroad@demo.kazisalama.ke";

/**
 * An account for Caroline (fictional), in Riyadh for ten days (seedDemoMission): she can record
 * coming home early, answer her debrief, agree to the help it suggests or ask for more, in
 * Kiswahili. Skipped if she already has one.
 */
export async function seedDemoWorkerAbroad(db: PrismaClient, passwordHash: string) {
  const caroline = await db.worker.findFirst({
    where: { nationalId: "31000102", userId: null },
    select: { id: true },
  });
  if (!caroline) return;
  const user = await db.user.upsert({
    where: { email: DEMO_WORKER_ABROAD },
    create: {
      email: DEMO_WORKER_ABROAD,
      name: "Caroline Auma (fictional)",
      role: "WORKER",
      passwordHash,
      emailVerifiedAt: new Date(),
      locale: "sw",
    },
    update: {},
  });
  await db.worker.update({
    where: { id: caroline.id },
    data: { userId: user.id, email: DEMO_WORKER_ABROAD },
  });
}

/**
 * NEA's directory of reintegration services (issue 20 §3), demo entries only: every name says
 * "(demo)" and the numbers are the demo range, so nobody calls a real service from a demo.
 */
export async function seedDemoReintegration(db: PrismaClient) {
  if (await db.reintegrationService.count()) return;
  await db.reintegrationService.createMany({
    data: [
      {
        name: "Returnee counselling line (demo)",
        kind: "COUNSELLING",
        counties: [],
        phone: "0700 000 101",
      },
      {
        name: "Nairobi legal aid clinic (demo)",
        kind: "LEGAL_AID",
        counties: [47],
        phone: "0700 000 102",
        address: "Nairobi",
      },
      {
        name: "Coast legal aid clinic (demo)",
        kind: "LEGAL_AID",
        counties: [1, 2, 3],
        phone: "0700 000 103",
        address: "Mombasa",
      },
      {
        name: "Skills certification desk (demo)",
        kind: "SKILLS_RECOGNITION",
        counties: [],
        phone: "0700 000 104",
      },
      {
        name: "Small business training (demo)",
        kind: "BUSINESS_TRAINING",
        counties: [],
        phone: "0700 000 105",
      },
      {
        name: "Returnee health clinic (demo)",
        kind: "HEALTH",
        counties: [47],
        phone: "0700 000 106",
        address: "Nairobi",
      },
    ],
  });
}

/** One worker's debrief; unset answers are the good ones. `early`: she came home early, and why. */
type Said = {
  early?: ReturnReason;
  unpaid?: true;
  passportKept?: true;
  breached?: true;
  abused?: true;
  notAgain?: true;
  otherAgency?: true;
};

const times = (n: number, s: Said = {}) => Array.from({ length: n }, () => s);

const DEBRIEFS: Record<string, Said[]> = {
  // The careful agency.
  "NEA/PEA/DEMO/002": [...times(10), { breached: true, otherAgency: true }, { early: "FAMILY" }],
  // The revoked agency: wages not paid, passports kept, workers sent home.
  "NEA/PEA/DEMO/003": [
    ...times(2, { unpaid: true, breached: true, otherAgency: true }),
    ...times(2, { passportKept: true, otherAgency: true }),
    {},
    ...times(4, { early: "UNPAID_WAGES", unpaid: true, passportKept: true, breached: true }),
    ...times(3, {
      early: "ABUSE",
      abused: true,
      passportKept: true,
      breached: true,
      notAgain: true,
    }),
  ],
  // Fewer than the minimum: its page says no share can be published yet.
  "NEA/PEA/DEMO/005": times(5),
};

/**
 * The scorecard agencies' workers (seed-fees.ts) back home, each with her debrief: four a month
 * (a month with fewer than three is not published), all old enough to be published, the most
 * recent first. A worker home on time had a 12-month contract (the demo's arrivals are all within
 * 20 months); an early one says why. Those home on time come first: they need the oldest arrivals.
 */
export async function seedDemoScorecardReturns(db: PrismaClient) {
  if (
    await db.workerReturn.findFirst({
      where: { registration: { employer: { identifier: { startsWith: "SC-DEMO-" } } } },
    })
  )
    return;
  for (const [licenceNo, said] of Object.entries(DEBRIEFS)) {
    const agency = await db.agency.findUnique({ where: { licenceNo }, select: { id: true } });
    if (!agency) continue;
    const regs = await db.missionRegistration.findMany({
      where: { agencyId: agency.id, employer: { identifier: { startsWith: "SC-DEMO-" } } },
      select: {
        id: true,
        workerId: true,
        missionId: true,
        arrivedAt: true,
        contract: { select: { id: true, countryCode: true, terms: true } },
      },
      orderBy: { arrivedAt: "asc" },
    });
    const recorder = await db.user.findFirst({
      where: { role: "LABOUR_ATTACHE", missionId: regs[0]?.missionId },
      select: { id: true },
    });
    if (!recorder) continue;
    const unused = [...regs];
    for (const [i, s] of said.entries()) {
      const at = new Date(Date.now() - (75 + Math.floor(i / 4) * 31) * DAY);
      const landed = new Date(at.getTime() - 3 * DAY);
      const yearOn = (d: Date) => new Date(d.getTime() + 365 * DAY);
      // The latest arrival that fits: older ones are kept for the older months.
      let k = -1;
      for (let j = unused.length - 1; j >= 0 && k < 0; j--) {
        const arrived = unused[j]!.arrivedAt!;
        if (s.early ? arrived.getTime() < landed.getTime() - 60 * DAY : yearOn(arrived) <= landed)
          k = j;
      }
      if (k < 0) continue;
      const [g] = unused.splice(k, 1);
      const returnedOn = s.early ? landed : yearOn(g!.arrivedAt!);
      await db.contract.update({
        where: { id: g!.contract.id },
        data: {
          status: s.early ? "REPATRIATED" : "COMPLETED",
          ...(s.early ? {} : { terms: { ...(g!.contract.terms as object), durationMonths: 12 } }),
        },
      });
      await db.workerReturn.create({
        data: {
          registrationId: g!.id,
          workerId: g!.workerId,
          agencyId: agency.id,
          missionId: g!.missionId,
          countryCode: g!.contract.countryCode,
          returnedOn: new Date(`${nairobiToday(returnedOn)}T00:00:00Z`),
          early: !!s.early,
          reason: s.early ?? "CONTRACT_ENDED",
          recordedBy: "MISSION",
          recordedById: recorder.id,
          createdAt: returnedOn,
          debrief: {
            create: {
              paidInFull: !s.unpaid,
              passportKept: !!s.passportKept,
              contractRespected: !s.breached,
              abused: !!s.abused,
              goAgain: s.notAgain ? "NO" : "YES",
              sameAgency: s.notAgain ? null : !s.otherAgency,
              skills: ["COOKING", "CHILDCARE"],
              answeredBy: "MISSION",
              answeredById: recorder.id,
              createdAt: at,
            },
          },
        },
      });
    }
  }
}
