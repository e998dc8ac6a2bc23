// Foreign employers and job orders: an agency registers an employer and submits a job order; NEA
// verifies or rejects it; a verified order gets a verification code and is listed at /jobs so a
// worker can check an advert. NEA or an attaché can watch-list an employer: it then gets no new
// job orders (and, later, no contracts), and its verified orders stop verifying as valid.
import type { User } from "lucia";
import type { JobCategory, JobOrderStatus, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { normalizeEmail, normalizePhone } from "~/domain/agencies/normalize";
import { agencyLocale } from "~/domain/agencies/licensing.server";
import { minimumWage } from "~/domain/compliance/engine";
import { ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { jobOrderStep } from "./joborders.workflow";
import { byId, type QueueSort } from "~/utils/queue-order";
import { isUuid } from "~/utils/validation";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

function ownAgency(actor: User) {
  if (!actor.agencyId || !can(actor, "jobOrder:submit")) throw forbidden();
  return actor.agencyId;
}

// ─────────────── Employers ───────────────

export async function listOwnEmployers(actor: User) {
  const agencyId = ownAgency(actor);
  return db.employer.findMany({
    where: { agencyId },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      kind: true,
      name: true,
      city: true,
      countryCode: true,
      watchListed: true,
      watchReason: true,
    },
  });
}

export async function registerEmployer(
  actor: User,
  input: {
    kind: "HOUSEHOLD" | "COMPANY";
    name: string;
    countryCode: string;
    city: string;
    identifier?: string;
    phone?: string;
    email?: string;
  },
  ctx: RequestContext,
  submissionKey: string | null = null,
) {
  const agencyId = ownAgency(actor);
  const country = await db.country.findUnique({
    where: { code: input.countryCode },
    select: { code: true },
  });
  if (!country) throw new DomainError("jobs.error.country", { field: "countryCode" });
  return transaction(async (tx) => {
    const scope = { key: submissionKey, actorId: actor.id, action: "employer.register" };
    const outcome = await once(
      tx,
      scope,
      () => createEmployer(tx, actor, agencyId, input, ctx),
      (id) => id,
    );
    return outcome.repeated ? outcome.resultRef! : outcome.result;
  });
}

async function createEmployer(
  tx: Tx,
  actor: User,
  agencyId: string,
  input: Parameters<typeof registerEmployer>[1],
  ctx: RequestContext,
) {
  const e = await tx.employer.create({
    data: {
      agencyId,
      kind: input.kind,
      name: input.name,
      countryCode: input.countryCode,
      city: input.city,
      identifier: input.identifier ?? null,
      phone: normalizePhone(input.phone) ?? input.phone ?? null,
      email: normalizeEmail(input.email),
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actor: actorOf(actor),
    action: "employer.registered",
    entityType: "Employer",
    entityId: e.id,
    summary: { country: input.countryCode, kind: input.kind },
    ctx,
  });
  return e.id;
}

// ─────────────── Job orders (agency side) ───────────────

export async function listOwnJobOrders(actor: User) {
  const agencyId = ownAgency(actor);
  return db.jobOrder.findMany({
    where: { agencyId },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      jobCategory: true,
      countryCode: true,
      positions: true,
      positionsFilled: true,
      offeredWage: true,
      currency: true,
      validUntil: true,
      status: true,
      verificationCode: true,
      decisionReason: true,
      employer: { select: { name: true } },
    },
  });
}

export async function submitJobOrder(
  actor: User,
  input: {
    employerId: string;
    jobCategory: JobCategory;
    title: string;
    positions: number;
    offeredWage: number;
    validUntil: string;
  },
  opts: { ctx: RequestContext; submissionKey?: string | null; now?: Date },
) {
  const agencyId = ownAgency(actor);
  const now = opts.now ?? new Date();
  const employer = await db.employer.findFirst({
    where: { id: input.employerId, agencyId },
    select: {
      id: true,
      countryCode: true,
      watchListed: true,
      country: { select: { currency: true } },
    },
  });
  if (!employer) throw new DomainError("jobs.error.employer", { field: "employerId" });
  if (employer.watchListed)
    throw new DomainError("jobs.error.watchListed", { field: "employerId" });
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { status: true, validUntil: true, countries: { select: { countryCode: true } } },
  });
  if (
    agency.status !== "ACTIVE" ||
    !agency.validUntil ||
    agency.validUntil <= now ||
    !agency.countries.some((c) => c.countryCode === employer.countryCode)
  ) {
    throw new DomainError("jobs.error.licence", { field: "employerId" });
  }
  // "Recruiting until 30 April" means to the end of 30 April in Kenya (EAT, UTC+3, no summer time),
  // not until 03:00 on 1 May: shown as a Nairobi date, it must read 30 April.
  const validUntil = new Date(`${input.validUntil}T23:59:59+03:00`);
  if (Number.isNaN(validUntil.getTime()) || validUntil <= now)
    throw new DomainError("jobs.error.validUntil", { field: "validUntil" });
  return transaction(async (tx) => {
    const outcome = await once(
      tx,
      { key: opts.submissionKey ?? null, actorId: actor.id, action: "jobOrder.submit" },
      async () => {
        const jo = await tx.jobOrder.create({
          data: {
            agencyId,
            employerId: employer.id,
            countryCode: employer.countryCode,
            jobCategory: input.jobCategory,
            title: input.title,
            positions: input.positions,
            offeredWage: input.offeredWage,
            currency: employer.country.currency,
            validUntil,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "jobOrder.submitted",
          entityType: "JobOrder",
          entityId: jo.id,
          summary: {
            country: employer.countryCode,
            jobCategory: input.jobCategory,
            positions: input.positions,
          },
          ctx: opts.ctx,
        });
        return jo.id;
      },
      (id) => id,
    );
    return outcome.repeated ? outcome.resultRef! : outcome.result;
  });
}

