// A contract's page: what the viewer may read, the steps they may take, whether four eyes holds
// them back, who took each step so far, and the contract's other versions. Never the worker's
// email or account id, nor account ids of officials.
import type { User } from "lucia";
import type { ContractStatus } from "~/generated/prisma/enums";
import { can } from "~/auth/permissions";
import { db } from "~/utils/db.server";
import { heldByFourEyes } from "~/domain/workflow/workflow";
import {
  availableContractActions,
  type ContractForActor,
  contractRefusal,
  contractScope,
  requireContractForActor,
} from "./contracts.server";
import { CONTRACT_FLOW, type ContractAction } from "./contracts.workflow";

export async function contractPageFor(actor: User, id: string) {
  const c = await requireContractForActor(actor, id);
  const { reviewerId: _r, recommendedById: _rb, approvedById: _a, events: _ev, ...rest } = c;
  const { email: _e, userId: _u, ...worker } = c.worker;
  const [history, versions] = await Promise.all([historyOf(actor, c), versionsOf(actor, c)]);
  return {
    contract: { ...rest, worker, events: history },
    versions,
    actions: availableContractActions(actor, c),
    heldByFourEyes: heldByFourEyes(
      Object.keys(CONTRACT_FLOW[c.status] ?? {}) as ContractAction[],
      (a) => contractRefusal(actor, c, a),
    ),
  };
}

/**
 * Each step with who took it: NEA staff read the official's name and role (their own record of who
 * decided); an agency or the worker reads the role only ("NEA supervisor"), never a name.
 */
async function historyOf(actor: User, c: ContractForActor) {
  const ids = [...new Set(c.events.map((e) => e.actorId).filter((x): x is string => !!x))];
  const users = new Map(
    (
      await db.user.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, role: true, agencyId: true },
      })
    ).map((u) => [u.id, u]),
  );
  const names = can(actor, "contract:review");
  return c.events.map(({ actorId, ...e }) => {
    const u = actorId ? users.get(actorId) : undefined;
    // The agency sees the names of its own staff too.
    const named =
      u && (names || (u.agencyId && u.agencyId === actor.agencyId) || u.id === actor.id);
    return { ...e, by: u ? { role: u.role, name: named ? u.name : null } : null };
  });
}

/**
 * Every version of this contract (an amendment starts a new one that supersedes the last), oldest
 * first, with the ones this viewer may open. A chain is a handful of versions.
 */
async function versionsOf(actor: User, c: ContractForActor) {
  type Version = {
    id: string;
    version: number;
    status: ContractStatus;
    termsHash: string | null;
    supersedesId?: string | null;
  };
  const chain: Version[] = [];
  const select = { id: true, version: true, status: true, termsHash: true, supersedesId: true };
  let back: string | null | undefined = c.supersedesId;
  for (let i = 0; back && i < 20; i++) {
    const v: Version | null = await db.contract.findUnique({ where: { id: back }, select });
    if (!v) break;
    chain.unshift(v);
    back = v.supersedesId;
  }
  chain.push({ id: c.id, version: c.version, status: c.status, termsHash: c.termsHash });
  let forward: string | null = c.id;
  for (let i = 0; forward && i < 20; i++) {
    const v: Version | null = await db.contract.findFirst({
      where: { supersedesId: forward },
      select,
    });
    if (!v) break;
    chain.push(v);
    forward = v.id;
  }
  if (chain.length === 1) return [];
  // Which of them this reader may open: the same scope as every contract read.
  const open = new Set(
    (
      await db.contract.findMany({
        where: { id: { in: chain.map((v) => v.id) }, ...contractScope(actor) },
        select: { id: true },
      })
    ).map((v) => v.id),
  );
  return chain.map(({ id, version, status, termsHash }) => ({
    id,
    version,
    status,
    termsHash,
    current: id === c.id,
    canOpen: open.has(id),
  }));
}
