// The licence workflow: an agency applies (new or renewal) with documents; an officer reviews with
// the LN 110/2016 checklist and recommends; a different person, a supervisor, decides. Sanctions
// (suspend, reinstate, revoke) and expiry are in sanctions.server.ts. Every step writes its audit
// event and its email in the same transaction as the change.
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
import { enqueueEmail } from "~/email/outbox.server";
import { nextCounter } from "~/utils/counter.server";
import { once, priorSubmission } from "~/utils/idempotency.server";
import { storeDocument } from "~/storage/documents.server";
import { agencySearchName, normalizeEmail, normalizeNationalId, normalizePhone } from "./normalize";
import { findLinkedSanctioned, type LinkedAgency } from "./agencies.server";
import {
  agencyNext,
  APPLICATION_FLOW,
  applicationDoneBy,
  applicationStep,
  CHECKLIST,
  EDITABLE_APPLICATION,
  licenceValidity,
  formatLicenceNo,
  OPEN_APPLICATION,
  REQUIRED_DOCUMENTS,
  type ApplicationAction,
  type DocumentKind,
} from "./licensing.workflow";
import { ApplicationDetailsSchema, type DraftDetails, type ReviewInput } from "./licensing.schema";
import { isUuid } from "~/utils/validation";
import { allowedActions, refusal } from "~/domain/workflow/workflow";
import { uniqueVerificationCode } from "~/domain/verify/unique-code.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });
const conflict = (msg: string) => new Response(msg, { status: 409 });
const notFound = () => new Response("Not found", { status: 404 });
const forbidden = (msg = "Forbidden") => new Response(msg, { status: 403 });

export class LicensingError extends Error {
  constructor(
    public readonly key: string,
    public readonly field?: string,
    public readonly vars?: Record<string, string>,
  ) {
    super(key);
  }
}

function ownAgencyId(actor: User) {
  if (!actor.agencyId) throw forbidden("Not bound to an agency");
  return actor.agencyId;
}

/** Emails to an agency go in the language its administrator chose (English when unknown). */
export async function agencyLocale(tx: Tx, agencyId: string): Promise<"en" | "sw"> {
  const admin = await tx.user.findFirst({
    where: { agencyId, role: "AGENCY_ADMIN", active: true },
    orderBy: { id: "asc" },
    select: { locale: true },
  });
  return admin?.locale === "sw" ? "sw" : "en";
}

// ─────────────── Agency side ───────────────

export async function getAgencyHome(actor: User) {
  const agencyId = ownAgencyId(actor);
  const agency = await db.agency.findUniqueOrThrow({
    where: { id: agencyId },
    select: {
      id: true,
      name: true,
      licenceNo: true,
      status: true,
      validFrom: true,
      validUntil: true,
      verificationCode: true,
      actions: {
        select: { action: true, reason: true, at: true },
        orderBy: { at: "desc" },
        take: 10,
      },
      applications: {
        select: {
          id: true,
          kind: true,
          status: true,
          submittedAt: true,
          decidedAt: true,
          createdAt: true,
        },
        orderBy: { createdAt: "desc" },
        take: 10,
      },
    },
  });
  return agency;
}

const applicationSelect = {
  id: true,
  agencyId: true,
  kind: true,
  status: true,
  details: true,
  checklist: true,
  flags: true,
  recommendation: true,
  decisionReason: true,
  reviewerId: true,
  recommendedById: true,
  deciderId: true,
  submittedAt: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  agency: { select: { id: true, name: true, status: true, licenceNo: true, validUntil: true } },
  documents: {
    select: {
      id: true,
      kind: true,
      fileName: true,
      mimeType: true,
      sizeBytes: true,
      createdAt: true,
    },
    orderBy: { createdAt: "asc" },
  },
} satisfies Prisma.LicenceApplicationSelect;

/** The agency's open application, if any. */
export async function getOpenApplication(actor: User) {
  const agencyId = ownAgencyId(actor);
  return db.licenceApplication.findFirst({
    where: { agencyId, status: { in: [...OPEN_APPLICATION] } },
    select: applicationSelect,
  });
}

