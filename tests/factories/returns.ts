// A worker back home (issue 20 §3): thirty days in Riyadh, then her own return today, for the
// reason given; her referrals by kind, once her debrief has opened them.
import { db } from "~/utils/db.server";
import { confirmArrival } from "~/domain/mission/mission.server";
import { recordReturn } from "~/domain/returns/returns.server";
import type { ReturnReason } from "~/generated/prisma/enums";
import { nairobiToday } from "~/utils/validation";
import { attache, registered } from "./departure";

const ctx = { requestId: "returnee", ip: "10.9.9.94" };

export async function returnee(reason: ReturnReason) {
  const w = await registered("SA");
  const riyadh = await attache("riyadh");
  await confirmArrival(riyadh, w.reg.id, new Date(Date.now() - 30 * 86_400_000), ctx);
  await recordReturn(w.user, w.reg.id, { returnedOn: nairobiToday(), reason, note: "" }, ctx);
  const ret = await db.workerReturn.findUniqueOrThrow({ where: { registrationId: w.reg.id } });
  const referral = (kind: string) =>
    db.reintegrationReferral.findFirst({ where: { returnId: ret.id, kind: kind as "HEALTH" } });
  return { ...w, riyadh, ret, referral };
}
