// The worker's own record: profile, next of kin with consent, "download my data", and requests
// to correct details an official has relied on. A worker account is linked to the record an
// agency created (by national ID) when the worker proves the same surname and date of birth.
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/email/outbox.server";
import { sameIdentity } from "./identity.rules";
import { isUuid } from "~/utils/validation";
import { once } from "~/utils/idempotency.server";
import type { CorrectionInput, ProfileInput } from "./profile.schema";

const forbidden = () => new Response("Forbidden", { status: 403 });
const notFound = () => new Response("Not found", { status: 404 });
const conflict = (m: string) => new Response(m, { status: 409 });
const actorOf = (u: User) => ({ id: u.id, role: u.role });

export class WorkerError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
  ) {
    super(key);
  }
}

export const NEXT_OF_KIN_CONSENT = "next_of_kin";
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
const asDate = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);

const profileSelect = {
  id: true,
  firstName: true,
  lastName: true,
  nationalId: true,
  passportNo: true,
  passportExpiry: true,
  dateOfBirth: true,
  sex: true,
  countyCode: true,
  phone: true,
  email: true,
  languages: true,
  userId: true,
  nextOfKin: {
    select: { id: true, name: true, relation: true, phone: true, email: true, consentAt: true },
    orderBy: { createdAt: "asc" },
    take: 1,
  },
} satisfies Prisma.WorkerSelect;

function requireWorker(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
}

/** The worker's record, created on first use for accounts made before they had one. */
async function ownWorkerId(tx: Tx | typeof db, actor: User) {
  const [first, ...rest] = actor.name.trim().split(/\s+/);
  const w = await tx.worker.upsert({
    where: { userId: actor.id },
    create: {
      userId: actor.id,
      firstName: first || actor.name,
      lastName: rest.join(" ") || "-",
      email: actor.email,
    },
    update: {},
    select: { id: true },
  });
  return w.id;
}

/**
 * Name, national ID and date of birth are what an agency, NEA and the mission have relied on once
 * a contract was submitted or a certificate issued; after that only a correction request changes them.
 */
async function identityLocked(tx: Tx | typeof db, workerId: string) {
  const [contracts, certificates] = await Promise.all([
    tx.contract.count({ where: { workerId, submittedAt: { not: null } } }),
    tx.certificate.count({ where: { workerId } }),
  ]);
  return contracts + certificates > 0;
}

export async function getOwnProfile(actor: User) {
  requireWorker(actor);
  const id = await ownWorkerId(db, actor);
  const [worker, locked, corrections, counties] = await Promise.all([
    db.worker.findUniqueOrThrow({ where: { id }, select: profileSelect }),
    identityLocked(db, id),
    db.correctionRequest.findMany({
      where: { workerId: id },
      orderBy: { createdAt: "desc" },
      take: 20,
      select: {
        id: true,
        field: true,
        requestedValue: true,
        status: true,
        decisionNote: true,
        createdAt: true,
        decidedAt: true,
      },
    }),
    db.county.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
  ]);
  return {
    worker: {
      ...worker,
      dateOfBirth: day(worker.dateOfBirth),
      passportExpiry: day(worker.passportExpiry),
    },
    locked,
    corrections,
    counties,
  };
}

/** Moves everything recorded under an agency-made record onto the worker's own record, then removes it. */
async function mergeInto(tx: Tx, keepId: string, goneId: string) {
  const where = { workerId: goneId };
  const data = { workerId: keepId };
  const kept = await tx.moduleProgress.findMany({
    where: { workerId: keepId },
    select: { moduleId: true },
  });
  await tx.moduleProgress.deleteMany({
    where: { workerId: goneId, moduleId: { in: kept.map((k) => k.moduleId) } },
  });
  await Promise.all([
    tx.contract.updateMany({ where, data }),
    tx.moduleProgress.updateMany({ where, data }),
    tx.certificate.updateMany({ where, data }),
    tx.inPersonCompletion.updateMany({ where, data }),
    tx.departureClearance.updateMany({ where, data }),
    tx.missionRegistration.updateMany({ where, data }),
    tx.case.updateMany({ where, data }),
    tx.consent.updateMany({ where, data }),
    tx.correctionRequest.updateMany({ where, data }),
  ]);
  const hasKin = await tx.nextOfKin.count({ where: { workerId: keepId } });
  if (hasKin) await tx.nextOfKin.deleteMany({ where });
  else await tx.nextOfKin.updateMany({ where, data });
  return tx.worker.delete({ where: { id: goneId } });
}

