// Agencies with deployments: workers the mission recorded as arrived, for the scorecard's tests.
import { db } from "~/utils/db.server";
import type { readyWorker } from "./departure";

export const DAY = 86_400_000;
export const ago = (days: number) => new Date(Date.now() - days * DAY);

/** `n` workers of the agency arrived abroad `daysAgo` (their contracts cloned from `base`). */
export async function deploy(
  base: Awaited<ReturnType<typeof readyWorker>>,
  n: number,
  daysAgo: number,
) {
  const mission = await db.mission.findUniqueOrThrow({ where: { slug: "doha" } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = await db.worker.create({
      data: { firstName: "Deployed", lastName: `Worker ${i}`, languages: ["sw"] },
    });
    const c = await db.contract.create({
      data: {
        reference: `KS-K-SC-${crypto.randomUUID()}`,
        workerId: w.id,
        agencyId: base.contract.agencyId,
        employerId: base.contract.employerId,
        jobOrderId: base.contract.jobOrderId,
        countryCode: base.contract.countryCode,
        jobCategory: base.contract.jobCategory,
        status: "ARRIVED",
        terms: base.contract.terms as object,
        startDate: ago(daysAgo),
      },
    });
    const r = await db.missionRegistration.create({
      data: {
        workerId: w.id,
        contractId: c.id,
        missionId: mission.id,
        employerId: base.contract.employerId,
        agencyId: base.contract.agencyId,
        status: "ACTIVE",
        arrivedAt: ago(daysAgo),
      },
    });
    ids.push(r.id);
  }
  return ids;
}
