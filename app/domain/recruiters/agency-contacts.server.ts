// An agency's official phone numbers, M-Pesa numbers and pages (issue 20 §1): registered by its
// administrator, shown by /check-number as the agency's; a report naming one goes to the agency's
// record. A number already reported as an unlicensed recruiter cannot be registered (an agency
// could otherwise launder a reported number into "belongs to a licensed agency"): NEA decides.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { DomainError } from "~/domain/errors";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import { recruiterIdOf } from "./recruiter-id";

const actorOf = (u: User) => ({ id: u.id, role: u.role });
/** An agency has at most this many official contacts. */
export const MAX_CONTACTS = 30;

function ownAgency(actor: User, permission: "agency:read-own" | "agency:manage-staff") {
  if (!can(actor, permission) || !actor.agencyId) throw forbidden();
  return actor.agencyId;
}

/** Its official contacts, for its staff. */
export async function ownContacts(actor: User) {
  const agencyId = ownAgency(actor, "agency:read-own");
  return db.agencyContact.findMany({
    where: { agencyId },
    orderBy: { createdAt: "asc" },
    take: MAX_CONTACTS,
    select: { id: true, kind: true, display: true, createdAt: true },
  });
}

/** Registers one (its administrator only). */
export async function addContact(actor: User, raw: string, ctx: RequestContext) {
  const agencyId = ownAgency(actor, "agency:manage-staff");
  const id = recruiterIdOf(raw);
  if (!id) throw new DomainError("contacts.error.invalid", { field: "value" });
  await transaction(async (tx) => {
    // Only a licensed agency speaks for a number in public: an applicant (or a suspended or
    // revoked agency) would otherwise publish its name and shield the number from reports.
    const agency = await tx.agency.findUniqueOrThrow({
      where: { id: agencyId },
      select: { status: true },
    });
    if (agency.status !== "ACTIVE")
      throw new DomainError("contacts.error.notLicensed", { field: "value", kind: "forbidden" });
    const reported = await tx.recruiterIdentifier.findUnique({
      where: { kind_value: id },
      select: {
        status: true,
        mergedInto: { select: { status: true } },
        _count: { select: { reports: true } },
      },
    });
    const status = reported?.mergedInto?.status ?? reported?.status;
    if (reported && status !== "DISMISSED")
      throw new DomainError("contacts.error.reported", { field: "value", kind: "conflict" });
    if ((await tx.agencyContact.count({ where: { agencyId } })) >= MAX_CONTACTS)
      throw new DomainError("contacts.error.tooMany", { field: "value", kind: "conflict" });
    const { count } = await tx.agencyContact.createMany({
      data: [{ agencyId, ...id, display: raw.trim().slice(0, 200), createdById: actor.id }],
      skipDuplicates: true,
    });
    if (count !== 1)
      throw new DomainError("contacts.error.taken", { field: "value", kind: "conflict" });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "agency.contact_added",
      entityType: "Agency",
      entityId: agencyId,
      summary: { kind: id.kind, value: id.value },
      ctx,
    });
  });
}

/** Removes one of its own (another agency's is not found). */
export async function removeContact(actor: User, contactId: string, ctx: RequestContext) {
  const agencyId = ownAgency(actor, "agency:manage-staff");
  if (!isUuid(contactId)) throw notFound();
  await transaction(async (tx) => {
    const c = await tx.agencyContact.findUnique({ where: { id: contactId } });
    if (!c || c.agencyId !== agencyId) throw notFound();
    await tx.agencyContact.delete({ where: { id: c.id } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "agency.contact_removed",
      entityType: "Agency",
      entityId: agencyId,
      summary: { kind: c.kind, value: c.value },
      ctx,
    });
  });
}
