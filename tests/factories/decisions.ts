// Two-step decisions as officials take them: one proposes, another confirms (ADR 0016).
import type { User } from "lucia";
import { lucia } from "~/auth/session.server";
import { decide, propose, type ProposalInput } from "~/domain/decisions/decisions.server";
import { createUser } from "./users";

export const decisionCtx = { requestId: "test", ip: "10.4.4.4" };

export async function official(role: "NEA_OFFICER" | "NEA_SUPERVISOR"): Promise<User> {
  const row = await createUser(role);
  const s = await lucia.createSession(row.id, { secondFactorAt: new Date() });
  return (await lucia.validateSession(s.id)).user!;
}

/** An officer proposes, a supervisor confirms; returns what the confirmation applied. */
export async function proposeAndConfirm(
  p: ProposalInput,
  people: { proposer?: User; confirmer?: User } = {},
) {
  const proposer = people.proposer ?? (await official("NEA_OFFICER"));
  const confirmer = people.confirmer ?? (await official("NEA_SUPERVISOR"));
  const { id } = await propose(proposer, p, { ctx: decisionCtx });
  const r = await decide(confirmer, id, "confirm", null, decisionCtx);
  return { proposalId: id, ...r };
}