type Refusal = {
  key: string;
  field: string;
  audit: { action: "worker.id_claim_refused"; summary: Record<string, unknown> };
};

export async function saveProfile(actor: User, input: ProfileInput, ctx: RequestContext) {
  requireWorker(actor);
  try {
    return await saveProfileOnce(actor, input, ctx);
  } catch (e) {
    // Two accounts claiming the same ID or passport at the same instant: the database decides, the loser gets the answer.
    if ((e as { code?: string }).code === "P2002") {
      const target = JSON.stringify((e as { meta?: unknown }).meta ?? "");
      throw target.includes("passportNo")
        ? new WorkerError("profile.error.passportTaken", "passportNo")
        : new WorkerError("profile.error.idTaken", "nationalId");
    }
    throw e;
  }
}

async function saveProfileOnce(actor: User, input: ProfileInput, ctx: RequestContext) {
  const outcome = await transaction(async (tx): Promise<Refusal | { linked: boolean }> => {
    const id = await ownWorkerId(tx, actor);
    await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const me = await tx.worker.findUniqueOrThrow({ where: { id }, select: profileSelect });
    const locked = await identityLocked(tx, id);
    const identityChanged =
      me.firstName !== input.firstName ||
      me.lastName !== input.lastName ||
      (me.nationalId ?? undefined) !== input.nationalId ||
      day(me.dateOfBirth) !== input.dateOfBirth;
    if (locked && identityChanged) throw new WorkerError("profile.error.locked", "nationalId");

    let gone: Awaited<ReturnType<typeof mergeInto>> | null = null;
    if (input.nationalId && input.nationalId !== me.nationalId) {
      const other = await tx.worker.findUnique({
        where: { nationalId: input.nationalId },
        select: { id: true, userId: true, lastName: true, dateOfBirth: true },
      });
      if (other?.userId) {
        return {
          key: "profile.error.idTaken",
          field: "nationalId",
          audit: {
            action: "worker.id_claim_refused",
            summary: { reason: "linked_to_another_account", recordId: other.id },
          },
        };
      }
      if (other) {
        if (!sameIdentity(other, input)) {
          return {
            key: "profile.error.idMismatch",
            field: "nationalId",
            audit: {
              action: "worker.id_claim_refused",
              summary: { reason: "details_differ", recordId: other.id },
            },
          };
        }
        gone = await mergeInto(tx, id, other.id);
      }
    }
    if (input.passportNo && input.passportNo !== me.passportNo) {
      const taken = await tx.worker.findFirst({
        where: { passportNo: input.passportNo, id: { not: id } },
        select: { id: true },
      });
      if (taken) throw new WorkerError("profile.error.passportTaken", "passportNo");
    }
    await tx.worker.update({
      where: { id },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        nationalId: input.nationalId ?? null,
        dateOfBirth: asDate(input.dateOfBirth),
        sex: input.sex ?? null,
        countyCode: input.countyCode ?? null,
        phone: input.phone ?? gone?.phone ?? null,
        passportNo: input.passportNo ?? gone?.passportNo ?? null,
        passportExpiry: input.passportNo
          ? asDate(input.passportExpiry)
          : (gone?.passportExpiry ?? null),
        languages: input.languages,
      },
    });
    const changed = changedFields(me, input);
    await saveNextOfKin(tx, id, me.nextOfKin[0] ?? null, input);
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "worker.profile_updated",
      entityType: "Worker",
      entityId: id,
      summary: { fields: changed },
      ctx,
    });
    if (gone) {
      await recordAudit(tx, {
        actor: actorOf(actor),
        action: "worker.record_linked",
        entityType: "Worker",
        entityId: id,
        summary: { mergedRecordId: gone.id },
        ctx,
      });
    }
    return { linked: !!gone };
  });
  if ("key" in outcome) {
    // The refusal is recorded on its own: nothing of the attempted change is kept.
    await transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(actor),
        action: outcome.audit.action,
        entityType: "Worker",
        entityId: null,
        summary: outcome.audit.summary,
        ctx,
      }),
    );
    throw new WorkerError(outcome.key, outcome.field);
  }
  return outcome;
}

