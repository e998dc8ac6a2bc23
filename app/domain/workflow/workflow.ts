// One way to define a workflow: a table of (status, action) → step, where each step names the
// status it leads to, the permission it needs, and the earlier steps whose actor may not take it
// (four eyes: whoever started a review or recommended never decides). The guard that refuses an
// action and the list of actions a page shows both come from `refusal`, so they cannot drift apart
// (ADR 0016).
import type { User } from "lucia";
import { can, type Permission } from "~/auth/permissions";

export type Step<S extends string, A extends string> = {
  next: S;
  permission: Permission;
  /** Four eyes: refused to whoever took any of these earlier steps on the same record. */
  notBy?: readonly A[];
  /** Only whoever took one of these earlier steps (e.g. the proposer withdrawing a proposal). */
  onlyBy?: readonly A[];
};

export type Workflow<S extends string, A extends string> = Partial<
  Record<S, Partial<Record<A, Step<S, A>>>>
>;

/** Who took each earlier step on a record (user ids, as recorded on the record). */
export type DoneBy<A extends string> = Partial<Record<A, string | null | undefined>>;

/** Why an action is refused: not possible now (409), not permitted (403), or four eyes. */
export type Refusal = "impossible" | "forbidden" | "fourEyes";

export function stepOf<S extends string, A extends string>(
  flow: Workflow<S, A>,
  status: S,
  action: A,
): Step<S, A> | null {
  return flow[status]?.[action] ?? null;
}

/** null when `actor` may take `action` on a record in `status` whose earlier steps `doneBy` took. */
export function refusal<S extends string, A extends string>(
  flow: Workflow<S, A>,
  status: S,
  action: A,
  actor: Pick<User, "id" | "role">,
  doneBy: DoneBy<A>,
): Refusal | null {
  const step = stepOf(flow, status, action);
  if (!step) return "impossible";
  if (!can(actor, step.permission)) return "forbidden";
  if (step.notBy?.some((earlier) => doneBy[earlier] === actor.id)) return "fourEyes";
  if (step.onlyBy && !step.onlyBy.some((earlier) => doneBy[earlier] === actor.id))
    return "forbidden";
  return null;
}

/** The actions `actor` may take now: exactly those `refusal` lets through. */
export function allowedActions<S extends string, A extends string>(
  flow: Workflow<S, A>,
  status: S,
  actor: Pick<User, "id" | "role">,
  doneBy: DoneBy<A>,
): A[] {
  return (Object.keys(flow[status] ?? {}) as A[]).filter(
    (a) => refusal(flow, status, a, actor, doneBy) === null,
  );
}

/**
 * Whether four eyes alone holds `actor` back from a step here (they could otherwise take it): a
 * page says so, rather than leaving them to wonder where the buttons went.
 */
export function heldByFourEyes<A extends string>(
  actions: readonly A[],
  why: (action: A) => Refusal | null,
): boolean {
  return actions.some((a) => why(a) === "fourEyes");
}

/** Every step that is a decision by a second person: for the ADR's list and the tests. */
export function fourEyesSteps<S extends string, A extends string>(flow: Workflow<S, A>) {
  return Object.entries(flow).flatMap(([status, actions]) =>
    Object.entries(actions as Record<string, Step<S, A>>)
      .filter(([, step]) => step.notBy?.length)
      .map(([action, step]) => ({ status: status as S, action: action as A, notBy: step.notBy! })),
  );
}
