// The labour attaché's side of a worker's registration with the mission: the list of workers
// registered with the attaché's own mission (cursor pagination, indexed filters), one worker's page
// with the approved contract terms and check-ins, and the steps an attaché takes (confirm arrival,
// change status, record a visit). Another mission's workers look exactly like records that do not
// exist. Every view of a worker's personal data is audited.
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { recordView } from "~/domain/audit/views.server";
import { notifyWorker } from "~/notifications/notify.server";
import { isUuid, nairobiToday } from "~/utils/validation";
import { maskTail } from "~/domain/workers/profile.schema";
import {
  expectsCheckIns,
  isOverdue,
  checkInDue,
  statusFormMoves,
  type RegistrationStatus,
} from "./checkin.rules";
import { DomainError } from "~/domain/errors";
import { missionNames } from "~/i18n/mission-name";
import { forbidden, notFound } from "~/utils/http.server";

export const actorOf = (u: User) => ({ id: u.id, role: u.role });
export const MISSION_PAGE = 50;

function ownMission(actor: User) {
  if (!can(actor, "mission:workers") || !actor.missionId) throw forbidden();
  return actor.missionId;
}

export type WorkerFilter = {
  status?: RegistrationStatus;
  employerId?: string;
  agencyId?: string;
  city?: string;
  overdue?: boolean;
  /** Exact passport or national ID number. */
  q?: string;
  after?: string | null;
};

/** The cursor for the overdue list is "due time|id" (oldest due first); for the others, the id. */
function cursorWhere(f: WorkerFilter): Prisma.MissionRegistrationWhereInput {
  if (!f.after) return {};
  if (f.overdue) {
    const [ms, id] = f.after.split("|");
    const due = new Date(Number(ms));
    if (!isUuid(id) || Number.isNaN(due.getTime())) return {};
    return { OR: [{ nextCheckInDue: { gt: due } }, { nextCheckInDue: due, id: { gt: id } }] };
  }
  return isUuid(f.after) ? { id: { lt: f.after } } : {};
}

/** Workers registered with the attaché's mission, one page at a time. The view is audited. */
export async function listMissionWorkers(actor: User, f: WorkerFilter, ctx: RequestContext) {
  const missionId = ownMission(actor);
  const now = new Date();
  const identity = f.q
    ? await db.worker.findFirst({
        where: { OR: [{ passportNo: f.q.toUpperCase() }, { nationalId: f.q }] },
        select: { id: true },
      })
    : null;
  const where: Prisma.MissionRegistrationWhereInput = {
    missionId,
    ...(f.status ? { status: f.status } : {}),
    ...(f.employerId && isUuid(f.employerId) ? { employerId: f.employerId } : {}),
    ...(f.agencyId && isUuid(f.agencyId) ? { agencyId: f.agencyId } : {}),
    ...(f.city ? { city: f.city } : {}),
    ...(f.overdue ? { nextCheckInDue: { lt: now } } : {}),
    ...(f.q ? { workerId: identity?.id ?? "00000000-0000-0000-0000-000000000000" } : {}),
    ...cursorWhere(f),
  };
  const rows = await db.missionRegistration.findMany({
    where,
    orderBy: f.overdue ? [{ nextCheckInDue: "asc" }, { id: "asc" }] : { id: "desc" },
    take: MISSION_PAGE + 1,
    select: {
      id: true,
      status: true,
      city: true,
      nextCheckInDue: true,
      arrivedAt: true,
      createdAt: true,
      worker: { select: { firstName: true, lastName: true, passportNo: true } },
      employer: { select: { name: true, kind: true } },
      agency: { select: { name: true } },
    },
  });
  const page = rows.slice(0, MISSION_PAGE);
  const last = page[page.length - 1];
  const next =
    rows.length > MISSION_PAGE && last
      ? f.overdue
        ? `${last.nextCheckInDue!.getTime()}|${last.id}`
        : last.id
      : null;
  await recordView(db, {
    actor: actorOf(actor),
    action: "worker.personal_data_viewed",
    entityType: "Mission",
    entityId: missionId,
    summary: {
      purpose: "mission_worker_list",
      shown: page.length,
      filters: { ...f, after: undefined },
    },
    ctx,
  });
  return {
    workers: page.map((r) => ({
      id: r.id,
      status: r.status,
      city: r.city,
      name: `${r.worker.firstName} ${r.worker.lastName}`,
      passport: maskTail(r.worker.passportNo),
      employer: r.employer.name ?? "—",
      agency: r.agency.name,
      nextCheckInDue: r.nextCheckInDue?.toISOString() ?? null,
      overdue: !!r.nextCheckInDue && r.nextCheckInDue < now,
    })),
    next,
  };
}

