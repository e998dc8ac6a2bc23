// Departure clearance and registration with the mission. The worker sees each condition and what
// to do about it; when all hold, the system issues the clearance and, in the same transaction,
// pre-registers the worker with the Kenyan mission covering the destination.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { notifyContacts, notifyWorker } from "~/notifications/notify.server";
import { normalizePhone } from "~/domain/agencies/normalize";
import { enqueueEmail } from "~/notifications/outbox.server";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";
import { ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { GLOBAL_BASELINE } from "~/domain/compliance/rule-set";
import type { JobCategory } from "~/generated/prisma/enums";
import { NEXT_OF_KIN_CONSENT } from "~/domain/workers/workers.server";
import { isUuid } from "~/utils/validation";
import { clearanceChecks, type ClearanceFacts } from "./clearance.rules";
import {
  contractSelect,
  type ContractRow,
  coveringMission,
  liveStatus,
  missionContactSelect,
  loadContract,
} from "./departure-contract.server";
import type { AbroadInput } from "./departure.schema";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { missionNames } from "~/i18n/mission-name";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Contracts a worker may be cleared for: approved (to sign) and beyond. */
const DEPARTURE_STATES = ["APPROVED", "SIGNED", "DEPARTED", "ARRIVED"] as const;

async function ownWorker(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  return db.worker.findUnique({ where: { userId: actor.id }, select: { id: true } });
}

/** Everything the rules need about a contract, read in one place. */
async function factsFor(
  client: Tx | typeof db,
  c: ContractRow,
  now: Date,
): Promise<ClearanceFacts> {
  const [worker, certificates, kin, consent, mission, ruleSet] = await Promise.all([
    client.worker.findUniqueOrThrow({
      where: { id: c.workerId },
      select: { dateOfBirth: true, passportNo: true, passportExpiry: true },
    }),
    client.certificate.findMany({
      where: { workerId: c.workerId, countryCode: c.countryCode },
      select: { expiresAt: true, revokedAt: true },
    }),
    client.nextOfKin.count({ where: { workerId: c.workerId, consentAt: { not: null } } }),
    client.consent.count({
      where: { workerId: c.workerId, purpose: NEXT_OF_KIN_CONSENT, withdrawnAt: null },
    }),
    coveringMission(client, c.countryCode),
    ruleSetInForce(c.countryCode, c.jobCategory as JobCategory, c.startDate, c.employer.kind),
  ]);
  return {
    now,
    country: c.countryCode,
    startDate: c.startDate,
    agency: {
      status: c.agency.status,
      validUntil: c.agency.validUntil,
      licensedCountries: c.agency.countries.map((x) => x.countryCode),
    },
    jobOrderStatus: c.jobOrder.status,
    contract: { status: c.status, signedAt: c.signedAt, termsHash: c.termsHash },
    certificates,
    worker: { ...worker, nextOfKinWithConsent: kin > 0 && consent > 0 },
    age: {
      min: ruleSet?.rules.minWorkerAge.value ?? GLOBAL_BASELINE.minRecruitmentAge.value,
      max: ruleSet?.rules.maxWorkerAge.value ?? null,
    },
    missionCovers: !!mission,
  };
}

/** The worker's departure page: per contract, each condition, the clearance and the mission registration. */
export async function departureView(actor: User) {
  const me = await ownWorker(actor);
  if (!me) return { contracts: [], returns: [] };
  const now = new Date();
  // Her returns home (issue 20 §3): the contract has ended, so they are listed on their own.
  const returns = await db.workerReturn.findMany({
    where: { workerId: me.id },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: {
      registrationId: true,
      returnedOn: true,
      countryCode: true,
      debrief: { select: { id: true } },
    },
  });
  const rows = await db.contract.findMany({
    where: { workerId: me.id, status: { in: [...DEPARTURE_STATES] } },
    orderBy: { id: "desc" },
    take: 10,
    select: contractSelect,
  });
  const contracts = await Promise.all(
    rows.map(async (c) => {
      const [facts, registration, mission] = await Promise.all([
        factsFor(db, c, now),
        db.missionRegistration.findUnique({
          where: { contractId: c.id },
          select: {
            id: true,
            status: true,
            city: true,
            addressAbroad: true,
            phoneAbroad: true,
            employerContact: true,
            arrivedAt: true,
            nextCheckInDue: true,
            mission: { select: missionContactSelect },
            // The first check-in asks whether the job is what was agreed (issue 19 §1).
            _count: { select: { termsReports: true } },
          },
        }),
        coveringMission(db, c.countryCode),
      ]);
      return {
        id: c.id,
        reference: c.reference,
        status: c.status,
        country: c.countryCode,
        countryName: { en: c.country.nameEn, sw: c.country.nameSw },
        jobTitle: c.jobOrder.title,
        jobCategory: c.jobCategory,
        agency: c.agency.name,
        employer: c.employer.name ?? c.employer.city,
        startDate: c.startDate.toISOString().slice(0, 10),
        checks: clearanceChecks(facts),
        clearance: c.clearance
          ? {
              ...c.clearance,
              issuedAt: c.clearance.issuedAt.toISOString(),
              live: liveStatus(c, now)!,
            }
          : null,
        registration,
        mission,
      };
    }),
  );
  return {
    contracts,
    returns: returns.map((r) => ({
      registrationId: r.registrationId,
      returnedOn: r.returnedOn.toISOString().slice(0, 10),
      country: r.countryCode,
      debriefed: !!r.debrief,
    })),
  };
}

/**
 * Issues the clearance for the worker's own contract when every condition holds, pre-registers the
 * worker with the mission, and tells the worker, the consenting next of kin and the agency.
 * A second request returns the clearance already issued.
 */
export async function issueClearance(
  actor: User,
  contractId: string,
  ctx: RequestContext,
  appUrl: string,
) {
  const me = await ownWorker(actor);
  if (!me || !isUuid(contractId)) throw notFound();
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Contract" WHERE "id" = ${contractId}::uuid FOR UPDATE`;
    const c = await loadContract(tx, contractId);
    if (!c || c.workerId !== me.id) throw notFound();
    if (c.clearance) return { id: c.clearance.id, issued: false };
    const now = new Date();
    const failing = clearanceChecks(await factsFor(tx, c, now))
      .filter((r) => !r.ok)
      .map((r) => r.check);
    if (failing.length) throw new DomainError("departure.error.notReady", { kind: "conflict" });
    const mission = (await coveringMission(tx, c.countryCode))!;
    const code = await uniqueVerificationCode("DEPARTURE_CLEARANCE", (x) =>
      tx.departureClearance.findUnique({ where: { code: x }, select: { id: true } }),
    );
    const clearance = await tx.departureClearance.create({
      data: { code, workerId: me.id, contractId: c.id, issuedAt: now },
      select: { id: true, code: true },
    });
    const reg = await tx.missionRegistration.create({
      data: {
        workerId: me.id,
        contractId: c.id,
        missionId: mission.id,
        employerId: c.employerId,
        agencyId: c.agencyId,
        city: c.employer.city,
        status: "PRE_REGISTERED",
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "departure.clearance_issued",
      entityType: "DepartureClearance",
      entityId: clearance.id,
      summary: { contractId: c.id, country: c.countryCode },
      ctx,
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "mission.pre_registered",
      entityType: "MissionRegistration",
      entityId: reg.id,
      summary: { missionId: mission.id, contractId: c.id },
      ctx,
    });
    await notifyCleared(tx, {
      actor,
      c,
      code: clearance.code,
      clearanceId: clearance.id,
      mission,
      verifyUrl: `${appUrl}/verify/${clearance.code}`,
    });
    return { id: clearance.id, issued: true };
  });
}

