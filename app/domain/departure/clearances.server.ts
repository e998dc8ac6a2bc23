// Reading a departure clearance: its worker or NEA (for the PDF; an official's view is audited),
// and anyone with its code (live status and masked data only).
import type { User } from "lucia";
import { can } from "~/auth/permissions";
import { db } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordView } from "~/domain/audit/views.server";
import { isUuid } from "~/utils/validation";
import { notFound } from "~/utils/http.server";
import { liveStatus, loadContract } from "./departure-contract.server";

const actorOf = (u: User) => ({ id: u.id, role: u.role });

/** A clearance for its worker or NEA, with what the PDF needs; anyone else: not found. An official's view is audited. */
export async function clearanceForActor(actor: User, id: string, ctx: RequestContext) {
  if (!isUuid(id)) throw notFound();
  const c = await db.departureClearance.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      issuedAt: true,
      contractId: true,
      worker: { select: { userId: true, firstName: true, lastName: true, passportNo: true } },
    },
  });
  const mine = c && can(actor, "worker:self") && c.worker.userId === actor.id;
  if (!c || !(mine || can(actor, "contract:review"))) throw notFound();
  if (!mine) {
    await recordView(db, {
      actor: actorOf(actor),
      action: "worker.personal_data_viewed",
      entityType: "DepartureClearance",
      entityId: c.id,
      summary: { purpose: "clearance_pdf" },
      ctx,
    });
  }
  const contract = (await loadContract(db, c.contractId))!;
  const mission = await db.missionRegistration.findUnique({
    where: { contractId: c.contractId },
    select: { mission: { select: { name: true, phone: true, emergencyPhone: true } } },
  });
  return {
    ...c,
    contract,
    mission: mission?.mission ?? null,
    live: liveStatus(contract, new Date())!,
  };
}

/** The public answer for a clearance code: live status and masked data only. */
export async function clearanceByCode(code: string, now: Date) {
  const c = await db.departureClearance.findUnique({
    where: { code },
    select: {
      contractId: true,
      issuedAt: true,
      worker: { select: { firstName: true, lastName: true, passportNo: true } },
    },
  });
  if (!c) return null;
  const contract = (await loadContract(db, c.contractId))!;
  return {
    live: liveStatus(contract, now)!,
    subject: {
      workerInitials: `${c.worker.firstName.slice(0, 1)}. ${c.worker.lastName.slice(0, 1)}.`,
      passportTail: c.worker.passportNo ? c.worker.passportNo.slice(-3) : null,
      country: contract.countryCode,
      /** A household is a private person: only its city is shown. */
      employer: contract.employer.kind === "HOUSEHOLD" ? null : contract.employer.name,
      employerCity: contract.employer.city,
      agency: {
        id: contract.agencyId,
        name: contract.agency.name,
        licenceNo: contract.agency.licenceNo,
      },
      termsHash: contract.termsHash,
      issuedAt: c.issuedAt.toISOString(),
    },
  };
}