/** Names of the fields that changed (values stay out of the audit trail). */
function changedFields(me: { [k: string]: unknown }, input: ProfileInput) {
  const now: Record<string, unknown> = {
    firstName: input.firstName,
    lastName: input.lastName,
    nationalId: input.nationalId ?? null,
    dateOfBirth: input.dateOfBirth,
    sex: input.sex ?? null,
    countyCode: input.countyCode ?? null,
    phone: input.phone ?? null,
    passportNo: input.passportNo ?? null,
    passportExpiry: input.passportExpiry,
    languages: input.languages.join(","),
  };
  const before: Record<string, unknown> = {
    ...me,
    dateOfBirth: day(me.dateOfBirth as Date | null),
    passportExpiry: day(me.passportExpiry as Date | null),
    languages: (me.languages as string[]).join(","),
  };
  return Object.keys(now).filter((k) => (before[k] ?? null) !== (now[k] ?? null));
}

async function saveNextOfKin(
  tx: Tx,
  workerId: string,
  current: { id: string } | null,
  input: ProfileInput,
) {
  const activeConsent = await tx.consent.findFirst({
    where: { workerId, purpose: NEXT_OF_KIN_CONSENT, withdrawnAt: null },
    select: { id: true },
  });
  if (!input.kinName) {
    // Clearing the next of kin withdraws the consent to hold and share their details.
    if (current) await tx.nextOfKin.delete({ where: { id: current.id } });
    if (activeConsent)
      await tx.consent.update({
        where: { id: activeConsent.id },
        data: { withdrawnAt: new Date() },
      });
    return;
  }
  const data = {
    name: input.kinName,
    relation: input.kinRelation!,
    phone: input.kinPhone!,
    email: input.kinEmail ?? null,
  };
  if (current) await tx.nextOfKin.update({ where: { id: current.id }, data });
  else await tx.nextOfKin.create({ data: { ...data, workerId, consentAt: new Date() } });
  if (!activeConsent) await tx.consent.create({ data: { workerId, purpose: NEXT_OF_KIN_CONSENT } });
}

/** Everything held about the worker, as one JSON document (Data Protection Act, s. 26). */
export async function exportOwnData(actor: User, ctx: RequestContext) {
  requireWorker(actor);
  const id = await ownWorkerId(db, actor);
  const worker = await db.worker.findUniqueOrThrow({
    where: { id },
    include: {
      nextOfKin: true,
      consents: true,
      corrections: true,
      contracts: {
        where: { status: { not: "DRAFT" } },
        include: {
          events: {
            select: { action: true, fromStatus: true, toStatus: true, reason: true, at: true },
          },
          agency: { select: { name: true, licenceNo: true } },
          employer: { select: { name: true, city: true, countryCode: true } },
        },
      },
      progress: { include: { module: { select: { slug: true, version: true, titleEn: true } } } },
      certificates: true,
      inPerson: { include: { provider: { select: { name: true } } } },
      clearances: true,
      registrations: { include: { checkIns: true, mission: { select: { name: true } } } },
      cases: { include: { notes: { where: { internal: false } }, referrals: true } },
    },
  });
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, locale: true, createdAt: true, emailVerifiedAt: true },
  });
  const accessLog = await db.auditEvent.findMany({
    where: { entityType: "Worker", entityId: id },
    orderBy: { seq: "asc" },
    take: 5000,
    select: { at: true, action: true, actorRole: true },
  });
  await transaction((tx) =>
    recordAudit(tx, {
      actor: actorOf(actor),
      action: "worker.data_exported",
      entityType: "Worker",
      entityId: id,
      ctx,
    }),
  );
  return { exportedAt: new Date().toISOString(), account, worker, accessLog };
}