/** Starts an application: NEW for an agency never licensed, RENEWAL otherwise. A revoked agency cannot apply. */
export async function startApplication(actor: User, ctx: RequestContext) {
  const agencyId = ownAgencyId(actor);
  return transaction(async (tx) => {
    // One open application per agency: lock the agency row while checking.
    await tx.$executeRaw`SELECT 1 FROM "Agency" WHERE id = ${agencyId}::uuid FOR UPDATE`;
    const existing = await tx.licenceApplication.findFirst({
      where: { agencyId, status: { in: [...OPEN_APPLICATION] } },
      select: { id: true },
    });
    if (existing) return existing.id;
    const agency = await tx.agency.findUniqueOrThrow({
      where: { id: agencyId },
      select: {
        status: true,
        licenceNo: true,
        name: true,
        companyRegNo: true,
        kraPin: true,
        countyCode: true,
        town: true,
        address: true,
        phone: true,
        email: true,
        website: true,
        bondReference: true,
        bondAmountKes: true,
        bondIssuer: true,
        countries: { select: { countryCode: true } },
        directors: { select: { name: true, nationalId: true, phone: true } },
      },
    });
    if (agency.status === "REVOKED") throw forbidden("A revoked agency cannot apply");
    const details: DraftDetails = {
      name: agency.name,
      companyRegNo: agency.companyRegNo ?? undefined,
      kraPin: agency.kraPin ?? undefined,
      countyCode: agency.countyCode ?? undefined,
      town: agency.town ?? undefined,
      address: agency.address ?? undefined,
      phone: agency.phone ?? undefined,
      email: agency.email ?? undefined,
      website: agency.website ?? undefined,
      countries: agency.countries.map((c) => c.countryCode),
      directors: agency.directors.map((d) => ({
        name: d.name,
        nationalId: d.nationalId,
        phone: d.phone ?? undefined,
      })),
      bondReference: agency.bondReference ?? undefined,
      bondAmountKes: agency.bondAmountKes ? Number(agency.bondAmountKes) : undefined,
      bondIssuer: agency.bondIssuer ?? undefined,
      termMonths: 12,
    };
    const app = await tx.licenceApplication.create({
      data: {
        agencyId,
        kind: agency.licenceNo ? "RENEWAL" : "NEW",
        details: details as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.application_saved",
      entityType: "LicenceApplication",
      entityId: app.id,
      summary: { created: true },
      ctx,
    });
    return app.id;
  });
}

async function requireOwnEditable(tx: Tx, actor: User, applicationId: string) {
  const agencyId = ownAgencyId(actor);
  if (!isUuid(applicationId)) throw notFound();
  const app = await tx.licenceApplication.findFirst({
    where: { id: applicationId, agencyId },
    select: { id: true, status: true, version: true, kind: true },
  });
  if (!app) throw notFound();
  if (!EDITABLE_APPLICATION.includes(app.status))
    throw conflict("This application can no longer be changed");
  return app;
}

export async function saveApplicationDraft(
  actor: User,
  applicationId: string,
  details: DraftDetails,
  ctx: RequestContext,
) {
  await transaction(async (tx) => {
    const app = await requireOwnEditable(tx, actor, applicationId);
    const { count } = await tx.licenceApplication.updateMany({
      where: { id: app.id, version: app.version },
      data: { details: details as Prisma.InputJsonValue, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict("Changed by someone else");
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.application_saved",
      entityType: "LicenceApplication",
      entityId: app.id,
      ctx,
    });
  });
}

export async function addApplicationDocument(
  actor: User,
  applicationId: string,
  file: { kind: DocumentKind; fileName: string; bytes: Uint8Array },
  ctx: RequestContext,
) {
  const stored = await storeDocument(file.bytes); // validates type and size before anything is recorded
  await transaction(async (tx) => {
    const app = await requireOwnEditable(tx, actor, applicationId);
    const doc = await tx.applicationDocument.create({
      data: {
        applicationId: app.id,
        kind: file.kind,
        fileName: file.fileName.slice(0, 200) || "document",
        mimeType: stored.mimeType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        uploadedById: actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.document_uploaded",
      entityType: "LicenceApplication",
      entityId: app.id,
      summary: { documentId: doc.id, kind: file.kind, sha256: stored.sha256 },
      ctx,
    });
  });
}

export async function removeApplicationDocument(
  actor: User,
  applicationId: string,
  documentId: string,
  ctx: RequestContext,
) {
  if (!isUuid(documentId)) throw notFound();
  await transaction(async (tx) => {
    const app = await requireOwnEditable(tx, actor, applicationId);
    const { count } = await tx.applicationDocument.deleteMany({
      where: { id: documentId, applicationId: app.id },
    });
    if (count !== 1) throw notFound();
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.document_removed",
      entityType: "LicenceApplication",
      entityId: app.id,
      summary: { documentId },
      ctx,
    });
  });
}

/** People and contacts an application shares with revoked or suspended agencies. */
export async function phoenixFlags(
  agencyId: string,
  details: Pick<DraftDetails, "phone" | "email" | "directors">,
): Promise<LinkedAgency[]> {
  return findLinkedSanctioned({
    excludeAgencyId: agencyId,
    directorIds: (details.directors ?? [])
      .map((d) => normalizeNationalId(d.nationalId ?? ""))
      .filter(Boolean),
    phones: [details.phone, ...(details.directors ?? []).map((d) => d.phone)].filter(
      (p): p is string => !!p,
    ),
    emails: details.email ? [details.email] : [],
  });
}

export type SubmitProblem = { field: string; key: string; vars?: Record<string, string> };

/** Checks completeness (every field, the required documents), records phoenix flags and submits. */
export async function submitApplication(
  actor: User,
  applicationId: string,
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<SubmitProblem[]> {
  const agencyId = ownAgencyId(actor);
  if (!isUuid(applicationId)) throw notFound();
  const app = await db.licenceApplication.findFirst({
    where: { id: applicationId, agencyId },
    select: { details: true, status: true, documents: { select: { kind: true } } },
  });
  if (!app) throw notFound();
  const parsed = ApplicationDetailsSchema.safeParse(app.details);
  const problems: SubmitProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ field: i.path.join("."), key: i.message }));
  if (parsed.success) {
    // Country codes come from checkboxes, but a tampered form must not reach the grant as unknown codes.
    const codes = [...new Set(parsed.data.countries)];
    if ((await db.country.count({ where: { code: { in: codes } } })) !== codes.length)
      problems.push({ field: "countries", key: "licence.error.countries" });
  }
  const have = new Set(app.documents.map((d) => d.kind));
  for (const kind of REQUIRED_DOCUMENTS)
    if (!have.has(kind))
      problems.push({ field: "documents", key: "licence.error.documentMissing", vars: { kind } });
  if (problems.length) return problems;
  const flags = await phoenixFlags(agencyId, parsed.data!);
  await transaction((tx) =>
    // A double click sends the same key twice: the second answers like the first and changes nothing.
    once(
      tx,
      { key: submissionKey, actorId: actor.id, action: "licence.submit" },
      async () => {
        const current = await requireOwnEditable(tx, actor, applicationId);
        const step = applicationStep(current.status, "submit");
        if (!step) throw conflict("Cannot submit now");
        const { count } = await tx.licenceApplication.updateMany({
          where: { id: current.id, version: current.version },
          data: {
            status: step.next,
            submittedAt: new Date(),
            flags: flags as unknown as Prisma.InputJsonValue,
            version: { increment: 1 },
          },
        });
        if (count !== 1) throw conflict("Changed by someone else");
        await recordAudit(tx, {
          actor: actorOf(actor),
          action: "licence.application_submitted",
          entityType: "LicenceApplication",
          entityId: current.id,
          summary: { kind: current.kind, flagged: flags.length > 0 },
          ctx,
        });
      },
      () => applicationId,
    ),
  );
  return [];
}

