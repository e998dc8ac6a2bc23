// A verified job order of a fresh agency, its clerk, and a worker with an account and a record
// (surname Otieno, born 1996-02-02), ready for contracts; and terms that pass the Qatar rule set.
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import type { ContractTerms } from "~/domain/contracts/contracts.schema";
import { createAgency } from "./agencies";
import { createUser } from "./users";

export async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

/** A household employer in Doha and a verified nanny job order of `agencyId`. */
export async function verifiedJobOrder(agencyId: string, positions = 2, offeredWage = 1200) {
  const employer = await db.employer.create({
    data: { agencyId, kind: "HOUSEHOLD", name: "Family", countryCode: "QA", city: "Doha" },
  });
  const jo = await db.jobOrder.create({
    data: {
      agencyId,
      employerId: employer.id,
      countryCode: "QA",
      jobCategory: "DOMESTIC_WORKER",
      title: "Nanny",
      positions,
      offeredWage,
      currency: "QAR",
      validUntil: new Date(Date.now() + 90 * 86400_000),
      status: "VERIFIED",
    },
  });
  return { employer, jo };
}

let n = 0;
export async function setup(positions = 2) {
  n += 1;
  const agency = await createAgency({
    countries: ["QA"],
    email: `k${n}-${Date.now()}@agency.test`,
  });
  const staff = await login(
    await db.user.create({
      data: {
        email: `cs-${agency.id}@test.ke`,
        name: "Clerk",
        role: "AGENCY_STAFF",
        passwordHash: "x",
        agencyId: agency.id,
      },
    }),
  );
  const { employer, jo } = await verifiedJobOrder(agency.id, positions);
  const workerUser = await createUser("WORKER");
  const nationalId = String(30000000 + Math.floor(Math.random() * 9_999_999));
  await db.worker.create({
    data: {
      userId: workerUser.id,
      firstName: "Amina",
      lastName: "Otieno",
      nationalId,
      dateOfBirth: new Date("1996-02-02T00:00:00Z"),
      email: workerUser.email,
    },
  });
  return { agency, staff, jo, employer, worker: await login(workerUser), nationalId };
}

export const goodTerms = (over: Partial<ContractTerms> = {}): ContractTerms => ({
  monthlyWage: 1500,
  currency: "QAR",
  dailyHours: 9,
  weeklyRestDays: 1,
  annualLeaveDays: 21,
  durationMonths: 24,
  probationDays: 30,
  housingProvided: true,
  foodProvided: true,
  passportHeldBy: "WORKER",
  workerPaidRecruitmentFees: 0,
  costsPaidByWorker: [],
  returnTicketPaidBy: "EMPLOYER",
  endOfServiceDaysPerYear: 21,
  startDate: new Date(Date.now() + 40 * 86400_000).toISOString().slice(0, 10),
  ...over,
});