export async function withdrawJobOrder(actor: User, id: string, ctx: RequestContext) {
  const agencyId = ownAgency(actor);
  if (!isUuid(id)) throw notFound();
  await transaction(async (tx) => {
    const jo = await tx.jobOrder.findFirst({
      where: { id, agencyId },
      select: { id: true, status: true },
    });
    if (!jo) throw notFound();
    const step = jobOrderStep(jo.status, "withdraw");
    if (!step) throw notNow();
    const { count } = await tx.jobOrder.updateMany({
      where: { id, status: jo.status },
      data: { status: step.next },
    });
    if (count !== 1) throw changedMeanwhile();
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "jobOrder.withdrawn",
      entityType: "JobOrder",
      entityId: id,
      ctx,
    });
  });
}

// ─────────────── NEA side ───────────────

const reviewSelect = {
  id: true,
  title: true,
  jobCategory: true,
  countryCode: true,
  positions: true,
  positionsFilled: true,
  offeredWage: true,
  currency: true,
  validUntil: true,
  status: true,
  verificationCode: true,
  decisionReason: true,
  decidedAt: true,
  createdAt: true,
  agencyId: true,
  employer: {
    select: {
      id: true,
      name: true,
      kind: true,
      city: true,
      identifier: true,
      watchListed: true,
      watchReason: true,
    },
  },
  agency: { select: { id: true, name: true, licenceNo: true, status: true, email: true } },
  country: { select: { nameEn: true, nameSw: true } },
} satisfies Prisma.JobOrderSelect;

