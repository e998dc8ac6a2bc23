// The licence workflow, agency side: an agency applies (new or renewal) with documents, saves its
// draft, submits or withdraws. NEA's review and decision (four eyes) are in licence-review.server.ts;
// sanctions and expiry in sanctions.server.ts. Every step writes its audit event and its email in
// the same transaction as the change.
import type { User } from "lucia";
import type { Prisma } from "~/generated/prisma/client";
import { db, transaction, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { once } from "~/utils/idempotency.server";
import { storeDocument } from "~/storage/documents.server";
import { normalizeNationalId } from "./normalize";
import { findLinkedSanctioned, type LinkedAgency } from "./agencies.server";
import {
  applicationStep,
  EDITABLE_APPLICATION,
  OPEN_APPLICATION,
  REQUIRED_DOCUMENTS,
  type DocumentKind,
} from "./licensing.workflow";
import { ApplicationDetailsSchema, type DraftDetails } from "./licensing.schema";
import { isUuid } from "~/utils/validation";
import { forbidden, notFound } from "~/utils/http.server";
import { changedMeanwhile, notNow } from "~/domain/errors";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

function ownAgencyId(actor: User) {
  if (!actor.agencyId) throw forbidden();
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

export const applicationSelect = {
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
    if (agency.status === "REVOKED") throw forbidden();
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
  if (!EDITABLE_APPLICATION.includes(app.status)) throw notNow();
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
    if (count !== 1) throw changedMeanwhile();
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
        if (!step) throw notNow();
        const { count } = await tx.licenceApplication.updateMany({
          where: { id: current.id, version: current.version },
          data: {
            status: step.next,
            submittedAt: new Date(),
            flags: flags as unknown as Prisma.InputJsonValue,
            version: { increment: 1 },
          },
        });
        if (count !== 1) throw changedMeanwhile();
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
    if (!step) throw notNow();
    const { count } = await tx.licenceApplication.updateMany({
      where: { id: app.id, version: app.version },
      data: { status: step.next, version: { increment: 1 } },
    });
    if (count !== 1) throw changedMeanwhile();
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "licence.application_withdrawn",
      entityType: "LicenceApplication",
      entityId: app.id,
      ctx,
    });
  });
}
