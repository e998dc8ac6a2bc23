// The licence workflow, NEA side: the queue, an application's page and documents, and the steps an
// officer and a supervisor take on it (review, recommend, grant or refuse: four eyes, ADR 0016).
import type { User } from "lucia";
import type {
  LicenceActionKind,
  LicenceApplicationStatus,
  Prisma,
} from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { nextCounter } from "~/utils/counter.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { agencySearchName, normalizeEmail, normalizeNationalId, normalizePhone } from "./normalize";
import {
  agencyNext,
  APPLICATION_FLOW,
  applicationDoneBy,
  applicationStep,
  CHECKLIST,
  licenceValidity,
  formatLicenceNo,
  type ApplicationAction,
} from "./licensing.workflow";
import { ApplicationDetailsSchema, type DraftDetails, type ReviewInput } from "./licensing.schema";
import { byId, type QueueSort } from "~/utils/queue-order";
import { isUuid, nairobiYear } from "~/utils/validation";
import { allowedActions, heldByFourEyes, refusal } from "~/domain/workflow/workflow";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";
import { agencyLocale, applicationSelect } from "./licensing.server";
import { changedMeanwhile, DomainError, notNow } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** Any application for NEA; only its own agency's for agency users. 404 otherwise. */
export async function requireApplicationForActor(actor: User, id: string) {
  if (!isUuid(id)) throw notFound();
  const nea = can(actor, "licence:review");
  const app = await db.licenceApplication.findFirst({
    where: {
      id,
      ...(nea
        ? { status: { not: "DRAFT" } }
        : { agencyId: actor.agencyId ?? "00000000-0000-0000-0000-000000000000" }),
    },
    select: applicationSelect,
  });
  if (!app) throw notFound();
  return app;
}