async function notifyCleared(
  tx: Tx,
  p: {
    actor: User;
    c: ContractRow;
    code: string;
    clearanceId: string;
    verifyUrl: string;
    mission: NonNullable<Awaited<ReturnType<typeof coveringMission>>>;
  },
) {
  const locale = p.actor.locale === "sw" ? "sw" : "en";
  const worker = await tx.worker.findUniqueOrThrow({
    where: { id: p.c.workerId },
    select: { firstName: true, lastName: true, email: true },
  });
  const contact = (name: string) =>
    [name, p.mission.phone, p.mission.emergencyPhone, p.mission.email].filter(Boolean).join(", ");
  const names = missionNames(p.mission);
  const missionContact = { mission: contact(names.mission), missionSw: contact(names.missionSw) };
  const country = (l: "en" | "sw") => (l === "sw" ? p.c.country.nameSw : p.c.country.nameEn);
  await notifyWorker(tx, p.c.workerId, {
    key: `clearance:${p.clearanceId}:worker`,
    locale,
    template: "clearanceIssued",
    data: { country: country(locale), code: p.code, url: p.verifyUrl, ...missionContact },
  });
  // Next of kin are told only with the worker's consent to share: by email and by SMS, where given.
  const kin = await tx.nextOfKin.findFirst({
    where: { workerId: p.c.workerId, consentAt: { not: null } },
    select: { id: true, email: true, phone: true, name: true },
  });
  if (kin)
    await notifyContacts(
      tx,
      { email: kin.email, phone: normalizePhone(kin.phone), locale: "sw" },
      {
        key: `clearance:${p.clearanceId}:kin`,
        template: "clearanceKin",
        data: {
          kin: kin.name,
          worker: `${worker.firstName} ${worker.lastName}`,
          country: p.c.country.nameSw,
          countryEn: p.c.country.nameEn,
          ...missionContact,
        },
      },
    );
  if (p.c.agency.email) {
    await enqueueEmail(tx, {
      key: `clearance:${p.clearanceId}:agency`,
      to: p.c.agency.email,
      locale: "en",
      template: "clearanceAgency",
      data: {
        reference: p.c.reference,
        worker: `${worker.firstName.slice(0, 1)}. ${worker.lastName}`,
        country: p.c.country.nameEn,
        code: p.code,
      },
    });
  }
}

/** The worker adds or updates where they live and work abroad. */
export async function updateAbroadDetails(
  actor: User,
  registrationId: string,
  input: AbroadInput,
  ctx: RequestContext,
) {
  const me = await ownWorker(actor);
  if (!me || !isUuid(registrationId)) throw notFound();
  await transaction(async (tx) => {
    const r = await tx.missionRegistration.findUnique({
      where: { id: registrationId },
      select: { workerId: true, status: true },
    });
    if (!r || r.workerId !== me.id) throw notFound();
    if (r.status === "RETURNED")
      throw new DomainError("departure.error.returned", { kind: "conflict" });
    await tx.missionRegistration.update({
      where: { id: registrationId },
      data: {
        addressAbroad: input.addressAbroad,
        phoneAbroad: input.phoneAbroad,
        employerContact: input.employerContact ?? null,
        city: input.city,
      },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "mission.details_updated",
      entityType: "MissionRegistration",
      entityId: registrationId,
      summary: { fields: ["addressAbroad", "phoneAbroad", "employerContact", "city"] },
      ctx,
    });
  });
}
