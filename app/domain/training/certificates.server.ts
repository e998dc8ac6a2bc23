// Training certificates: issued by the system itself when a worker has completed her course (never
// a number typed by hand), read by their owner and NEA, looked up by code, and revoked through a
// two-step decision (decisions.server.ts).
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { recordView } from "~/domain/audit/views.server";
import { notifyWorker } from "~/notifications/notify.server";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";
import { isUuid } from "~/utils/validation";
import {
  addMonths,
  certificateGaps,
  certificateStatus,
  CERTIFICATE_VALIDITY_MONTHS,
  courseFor,
  usableInPerson,
} from "./training.rules";
import { publishedModules, workerIdOf } from "./training.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Issues the destination's certificate when the course is complete; a second request returns the valid one. */
export async function issueCertificate(
  actor: User,
  destination: string,
  ctx: RequestContext,
  appUrl: string,
) {
  const workerId = await workerIdOf(actor);
  if (!workerId) throw forbidden();
  const country = await db.country.findUnique({
    where: { code: destination },
    select: { code: true, nameEn: true, nameSw: true },
  });
  if (!country || country.code === "KE")
    throw new DomainError("training.error.country", { field: "country" });
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Worker" WHERE "id" = ${workerId}::uuid FOR UPDATE`;
    const now = new Date();
    const existing = await tx.certificate.findFirst({
      where: { workerId, countryCode: destination, revokedAt: null, expiresAt: { gt: now } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, issued: false };
    const modules = await publishedModules();
    const required = courseFor(modules, destination);
    const passedRows = await tx.moduleProgress.findMany({
      where: {
        workerId,
        passedAt: { not: null },
        module: { slug: { in: required.map((m) => m.slug) } },
      },
      select: { bestScore: true, module: { select: { slug: true, version: true } } },
    });
    const inPerson = await tx.inPersonCompletion.findMany({
      where: { workerId },
      select: { id: true, score: true, completedAt: true, course: true, providerId: true },
    });
    const gaps = certificateGaps({
      required: required.map((m) => m.slug),
      passed: new Set(passedRows.map((r) => r.module.slug)),
      inPerson,
      now,
    });
    if (gaps.length) throw new DomainError("training.error.incomplete");
    const used = usableInPerson(inPerson, now);
    const code = await uniqueVerificationCode("TRAINING_CERTIFICATE", (c) =>
      tx.certificate.findUnique({ where: { code: c }, select: { id: true } }),
    );
    const cert = await tx.certificate.create({
      data: {
        code,
        workerId,
        countryCode: destination,
        issuedAt: now,
        expiresAt: addMonths(now, CERTIFICATE_VALIDITY_MONTHS),
        basis: {
          modules: passedRows.map((r) => ({
            slug: r.module.slug,
            version: r.module.version,
            score: r.bestScore,
          })),
          inPerson: used
            ? {
                id: used.id,
                providerId: used.providerId,
                course: used.course,
                score: used.score,
                completedAt: used.completedAt.toISOString(),
              }
            : null,
        },
      },
      select: { id: true, code: true, expiresAt: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "training.certificate_issued",
      entityType: "Certificate",
      entityId: cert.id,
      summary: { workerId, country: destination },
      ctx,
    });
    await notifyWorker(tx, workerId, {
      key: `certificate:${cert.id}:issued`,
      locale: actor.locale === "sw" ? "sw" : "en",
      template: "certificateIssued",
      data: {
        country: actor.locale === "sw" ? country.nameSw : country.nameEn,
        code: cert.code,
        expires: cert.expiresAt.toISOString().slice(0, 10),
        url: `${appUrl}/verify/${cert.code}`,
      },
    });
    return { id: cert.id, issued: true };
  });
}

/** A certificate for its worker or NEA, with what the PDF needs. */
export async function certificateForActor(actor: User, id: string) {
  if (!isUuid(id)) throw notFound();
  const c = await db.certificate.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      countryCode: true,
      issuedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
      worker: { select: { userId: true, firstName: true, lastName: true, nationalId: true } },
      country: { select: { nameEn: true, nameSw: true } },
    },
  });
  const mine = c && can(actor, "worker:self") && c.worker.userId === actor.id;
  const official = can(actor, "contract:review");
  if (!c || !(mine || official)) throw notFound();
  return { ...c, status: certificateStatus(c, new Date()) };
}

/** Whether a revocation can be proposed for this certificate (officials; checked again on confirmation). */
export async function checkRevocationProposal(actor: User, id: string) {
  if (!can(actor, "contract:review")) throw forbidden();
  if (!isUuid(id)) throw notFound();
  const c = await db.certificate.findUnique({ where: { id }, select: { revokedAt: true } });
  if (!c) throw notFound();
  if (c.revokedAt) throw new DomainError("training.cert.alreadyRevoked", { kind: "conflict" });
}

/**
 * A confirmed revocation (proposed by one official, confirmed by another: decisions.server.ts),
 * applied in the confirming transaction with its audit event and the email to the worker.
 */
export async function applyRevocation(
  tx: Tx,
  decider: User,
  id: string,
  reason: string,
  opts: { ctx: RequestContext; proposal: { id: string; proposedById: string } },
) {
  const updated = await tx.certificate.updateMany({
    where: { id, revokedAt: null },
    data: { revokedAt: new Date(), revokeReason: reason, revokedById: decider.id },
  });
  if (updated.count === 0) {
    if (!(await tx.certificate.findUnique({ where: { id }, select: { id: true } })))
      throw notFound();
    throw new DomainError("training.cert.alreadyRevoked", { kind: "conflict" });
  }
  const c = await tx.certificate.findUniqueOrThrow({
    where: { id },
    select: { code: true, workerId: true },
  });
  await recordAudit(tx, {
    actor: actorOf(decider),
    action: "training.certificate_revoked",
    entityType: "Certificate",
    entityId: id,
    summary: { reason, proposalId: opts.proposal.id, proposedBy: opts.proposal.proposedById },
    ctx: opts.ctx,
  });
  await notifyWorker(tx, c.workerId, {
    key: `certificate:${id}:revoked`,
    template: "certificateRevoked",
    data: { code: c.code, reason },
  });
  return { certificateId: id };
}

/** NEA: find a certificate by its code (to revoke it). Showing the worker's name is an audited view. */
export async function findCertificateByCode(actor: User, code: string, ctx: RequestContext) {
  if (!can(actor, "contract:review")) throw forbidden();
  const digits = code.replace(/\D/g, "");
  if (digits.length !== 10) return null;
  const c = await db.certificate.findUnique({
    where: { code: digits },
    select: {
      id: true,
      code: true,
      countryCode: true,
      issuedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
      workerId: true,
      worker: { select: { firstName: true, lastName: true } },
    },
  });
  if (!c) return null;
  await recordView(db, {
    actor: actorOf(actor),
    action: "worker.personal_data_viewed",
    entityType: "Worker",
    entityId: c.workerId,
    summary: { purpose: "training_certificate", certificateId: c.id },
    ctx,
  });
  return { ...c, status: certificateStatus(c, new Date()) };
}
