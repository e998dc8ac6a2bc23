// "Download my data" (Data Protection Act, s. 26): everything held about the worker, as an explicit
// list of fields, with who looked at her record; the export itself is audited.
import type { User } from "lucia";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { actorOf, ownWorkerId, PERSONAL_FIELDS, requireWorker } from "./worker-record.server";

/** Everything held about the worker, as one JSON document (Data Protection Act, s. 26). */
export async function exportOwnData(actor: User, ctx: RequestContext) {
  requireWorker(actor);
  const id = await ownWorkerId(db, actor);
  // An explicit list of fields, never whole rows: no PIN hash (4 digits can be guessed offline), no
  // staff user ids, no internal notes, no family reporter's details (an independent review).
  const { checkInPinHash, ...worker } = await db.worker.findUniqueOrThrow({
    where: { id },
    select: {
      ...PERSONAL_FIELDS,
      checkInPinHash: true,
      createdAt: true,
      updatedAt: true,
      nextOfKin: {
        select: { name: true, relation: true, phone: true, email: true, consentAt: true },
      },
      consents: { select: { purpose: true, givenAt: true, withdrawnAt: true } },
      corrections: {
        select: {
          field: true,
          requestedValue: true,
          reason: true,
          status: true,
          decidedAt: true,
          decisionNote: true,
          createdAt: true,
        },
      },
      contracts: {
        where: { status: { not: "DRAFT" } },
        select: {
          reference: true,
          countryCode: true,
          jobCategory: true,
          status: true,
          version: true,
          terms: true,
          termsHash: true,
          startDate: true,
          submittedAt: true,
          decidedAt: true,
          signedAt: true,
          verificationCode: true,
          createdAt: true,
          events: {
            select: { action: true, fromStatus: true, toStatus: true, reason: true, at: true },
          },
          agency: { select: { name: true, licenceNo: true } },
          employer: { select: { name: true, city: true, countryCode: true } },
        },
      },
      progress: {
        select: {
          lessonsRead: true,
          quizAttempts: true,
          bestScore: true,
          passedAt: true,
          updatedAt: true,
          module: { select: { slug: true, version: true, titleEn: true } },
        },
      },
      certificates: {
        select: {
          code: true,
          countryCode: true,
          issuedAt: true,
          expiresAt: true,
          revokedAt: true,
          revokeReason: true,
        },
      },
      inPerson: {
        select: {
          course: true,
          attendanceDays: true,
          score: true,
          completedAt: true,
          provider: { select: { name: true } },
        },
      },
      clearances: {
        select: { code: true, status: true, issuedAt: true, invalidatedAt: true, reason: true },
      },
      registrations: {
        select: {
          status: true,
          city: true,
          addressAbroad: true,
          phoneAbroad: true,
          employerContact: true,
          arrivedAt: true,
          nextCheckInDue: true,
          createdAt: true,
          mission: { select: { name: true } },
          checkIns: {
            select: { dueAt: true, answeredAt: true, channel: true, outcome: true, note: true },
          },
          // What she said of her job and of her agency (issue 19): hers to see.
          termsReports: {
            select: { channel: true, reported: true, differences: true, createdAt: true },
          },
          rating: { select: { score: true, recommend: true, ratedAt: true } },
        },
      },
      cases: {
        select: {
          reference: true,
          category: true,
          priority: true,
          status: true,
          raisedBy: true,
          description: true,
          dueAt: true,
          outcome: true,
          resolvedAt: true,
          createdAt: true,
          notes: { where: { internal: false }, select: { body: true, createdAt: true } },
          referrals: { select: { kind: true, createdAt: true } },
        },
      },
    },
  });
  const account = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { name: true, email: true, locale: true, createdAt: true, emailVerifiedAt: true },
  });
  // What was done with her record, and who looked at it (views have their own log, ADR 0022).
  const about = {
    where: { entityType: "Worker", entityId: id },
    orderBy: { seq: "asc" as const },
    take: 5000,
    select: { at: true, action: true, actorRole: true },
  };
  const [changes, views] = await Promise.all([
    db.auditEvent.findMany(about),
    db.viewEvent.findMany(about),
  ]);
  const accessLog = [...changes, ...views].sort((a, b) => a.at.getTime() - b.at.getTime());
  await transaction((tx) =>
    recordAudit(tx, {
      actor: actorOf(actor),
      action: "worker.data_exported",
      entityType: "Worker",
      entityId: id,
      ctx,
    }),
  );
  return {
    exportedAt: new Date().toISOString(),
    account,
    worker: { ...worker, checkInPinSet: !!checkInPinHash },
    accessLog,
  };
}
