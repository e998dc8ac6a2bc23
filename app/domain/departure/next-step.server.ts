// Gathers the facts for a worker's next step (next-step.rules.ts) from her own records only.
import type { User } from "lucia";
import { db } from "~/utils/db.server";
import { listWorkerContracts } from "~/domain/contracts/contract-lists.server";
import { departureView } from "./departure.server";
import { nextStep, type NextStep } from "./next-step.rules";
import { ACTIVE_CASE_STATES } from "~/domain/cases/case.rules";
import { latestReturnOf } from "~/domain/returns/returns.server";

export async function workerNextStep(actor: User): Promise<NextStep> {
  const me = await db.worker.findUnique({ where: { userId: actor.id }, select: { id: true } });
  if (!me) return nextStep({ hasProfile: false, contracts: [] });
  const [all, departure, questions, back] = await Promise.all([
    listWorkerContracts(actor),
    departureView(actor),
    // Her questions to NEA still being answered (index [workerId, createdAt]).
    db.case.findMany({
      where: {
        workerId: me.id,
        category: "CONTRACT_QUESTION",
        status: { in: [...ACTIVE_CASE_STATES] },
      },
      select: { contractId: true },
    }),
    latestReturnOf(actor),
  ]);
  const leaving = new Map(departure.contracts.map((c) => [c.id, c]));
  const asked = new Set(questions.map((q) => q.contractId));
  return nextStep({
    hasProfile: true,
    contracts: all.map((c) => {
      const d = leaving.get(c.id);
      return {
        id: c.id,
        status: c.status,
        country: c.countryCode,
        failing: d ? d.checks.filter((x) => !x.ok).map((x) => x.check) : [],
        hasClearance: !!d?.clearance,
        registration: d?.registration
          ? { abroadDetails: !!(d.registration.addressAbroad && d.registration.phoneAbroad) }
          : null,
        openQuestion: asked.has(c.id),
      };
    }),
    home: back
      ? {
          registrationId: back.registrationId,
          daysAgo: Math.floor((Date.now() - back.returnedOn.getTime()) / 86_400_000),
          debriefed: !!back.debrief,
        }
      : null,
  });
}
