// A worker whose file is complete for departure to a destination: licensed agency, verified job
// order, approved and signed contract, valid certificate, passport, next of kin with consent.
import { randomUUID } from "node:crypto";
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { lucia } from "~/auth/session.server";
import { createUser } from "./users";
import { issueClearance } from "~/domain/departure/departure.server";

export async function login(row: { id: string }): Promise<User> {
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

const day = 86400_000;

export async function readyWorker(
  country: "QA" | "SA" | "AE" = "QA",
  opts: { employerKind?: "HOUSEHOLD" | "COMPANY"; kinEmail?: string | null } = {},
) {
  const tag = randomUUID().slice(0, 8);
  const agency = await db.agency.create({
    data: {
      name: `Ready Agency ${tag}`,
      searchName: `ready agency ${tag}`,
      status: "ACTIVE",
      licenceNo: `NEA/PEA/R/${tag}`,
      email: `agency-${tag}@example.ke`,
      validFrom: new Date(Date.now() - 100 * day),
      validUntil: new Date(Date.now() + 300 * day),
      countries: { create: [{ countryCode: country }] },
    },
  });
  const city = country === "QA" ? "Doha" : country === "SA" ? "Riyadh" : "Dubai";
  const employer = await db.employer.create({
    data: {
      kind: opts.employerKind ?? "COMPANY",
      name: `Employer ${tag}`,
      countryCode: country,
      city,
      agencyId: agency.id,
    },
  });
  const jobOrder = await db.jobOrder.create({
    data: {
      agencyId: agency.id,
      employerId: employer.id,
      countryCode: country,
      jobCategory: "DOMESTIC_WORKER",
      title: "Domestic worker",
      positions: 2,
      offeredWage: 1800,
      currency: "QAR",
      validUntil: new Date(Date.now() + 60 * day),
      status: "VERIFIED",
    },
  });
  const row = await createUser("WORKER");
  const worker = await db.worker.create({
    data: {
      userId: row.id,
      firstName: "Halima",
      lastName: "Chebet",
      nationalId: String(20_000_000 + Math.floor(Math.random() * 70_000_000)),
      email: row.email,
      dateOfBirth: new Date("1995-03-04T00:00:00Z"),
      passportNo: `AK${String(Math.floor(Math.random() * 9_000_000) + 1_000_000)}`,
      passportExpiry: new Date(Date.now() + 900 * day),
    },
  });
  await db.nextOfKin.create({
    data: {
      workerId: worker.id,
      name: "Mama Halima",
      relation: "Mother",
      phone: "254711000111",
      email: opts.kinEmail === undefined ? `kin-${tag}@example.ke` : opts.kinEmail,
      consentAt: new Date(),
    },
  });
  await db.consent.create({ data: { workerId: worker.id, purpose: "next_of_kin" } });
  const contract = await db.contract.create({
    data: {
      reference: `KS-K-R-${tag}`,
      workerId: worker.id,
      agencyId: agency.id,
      employerId: employer.id,
      jobOrderId: jobOrder.id,
      countryCode: country,
      jobCategory: "DOMESTIC_WORKER",
      status: "SIGNED",
      startDate: new Date(Date.now() + 30 * day),
      submittedAt: new Date(),
      decidedAt: new Date(),
      signedAt: new Date(),
      termsHash: "c0ffee".padEnd(64, "0"),
      terms: {
        monthlyWage: 1800,
        currency: "QAR",
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
        startDate: "2027-01-01",
      },
    },
  });
  await db.certificate.create({
    data: {
      code: `3${String(Math.floor(Math.random() * 1e9)).padStart(9, "0")}`,
      workerId: worker.id,
      countryCode: country,
      expiresAt: new Date(Date.now() + 600 * day),
    },
  });
  return { user: await login(row), userRow: row, worker, agency, employer, jobOrder, contract };
}

/** A labour attaché of the Riyadh or Doha mission, logged in. */
export async function attache(slug: "riyadh" | "doha"): Promise<User> {
  const row = await createUser("LABOUR_ATTACHE");
  const mission = await db.mission.findUniqueOrThrow({ where: { slug } });
  await db.user.update({ where: { id: row.id }, data: { missionId: mission.id } });
  return login(row);
}

/** A ready worker whose clearance is issued, so the mission has pre-registered them. */
export async function registered(country: "SA" | "QA") {
  const w = await readyWorker(country);
  await issueClearance(w.user, w.contract.id, { requestId: "test", ip: "10.9.9.14" }, "http://x");
  const reg = await db.missionRegistration.findUniqueOrThrow({
    where: { contractId: w.contract.id },
  });
  return { ...w, reg };
}

/** A worker abroad in Riyadh whose first check-in is overdue, with her phone abroad; `open` counts overdue check-ins. */
export async function overdueWorkerAbroad() {
  const { confirmArrival } = await import("~/domain/mission/mission.server");
  const riyadh = await attache("riyadh");
  const w = await registered("SA");
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000); // the day-3 check-in is overdue
  await confirmArrival(riyadh, w.reg.id, tenDaysAgo, { requestId: "test", ip: "10.9.9.15" });
  const phone = `+9665${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  await db.missionRegistration.update({ where: { id: w.reg.id }, data: { phoneAbroad: phone } });
  const open = () =>
    db.checkIn.count({
      where: { registrationId: w.reg.id, answeredAt: null, dueAt: { lt: new Date() } },
    });
  return { ...w, riyadh, phone, open };
}