export async function listApplicationsForActor(
  actor: User,
  opts: {
    status?: LicenceApplicationStatus;
    flagged?: boolean;
    cursor?: string | null;
    sort?: QueueSort;
  },
) {
  if (!can(actor, "licence:review")) throw forbidden();
  const take = 25;
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const page = byId(opts.sort ?? "oldest", cursor);
  const rows = await db.licenceApplication.findMany({
    where: {
      status: opts.status ?? {
        in: ["SUBMITTED", "UNDER_REVIEW", "RECOMMENDED_GRANT", "RECOMMENDED_REFUSAL"],
      },
      ...(opts.flagged ? { NOT: { flags: { equals: [] } } } : {}),
      ...page.where,
    },
    orderBy: page.orderBy,
    take: take + 1,
    select: {
      id: true,
      kind: true,
      status: true,
      submittedAt: true,
      flags: true,
      agency: { select: { name: true, licenceNo: true } },
    },
  });
  const more = rows.length > take;
  const items = (more ? rows.slice(0, take) : rows).map(({ flags, ...r }) => ({
    ...r,
    flagged: Array.isArray(flags) && flags.length > 0,
  }));
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

export async function getApplicationDocument(
  actor: User,
  applicationId: string,
  documentId: string,
) {
  const app = await requireApplicationForActor(actor, applicationId);
  if (!isUuid(documentId)) throw notFound();
  const doc = await db.applicationDocument.findFirst({
    where: { id: documentId, applicationId: app.id },
    select: { fileName: true, mimeType: true, sha256: true },
  });
  if (!doc) throw notFound();
  return doc;
}

/** A licence verification code no agency carries yet. */
export function newLicenceCode(tx: Tx) {
  return uniqueVerificationCode("LICENCE", (code) =>
    tx.agency.findUnique({ where: { verificationCode: code }, select: { id: true } }),
  );
}

/**
 * An official's page of an application: what they may read (not which colleague did what), the steps
 * they may take now (the same table and four-eyes rule as the guard in actOnApplication), and whether
 * four eyes holds back a decision they could otherwise take.
 */
export async function applicationPageFor(actor: User, id: string) {
  const app = await requireApplicationForActor(actor, id);
  const doneBy = applicationDoneBy(app);
  const { reviewerId: _r, recommendedById: _rb, deciderId: _d, ...application } = app;
  return {
    application,
    allowed: allowedActions(APPLICATION_FLOW, app.status, actor, doneBy),
    heldByFourEyes: heldByFourEyes(
      Object.keys(APPLICATION_FLOW[app.status] ?? {}) as ApplicationAction[],
      (a) => refusal(APPLICATION_FLOW, app.status, a, actor, doneBy),
    ),
  };
}

/** Officer and supervisor steps on an application, checked against the workflow table. */
export async function actOnApplication(
  actor: User,
  id: string,
  input: ReviewInput,
  opts: { ctx: RequestContext; appUrl: string; submissionKey?: string | null },
): Promise<LicenceApplicationStatus> {
  const scope = {
    key: opts.submissionKey ?? null,
    actorId: actor.id,
    action: `licence.${input.intent}:${id}`,
  };
  return keyedStep<LicenceApplicationStatus>(
    db,
    scope,
    (ref) => ref as LicenceApplicationStatus,
    async () => {
      const app = await requireApplicationForActor(actor, id);
      const action = input.intent as ApplicationAction;
      const refused = refusal(APPLICATION_FLOW, app.status, action, actor, applicationDoneBy(app));
      if (refused === "impossible") throw notNow();
      if (refused === "forbidden") throw forbidden();
      if (refused === "fourEyes")
        throw new DomainError("licence.error.fourEyes", { field: "note", kind: "forbidden" });
      const step = applicationStep(app.status, action)!;
      if (action === "recommendGrant") {
        const ticked = new Set("checklist" in input ? input.checklist : []);
        const missing = CHECKLIST.filter((c) => !ticked.has(c));
        if (missing.length)
          throw new DomainError("licence.error.checklist", {
            field: "checklist",
            vars: {
              count: String(missing.length),
            },
          });
      }
      const note = "note" in input ? input.note : null;
      const now = new Date();
      const outcome = await transaction((tx) =>
        once(
          tx,
          scope,
          async () => {
            const data: Prisma.LicenceApplicationUpdateManyMutationInput = {
              status: step.next,
              version: { increment: 1 },
            };
            if (action === "startReview") data.reviewerId = actor.id;
            if (action === "recommendGrant" || action === "recommendRefusal")
              data.recommendedById = actor.id;
            if (
              action === "requestChanges" ||
              action === "recommendGrant" ||
              action === "recommendRefusal"
            )
              data.recommendation = note;
            if ("checklist" in input) data.checklist = input.checklist;
            if (action === "grant" || action === "refuse")
              Object.assign(data, { deciderId: actor.id, decidedAt: now, decisionReason: note });
            const { count } = await tx.licenceApplication.updateMany({
              where: { id: app.id, version: app.version, status: app.status },
              data,
            });
            if (count !== 1) throw changedMeanwhile();

            const agencyEmail =
              normalizeEmail((app.details as DraftDetails | null)?.email) ??
              (
                await tx.agency.findUniqueOrThrow({
                  where: { id: app.agencyId },
                  select: { email: true },
                })
              ).email;
            const link = `${opts.appUrl}/agency`;
            let licence: { licenceNo: string | null; validUntil: Date | null } = {
              licenceNo: null,
              validUntil: null,
            };
            if (action === "grant")
              licence = await grantLicence(
                tx,
                app.agencyId,
                app.kind,
                app.details,
                now,
                note!,
                actor,
              );
            if (action === "refuse") {
              await tx.licenceAction.create({
                data: {
                  agencyId: app.agencyId,
                  action: "REFUSED",
                  reason: note!,
                  actorId: actor.id,
                  at: now,
                },
              });
            }
            const auditAction = {
              startReview: "licence.review_started",
              requestChanges: "licence.changes_requested",
              recommendGrant: "licence.recommended",
              recommendRefusal: "licence.recommended",
              returnToReview: "licence.returned_to_review",
              grant: "licence.granted",
              refuse: "licence.refused",
              submit: "licence.application_submitted",
              withdraw: "licence.application_withdrawn",
            } as const;
            await recordAudit(tx, {
              actor: actorOf(actor),
              action: auditAction[action],
              entityType: "LicenceApplication",
              entityId: app.id,
              summary: {
                from: app.status,
                to: step.next,
                agencyId: app.agencyId,
                ...(licence.licenceNo ? { licenceNo: licence.licenceNo } : {}),
              },
              ctx: opts.ctx,
            });
            if (agencyEmail && (action === "grant" || action === "refuse")) {
              await enqueueEmail(tx, {
                key: `licence:${app.id}:${action}`,
                to: agencyEmail,
                locale: await agencyLocale(tx, app.agencyId),
                template: "licenceDecision",
                data: {
                  agency: app.agency.name,
                  decision:
                    action === "grant"
                      ? app.kind === "RENEWAL"
                        ? "RENEWED"
                        : "GRANTED"
                      : "REFUSED",
                  reason: note!,
                  licenceNo: licence.licenceNo,
                  validUntil: licence.validUntil?.toISOString().slice(0, 10) ?? null,
                  link,
                },
              });
            } else if (agencyEmail && action === "requestChanges") {
              await enqueueEmail(tx, {
                key: `licence:${app.id}:changes:${app.version}`,
                to: agencyEmail,
                locale: await agencyLocale(tx, app.agencyId),
                template: "applicationUpdate",
                data: { agency: app.agency.name, status: "CHANGES_REQUESTED", note: note!, link },
              });
            }
            return step.next;
          },
          (next) => next,
        ),
      );
      return outcome.repeated ? (outcome.resultRef as LicenceApplicationStatus) : outcome.result;
    },
  );
}

/** Grant or renewal: licence number (kept on renewal), validity from data, the agency's registered details. */
async function grantLicence(
  tx: Tx,
  agencyId: string,
  kind: "NEW" | "RENEWAL",
  rawDetails: unknown,
  now: Date,
  reason: string,
  actor: User,
) {
  const details = ApplicationDetailsSchema.parse(rawDetails);
  const agency = await tx.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: { status: true, licenceNo: true, validUntil: true, verificationCode: true },
  });
  const next = agencyNext(agency.status, "grant");
  if (!next) throw notNow();
  const year = nairobiYear(now);
  const licenceNo =
    agency.licenceNo ?? formatLicenceNo(year, await nextCounter(tx, `licence:${year}`));
  const { validFrom, validUntil } = licenceValidity({
    decidedAt: now,
    months: details.termMonths,
    currentUntil: agency.status === "ACTIVE" ? agency.validUntil : null,
  });
  await tx.agency.update({
    where: { id: agencyId },
    data: {
      licenceNo,
      name: details.name,
      searchName: agencySearchName(details.name, licenceNo),
      companyRegNo: details.companyRegNo,
      kraPin: details.kraPin,
      countyCode: details.countyCode,
      town: details.town,
      address: details.address,
      phone: normalizePhone(details.phone),
      email: normalizeEmail(details.email),
      website: details.website ?? null,
      bondReference: details.bondReference,
      bondAmountKes: details.bondAmountKes,
      bondIssuer: details.bondIssuer,
      status: next,
      validFrom,
      validUntil,
      verificationCode: agency.verificationCode ?? (await newLicenceCode(tx)),
    },
  });
  await tx.agencyCountry.deleteMany({ where: { agencyId } });
  await tx.agencyCountry.createMany({
    data: [...new Set(details.countries)].map((countryCode) => ({ agencyId, countryCode })),
  });
  await tx.agencyDirector.deleteMany({ where: { agencyId } });
  await tx.agencyDirector.createMany({
    data: details.directors.map((d) => ({
      agencyId,
      name: d.name,
      nationalId: normalizeNationalId(d.nationalId),
      phone: normalizePhone(d.phone),
    })),
  });
  const kindOfAction: LicenceActionKind =
    kind === "RENEWAL" && agency.licenceNo ? "RENEWED" : "GRANTED";
  await tx.licenceAction.create({
    data: {
      agencyId,
      action: kindOfAction,
      reason,
      actorId: actor.id,
      validFrom,
      validUntil,
      at: now,
    },
  });
  return { licenceNo, validUntil };
}