export async function withdrawApplication(actor: User, applicationId: string, ctx: RequestContext) {
  const agencyId = ownAgencyId(actor);
  if (!isUuid(applicationId)) throw notFound();
  await transaction(async (tx) => {
    const app = await tx.licenceApplication.findFirst({
      where: { id: applicationId, agencyId },
      select: { id: true, status: true, version: true },
    });
    if (!app) throw notFound();
    const step = applicationStep(app.status, "withdraw");
    if (!step) throw conflict("Cannot withdraw now");
    const { count } = await tx.licenceApplication.updateMany({
      where: { id: app.id, version: app.version },
      data: { status: step.next, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict("Changed by someone else");
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.application_withdrawn",
      entityType: "LicenceApplication",
      entityId: app.id,
      ctx,
    });
  });
}

// ─────────────── NEA side ───────────────

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
  opts: { status?: LicenceApplicationStatus; flagged?: boolean; cursor?: string | null },
) {
  if (!can(actor, "licence:review")) throw forbidden();
  const take = 25;
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const rows = await db.licenceApplication.findMany({
    where: {
      status: opts.status ?? {
        in: ["SUBMITTED", "UNDER_REVIEW", "RECOMMENDED_GRANT", "RECOMMENDED_REFUSAL"],
      },
      ...(opts.flagged ? { NOT: { flags: { equals: [] } } } : {}),
      ...(cursor ? { id: { gt: cursor } } : {}),
    },
    orderBy: { id: "asc" },
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
    heldByFourEyes: (Object.keys(APPLICATION_FLOW[app.status] ?? {}) as ApplicationAction[]).some(
      (a) => refusal(APPLICATION_FLOW, app.status, a, actor, doneBy) === "fourEyes",
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
  const scope = { key: opts.submissionKey ?? null, actorId: actor.id, action: `licence.act:${id}` };
  const prior = await priorSubmission(db, scope);
  if (prior) return prior.resultRef as LicenceApplicationStatus;
  const app = await requireApplicationForActor(actor, id);
  const action = input.intent as ApplicationAction;
  const refused = refusal(APPLICATION_FLOW, app.status, action, actor, applicationDoneBy(app));
  if (refused === "impossible")
    throw conflict("This step is not possible in the application's current state");
  if (refused === "forbidden") throw forbidden();
  if (refused === "fourEyes") throw new LicensingError("licence.error.fourEyes", "note");
  const step = applicationStep(app.status, action)!;
  if (action === "recommendGrant") {
    const ticked = new Set("checklist" in input ? input.checklist : []);
    const missing = CHECKLIST.filter((c) => !ticked.has(c));
    if (missing.length)
      throw new LicensingError("licence.error.checklist", "checklist", {
        count: String(missing.length),
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
        if (count !== 1) throw conflict("Changed by someone else");

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
          licence = await grantLicence(tx, app.agencyId, app.kind, app.details, now, note!, actor);
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
                action === "grant" ? (app.kind === "RENEWAL" ? "RENEWED" : "GRANTED") : "REFUSED",
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
  if (!next) throw conflict(`An agency that is ${agency.status} cannot be granted a licence`);
  const year = now.getUTCFullYear();
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