/**
 * What the filter form needs, at any scale: the mission, the names of the employer and agency being
 * filtered on (those filters are reached by links from a worker's page, never from a list of
 * thousands), and the cities of employers in the mission's countries as typing suggestions.
 */
export async function missionFilterOptions(
  actor: User,
  current: { employerId?: string; agencyId?: string },
) {
  const missionId = ownMission(actor);
  const mission = await db.mission.findUniqueOrThrow({
    where: { id: missionId },
    select: { name: true, countries: { select: { countryCode: true } } },
  });
  const countries = mission.countries.map((c) => c.countryCode);
  const [employer, agency, cities] = await Promise.all([
    current.employerId && isUuid(current.employerId)
      ? db.employer.findFirst({
          where: { id: current.employerId, countryCode: { in: countries } },
          select: { name: true, city: true },
        })
      : null,
    current.agencyId && isUuid(current.agencyId)
      ? db.agency.findUnique({ where: { id: current.agencyId }, select: { name: true } })
      : null,
    db.$queryRaw<
      { city: string }[]
    >`SELECT DISTINCT "city" FROM "Employer" WHERE "countryCode" = ANY(${countries}) ORDER BY "city" LIMIT 200`,
  ]);
  return {
    mission: { name: mission.name, countries },
    employer: employer ? `${employer.name}, ${employer.city}` : null,
    agency: agency?.name ?? null,
    cities: cities.map((c) => c.city),
  };
}

export async function registrationInScope(client: Tx | typeof db, actor: User, id: string) {
  const missionId = ownMission(actor);
  if (!isUuid(id)) throw notFound();
  const r = await client.missionRegistration.findUnique({
    where: { id },
    select: {
      id: true,
      missionId: true,
      status: true,
      arrivedAt: true,
      workerId: true,
      contractId: true,
    },
  });
  // Another mission's worker is answered exactly like a worker who does not exist.
  if (!r || r.missionId !== missionId) throw notFound();
  return r;
}

/** One worker's page for the attaché: details abroad, next of kin (with consent), approved terms, check-ins. Audited. */
export async function missionWorker(actor: User, id: string, ctx: RequestContext) {
  await registrationInScope(db, actor, id);
  const r = await db.missionRegistration.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      status: true,
      city: true,
      addressAbroad: true,
      phoneAbroad: true,
      employerContact: true,
      arrivedAt: true,
      nextCheckInDue: true,
      createdAt: true,
      workerId: true,
      worker: {
        select: {
          firstName: true,
          lastName: true,
          passportNo: true,
          passportExpiry: true,
          dateOfBirth: true,
          phone: true,
          languages: true,
          nextOfKin: {
            where: { consentAt: { not: null } },
            select: { name: true, relation: true, phone: true, email: true },
            take: 1,
          },
        },
      },
      contract: {
        select: {
          id: true,
          reference: true,
          terms: true,
          termsHash: true,
          startDate: true,
          countryCode: true,
          status: true,
          clearance: { select: { code: true } },
        },
      },
      employer: {
        select: {
          id: true,
          name: true,
          kind: true,
          city: true,
          watchListed: true,
          watchReason: true,
        },
      },
      agency: { select: { id: true, name: true, licenceNo: true, status: true } },
      checkIns: {
        orderBy: { dueAt: "desc" },
        take: 50,
        select: {
          id: true,
          dueAt: true,
          answeredAt: true,
          channel: true,
          outcome: true,
          note: true,
        },
      },
      unverifiedCheckIns: {
        orderBy: { at: "desc" },
        take: 20,
        select: { id: true, at: true, channel: true, outcome: true, reason: true },
      },
      cases: {
        orderBy: { createdAt: "desc" },
        take: 50,
        select: {
          id: true,
          reference: true,
          category: true,
          status: true,
          priority: true,
          createdAt: true,
        },
      },
    },
  });
  await recordView(db, {
    actor: actorOf(actor),
    action: "worker.personal_data_viewed",
    entityType: "Worker",
    entityId: r.workerId,
    summary: { purpose: "mission_worker_page", registrationId: id },
    ctx,
  });
  const now = new Date();
  return {
    ...r,
    checkIns: r.checkIns.map((c) => ({ ...c, overdue: isOverdue(c, now) })),
    moves: statusFormMoves(r.status),
  };
}