export async function requestCorrection(
  actor: User,
  input: CorrectionInput,
  ctx: RequestContext,
  submissionKey: string | null,
) {
  requireWorker(actor);
  return transaction(async (tx) => {
    const id = await ownWorkerId(tx, actor);
    // A double click files one request.
    return once(
      tx,
      { key: submissionKey, actorId: actor.id, action: "worker.correction" },
      async () => {
        const open = await tx.correctionRequest.count({ where: { workerId: id, status: "OPEN" } });
        if (open >= 5) throw new WorkerError("profile.error.tooManyCorrections", "field");
        const row = await tx.correctionRequest.create({
          data: {
            workerId: id,
            field: input.field,
            requestedValue: input.requestedValue,
            reason: input.reason,
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "worker.correction_requested",
          entityType: "Worker",
          entityId: id,
          summary: { requestId: row.id, field: input.field },
          ctx,
        });
        return row;
      },
      (r) => r.id,
    );
  });
}

const PAGE = 25;

/** NEA: open correction requests, oldest first. Showing them is a view of personal data, so it is audited. */
export async function listCorrections(actor: User, cursor: string | null, ctx: RequestContext) {
  if (!can(actor, "worker:correct")) throw forbidden();
  const rows = await db.correctionRequest.findMany({
    where: { status: "OPEN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    ...(cursor && isUuid(cursor) ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      field: true,
      requestedValue: true,
      reason: true,
      createdAt: true,
      worker: {
        select: { id: true, firstName: true, lastName: true, nationalId: true, dateOfBirth: true },
      },
    },
  });
  const page = rows.slice(0, PAGE);
  if (page.length) {
    await transaction((tx) =>
      recordAudit(tx, {
        actor: actorOf(actor),
        action: "worker.personal_data_viewed",
        entityType: "Worker",
        entityId: null,
        summary: {
          purpose: "correction_requests",
          workerIds: [...new Set(page.map((r) => r.worker.id))],
        },
        ctx,
      }),
    );
  }
  // Only the detail being corrected is shown, beside the worker's name.
  const current = (r: (typeof page)[number]) =>
    r.field === "NATIONAL_ID"
      ? r.worker.nationalId
      : r.field === "DATE_OF_BIRTH"
        ? (day(r.worker.dateOfBirth) ?? null)
        : r.field === "FIRST_NAME"
          ? r.worker.firstName
          : r.worker.lastName;
  return {
    requests: page.map(({ worker, ...r }) => ({
      ...r,
      workerName: `${worker.firstName} ${worker.lastName}`,
      current: current({ ...r, worker }),
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.id : null,
  };
}

export async function decideCorrection(
  actor: User,
  input: { id: string; intent: "apply" | "reject"; note?: string },
  ctx: RequestContext,
) {
  if (!can(actor, "worker:correct")) throw forbidden();
  return transaction(async (tx) => {
    const req = await tx.correctionRequest.findUnique({
      where: { id: input.id },
      include: { worker: { select: { id: true, email: true, userId: true } } },
    });
    if (!req) throw notFound();
    const claimed = await tx.correctionRequest.updateMany({
      where: { id: req.id, status: "OPEN" },
      data: {
        status: input.intent === "apply" ? "APPLIED" : "REJECTED",
        decidedById: actor.id,
        decidedAt: new Date(),
        decisionNote: input.note ?? null,
      },
    });
    if (claimed.count === 0) throw conflict("This request was already decided by someone else.");
    if (input.intent === "apply") {
      const value = req.requestedValue;
      if (req.field === "NATIONAL_ID") {
        const nid = value.replace(/\D/g, "");
        const taken = await tx.worker.findFirst({
          where: { nationalId: nid, id: { not: req.workerId } },
          select: { id: true },
        });
        if (taken) throw new WorkerError("corrections.error.idTaken", "id");
        await tx.worker.update({ where: { id: req.workerId }, data: { nationalId: nid } });
      } else if (req.field === "DATE_OF_BIRTH") {
        await tx.worker.update({
          where: { id: req.workerId },
          data: { dateOfBirth: new Date(`${value}T00:00:00Z`) },
        });
      } else {
        await tx.worker.update({
          where: { id: req.workerId },
          data: req.field === "FIRST_NAME" ? { firstName: value } : { lastName: value },
        });
      }
    }
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: input.intent === "apply" ? "worker.correction_applied" : "worker.correction_rejected",
      entityType: "Worker",
      entityId: req.workerId,
      summary: { requestId: req.id, field: req.field },
      ctx,
    });
    if (req.worker.email) {
      const locale = req.worker.userId
        ? (await tx.user.findUnique({ where: { id: req.worker.userId }, select: { locale: true } }))
            ?.locale
        : null;
      await enqueueEmail(tx, {
        key: `correction:${req.id}:${input.intent}`,
        to: req.worker.email,
        locale: locale === "sw" ? "sw" : "en",
        template: "correctionDecision",
        data: { field: req.field, applied: input.intent === "apply", note: input.note ?? null },
      });
    }
  });
}