export async function listJobOrdersForReview(
  actor: User,
  opts: { status?: JobOrderStatus; country?: string; cursor?: string | null; sort?: QueueSort },
) {
  if (!can(actor, "jobOrder:verify")) throw forbidden();
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const page = byId(opts.sort ?? "oldest", cursor);
  const rows = await db.jobOrder.findMany({
    where: {
      status: opts.status ?? "SUBMITTED",
      ...(opts.country ? { countryCode: opts.country } : {}),
      ...page.where,
    },
    orderBy: page.orderBy,
    take: 26,
    select: {
      id: true,
      title: true,
      countryCode: true,
      jobCategory: true,
      positions: true,
      createdAt: true,
      status: true,
      agency: { select: { name: true } },
      employer: { select: { name: true, watchListed: true } },
    },
  });
  const more = rows.length > 25;
  const items = more ? rows.slice(0, 25) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

/** NEA sees every job order; an agency only its own. */
export async function requireJobOrderForActor(actor: User, id: string) {
  if (!isUuid(id)) throw notFound();
  const nea = can(actor, "jobOrder:verify");
  if (!nea && !actor.agencyId) throw forbidden();
  const jo = await db.jobOrder.findFirst({
    where: { id, ...(nea ? {} : { agencyId: actor.agencyId! }) },
    select: reviewSelect,
  });
  if (!jo) throw notFound();
  return jo;
}

function newJobOrderCode(tx: Tx) {
  return uniqueVerificationCode("JOB_ORDER", (code) =>
    tx.jobOrder.findUnique({ where: { verificationCode: code }, select: { id: true } }),
  );
}

export async function decideJobOrder(
  actor: User,
  id: string,
  input: { intent: "verify" | "reject"; reason?: string },
  opts: { ctx: RequestContext; appUrl: string; submissionKey?: string | null },
): Promise<JobOrderStatus> {
  const scope = {
    key: opts.submissionKey ?? null,
    actorId: actor.id,
    action: `jobOrder.${input.intent}:${id}`,
  };
  return keyedStep<JobOrderStatus>(
    db,
    scope,
    (ref) => ref as JobOrderStatus,
    async () => {
      const jo = await requireJobOrderForActor(actor, id);
      const step = jobOrderStep(jo.status, input.intent);
      if (!step) throw notNow();
      if (!can(actor, step.permission)) throw forbidden();
      if (input.intent === "reject" && !input.reason)
        throw new DomainError("licence.error.reason", { field: "reason" });
      if (input.intent === "verify" && jo.employer.watchListed)
        throw new DomainError("jobs.error.watchListed", { field: "reason" });
      return transaction(async (tx) => {
        const outcome = await once(
          tx,
          scope,
          async () => {
            const code = input.intent === "verify" ? await newJobOrderCode(tx) : null;
            const { count } = await tx.jobOrder.updateMany({
              where: { id, status: jo.status },
              data: {
                status: step.next,
                verificationCode: code,
                deciderId: actor.id,
                decidedAt: new Date(),
                decisionReason: input.reason ?? null,
              },
            });
            if (count !== 1) throw changedMeanwhile();
            await recordAudit(tx, {
              actor: actorOf(actor),
              action: input.intent === "verify" ? "jobOrder.verified" : "jobOrder.rejected",
              entityType: "JobOrder",
              entityId: id,
              summary: { from: jo.status, to: step.next, agencyId: jo.agencyId },
              ctx: opts.ctx,
            });
            if (jo.agency.email) {
              await enqueueEmail(tx, {
                key: `jobOrder:${id}:${input.intent}`,
                to: jo.agency.email,
                locale: await agencyLocale(tx, jo.agencyId),
                template: "jobOrderDecision",
                data: {
                  agency: jo.agency.name,
                  title: jo.title,
                  decision: input.intent === "verify" ? "verified" : "rejected",
                  reason: input.reason ?? "",
                  code: code ? formatVerificationCode(code) : null,
                  link: `${opts.appUrl}/agency/job-orders`,
                },
              });
            }
            return step.next;
          },
          (s) => s,
        );
        return outcome.repeated ? (outcome.resultRef as JobOrderStatus) : outcome.result;
      });
    },
  );
}

// ─────────────── Public list ───────────────

export async function listPublicJobs(opts: {
  country?: string;
  category?: JobCategory;
  cursor?: string | null;
  now?: Date;
}) {
  const now = opts.now ?? new Date();
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const rows = await db.jobOrder.findMany({
    where: {
      status: "VERIFIED",
      // The page promises every job on it was checked by NEA: only a code proves it.
      verificationCode: { not: null },
      validUntil: { gt: now },
      employer: { watchListed: false },
      agency: { status: "ACTIVE" },
      ...(opts.country ? { countryCode: opts.country } : {}),
      ...(opts.category ? { jobCategory: opts.category } : {}),
      ...(cursor ? { id: { lt: cursor } } : {}),
    },
    orderBy: { id: "desc" }, // newest first
    take: 21,
    select: {
      id: true,
      title: true,
      jobCategory: true,
      countryCode: true,
      positions: true,
      positionsFilled: true,
      offeredWage: true,
      currency: true,
      validUntil: true,
      verificationCode: true,
      employer: { select: { kind: true, name: true, city: true } },
      agency: { select: { id: true, name: true, licenceNo: true } },
      country: { select: { nameEn: true, nameSw: true } },
    },
  });
  const more = rows.length > 20;
  const items = (more ? rows.slice(0, 20) : rows).map((r) => ({
    ...r,
    offeredWage: Number(r.offeredWage),
    // A household employer is a private person: the public sees the city, not the name.
    employer:
      r.employer.kind === "HOUSEHOLD"
        ? { kind: r.employer.kind, name: null, city: r.employer.city }
        : r.employer,
  }));
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

// ─────────────── Watch list ───────────────

/** NEA sees every employer; a labour attaché, only those in the countries their mission covers. */
async function employerScope(actor: User): Promise<{ countryCode?: { in: string[] } }> {
  if (!actor.missionId) return {};
  const countries = await db.missionCountry.findMany({
    where: { missionId: actor.missionId },
    select: { countryCode: true },
  });
  return { countryCode: { in: countries.map((c) => c.countryCode) } };
}

export async function listEmployersForActor(
  actor: User,
  opts: { q?: string; watchListed?: boolean; cursor?: string | null },
) {
  if (!can(actor, "employer:watchlist")) throw forbidden();
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const rows = await db.employer.findMany({
    where: {
      ...(await employerScope(actor)),
      ...(opts.q ? { name: { contains: opts.q, mode: "insensitive" } } : {}),
      ...(opts.watchListed ? { watchListed: true } : {}),
      ...(cursor ? { id: { gt: cursor } } : {}),
    },
    orderBy: { id: "asc" },
    take: 26,
    select: {
      id: true,
      name: true,
      kind: true,
      city: true,
      countryCode: true,
      watchListed: true,
      watchReason: true,
      agency: { select: { name: true } },
    },
  });
  const more = rows.length > 25;
  const items = more ? rows.slice(0, 25) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

export async function setWatchList(
  actor: User,
  employerId: string,
  input: { intent: "watch" | "unwatch"; reason: string },
  ctx: RequestContext,
) {
  if (!can(actor, "employer:watchlist")) throw forbidden();
  if (!isUuid(employerId)) throw notFound();
  const scope = await employerScope(actor);
  await transaction(async (tx) => {
    const e = await tx.employer.findFirst({
      where: { id: employerId, ...scope },
      select: {
        id: true,
        name: true,
        watchListed: true,
        agencyId: true,
        agency: { select: { email: true } },
      },
    });
    if (!e) throw notFound();
    const watch = input.intent === "watch";
    if (e.watchListed === watch) throw notNow();
    await tx.employer.update({
      where: { id: e.id },
      data: watch
        ? {
            watchListed: true,
            watchReason: input.reason,
            watchListedAt: new Date(),
            watchListedById: actor.id,
          }
        : { watchListed: false, watchReason: null, watchListedAt: null, watchListedById: null },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: watch ? "employer.watch_listed" : "employer.unwatched",
      entityType: "Employer",
      entityId: e.id,
      summary: { reasonLength: input.reason.length },
      ctx,
    });
    if (watch && e.agency?.email && e.agencyId) {
      await enqueueEmail(tx, {
        key: `watch:${e.id}:${Date.now()}`,
        to: e.agency.email,
        locale: await agencyLocale(tx, e.agencyId),
        template: "employerWatchListed",
        data: { employer: e.name, reason: input.reason },
      });
    }
  });
}

/** The review page: the order, and the lowest lawful wage for it (housing and food provided), when known. */
export async function getJobOrderReview(actor: User, id: string) {
  const order = await requireJobOrderForActor(actor, id);
  const rules = await ruleSetInForce(
    order.countryCode,
    order.jobCategory,
    new Date(),
    order.employer.kind,
  );
  const minimum =
    rules && rules.rules.currency === order.currency
      ? minimumWage(rules.rules, { housingProvided: true, foodProvided: true })
      : null;
  return { order: { ...order, offeredWage: Number(order.offeredWage) }, minimum };
}

/** Verified job orders whose recruiting period ended become EXPIRED (a scheduled job; safe to overlap). */
export async function expireJobOrders(now = new Date()) {
  const due = await db.jobOrder.findMany({
    where: { status: "VERIFIED", validUntil: { lte: now } },
    select: { id: true },
    take: 1000,
  });
  let count = 0;
  for (const { id } of due) {
    await transaction(async (tx) => {
      const r = await tx.jobOrder.updateMany({
        where: { id, status: "VERIFIED", validUntil: { lte: now } },
        data: { status: "EXPIRED" },
      });
      if (r.count !== 1) return;
      await recordAudit(tx, {
        actor: null,
        action: "jobOrder.expired",
        entityType: "JobOrder",
        entityId: id,
        summary: { from: "VERIFIED", to: "EXPIRED" },
      });
      count += 1;
    });
  }
  return count;
}
