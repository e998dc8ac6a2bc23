// The directory of reintegration services NEA keeps (issue 20 §3): listing, adding, taking a service
// off the list or back, and correcting how to reach it. NEA officers only (`returns:handle`).
//
// A service's name and kind are never rewritten: referrals already placed name it, and she was
// told to call it (a different service is a new entry; the old one comes off the list). How to
// reach it — phone, email, address, counties served — can be corrected, and each correction is
// audited with what it was before.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { forbidden, notFound } from "~/utils/http.server";
import { isUuid } from "~/utils/validation";
import type { ReintegrationKind } from "~/generated/prisma/enums";
import type { ServiceContactInput, ServiceInput } from "./reintegration.schema";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

function requireDesk(actor: User) {
  if (!can(actor, "returns:handle")) throw forbidden();
}

const SERVICE_FIELDS = {
  id: true,
  name: true,
  kind: true,
  counties: true,
  phone: true,
  email: true,
  address: true,
  active: true,
} as const;

/** The 47 counties, for the counties a service serves. */
export function countyList() {
  return db.county.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}

/** A county's name, or null (none recorded). */
export async function countyName(code: number | null) {
  if (code === null) return null;
  return (await db.county.findUnique({ where: { code }, select: { name: true } }))?.name ?? null;
}

/** The directory: active services first, by kind and name; optionally one kind. */
export async function listServices(actor: User, opts: { kind?: ReintegrationKind } = {}) {
  requireDesk(actor);
  return db.reintegrationService.findMany({
    where: opts.kind ? { kind: opts.kind } : {},
    orderBy: [{ active: "desc" }, { kind: "asc" }, { name: "asc" }],
    take: 500,
    select: SERVICE_FIELDS,
  });
}

/** Adds a service to the directory. */
export async function saveService(actor: User, input: ServiceInput, ctx: RequestContext) {
  requireDesk(actor);
  return transaction(async (tx) => {
    const data = {
      name: input.name,
      kind: input.kind,
      counties: input.counties,
      phone: input.phone,
      email: input.email,
      address: input.address,
      active: input.active,
    };
    const { id } = await tx.reintegrationService.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "reintegration.service_saved",
      entityType: "ReintegrationService",
      entityId: id,
      summary: { ...data, created: true },
      ctx,
    });
    return id;
  });
}

/**
 * Takes a service off the directory (no new referrals go to it), or puts it back. Audited when it
 * changes; already so, nothing is recorded. Returns whether it changed.
 */
export async function setServiceListed(
  actor: User,
  id: string,
  active: boolean,
  ctx: RequestContext,
) {
  requireDesk(actor);
  if (!isUuid(id)) throw notFound();
  return transaction(async (tx) => {
    const { count } = await tx.reintegrationService.updateMany({
      where: { id, active: !active },
      data: { active },
    });
    if (!count) {
      if (!(await tx.reintegrationService.count({ where: { id } }))) throw notFound();
      return false;
    }
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "reintegration.service_saved",
      entityType: "ReintegrationService",
      entityId: id,
      summary: { active },
      ctx,
    });
    return true;
  });
}

/** One service of the directory, to correct how to reach it. */
export async function serviceOf(actor: User, id: string) {
  requireDesk(actor);
  if (!isUuid(id)) throw notFound();
  const s = await db.reintegrationService.findUnique({ where: { id }, select: SERVICE_FIELDS });
  if (!s) throw notFound();
  return s;
}

/**
 * Corrects how to reach a service (phone, email, address, counties). Audited with the values it
 * replaced; a correction that changes nothing is not recorded.
 */
export async function updateServiceContact(
  actor: User,
  id: string,
  input: ServiceContactInput,
  ctx: RequestContext,
) {
  requireDesk(actor);
  if (!isUuid(id)) throw notFound();
  return transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "ReintegrationService" WHERE "id" = ${id}::uuid FOR UPDATE`;
    const before = await tx.reintegrationService.findUnique({
      where: { id },
      select: { phone: true, email: true, address: true, counties: true },
    });
    if (!before) throw notFound();
    const after = {
      phone: input.phone,
      email: input.email,
      address: input.address,
      counties: input.counties,
    };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    if (!changed.length) return false;
    await tx.reintegrationService.update({ where: { id }, data: after });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "reintegration.service_corrected",
      entityType: "ReintegrationService",
      entityId: id,
      summary: Object.fromEntries(changed.map((k) => [k, { from: before[k], to: after[k] }])),
      ctx,
    });
    return true;
  });
}
