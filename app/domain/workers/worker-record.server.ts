// What the worker's own record, the claim of an agency-made record and correction requests share:
// the error type, the role check, the worker's own record id and whether their identity is locked.
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import type { db, Tx } from "~/utils/db.server";
import { forbidden } from "~/utils/http.server";

export const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** The worker's own details, as she sees them on her profile and in "download my data". */
export const PERSONAL_FIELDS = {
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
} as const;

export const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : undefined);
export const asDate = (v: string | undefined) => (v ? new Date(`${v}T00:00:00Z`) : null);

export function requireWorker(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
}

/** The worker's record, created on first use for accounts made before they had one. */
export async function ownWorkerId(tx: Tx | typeof db, actor: User) {
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
export async function identityLocked(tx: Tx | typeof db, workerId: string) {
  const [contracts, certificates] = await Promise.all([
    tx.contract.count({ where: { workerId, submittedAt: { not: null } } }),
    tx.certificate.count({ where: { workerId } }),
  ]);
  return contracts + certificates > 0;
}

/** Whether a worker's record already stands for a person: a national ID, or a locked identity. */
export async function holdsIdentity(tx: Tx | typeof db, workerId: string) {
  const w = await tx.worker.findUnique({ where: { id: workerId }, select: { nationalId: true } });
  return !!w?.nationalId || (await identityLocked(tx, workerId));
}