/**
 * The attaché confirms the worker has arrived (on the date given, not in the future): the first
 * check-in is scheduled, the contract moves to ARRIVED, and the worker and the agency are told.
 */
export async function confirmArrival(
  actor: User,
  id: string,
  arrivedOn: Date,
  ctx: RequestContext,
) {
  return transaction(async (tx) => {
    const r = await registrationInScope(tx, actor, id);
    await tx.$executeRaw`SELECT 1 FROM "MissionRegistration" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const fresh = await tx.missionRegistration.findUniqueOrThrow({
      where: { id },
      select: { status: true },
    });
    if (fresh.status !== "PRE_REGISTERED")
      throw new DomainError("mission.error.alreadyArrived", { kind: "conflict" });
    const first = checkInDue(arrivedOn, 0);
    await tx.missionRegistration.update({
      where: { id },
      data: {
        status: "ARRIVED",
        arrivedAt: arrivedOn,
        confirmedById: actor.id,
        nextCheckInDue: first,
      },
    });
    await tx.checkIn.create({ data: { registrationId: id, dueAt: first } });
    await tx.contract.updateMany({
      where: { id: r.contractId, status: { in: ["SIGNED", "DEPARTED"] } },
      data: { status: "ARRIVED" },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "mission.arrival_confirmed",
      entityType: "MissionRegistration",
      entityId: id,
      summary: {
        arrivedOn: nairobiToday(arrivedOn),
        firstCheckIn: first.toISOString(),
      },
      ctx,
    });
    const mission = await tx.mission.findUniqueOrThrow({
      where: { id: actor.missionId! },
      select: { name: true, kind: true, city: true },
    });
    await notifyWorker(tx, r.workerId, {
      key: `registration:${id}:arrived`,
      template: "arrivalConfirmed",
      data: { ...missionNames(mission), nextCheckIn: nairobiToday(first) },
    });
  });
}

/** The attaché moves a registration (active, unreachable, returned); returning closes the check-ins. */
export async function changeRegistrationStatus(
  actor: User,
  id: string,
  to: RegistrationStatus,
  note: string,
  ctx: RequestContext,
) {
  await transaction(async (tx) => {
    await registrationInScope(tx, actor, id);
    await tx.$executeRaw`SELECT 1 FROM "MissionRegistration" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const r = await tx.missionRegistration.findUniqueOrThrow({
      where: { id },
      select: { status: true, nextCheckInDue: true },
    });
    if (!statusFormMoves(r.status).includes(to))
      throw new DomainError("mission.error.move", { kind: "conflict" });
    const closes = !expectsCheckIns(to);
    await tx.missionRegistration.update({
      where: { id },
      data: { status: to, ...(closes ? { nextCheckInDue: null } : {}) },
    });
    if (closes) await tx.checkIn.deleteMany({ where: { registrationId: id, answeredAt: null } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "mission.status_changed",
      entityType: "MissionRegistration",
      entityId: id,
      summary: { from: r.status, to, note },
      ctx,
    });
  });
}
