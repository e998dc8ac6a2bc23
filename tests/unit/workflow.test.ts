// The one workflow definition: the guard and the visible actions come from one table, and every
// decision by a second official names the earlier steps whose actor may not take it.
import { describe, expect, it } from "vitest";
import { allowedActions, fourEyesSteps, refusal, type Workflow } from "~/domain/workflow/workflow";
import { CONTRACT_FLOW } from "~/domain/contracts/contracts.workflow";
import { APPLICATION_FLOW } from "~/domain/agencies/licensing.workflow";
import { PROPOSAL_KINDS, proposalFlow } from "~/domain/decisions/decisions.workflow";

type S = "OPEN" | "RECOMMENDED" | "DONE";
type A = "recommend" | "decide";
const FLOW: Workflow<S, A> = {
  OPEN: { recommend: { next: "RECOMMENDED", permission: "contract:review" } },
  RECOMMENDED: { decide: { next: "DONE", permission: "contract:approve", notBy: ["recommend"] } },
};
const supervisor = { id: "s1", role: "NEA_SUPERVISOR" as const };
const officer = { id: "o1", role: "NEA_OFFICER" as const };

describe("workflow refusal", () => {
  it("refuses what the table does not allow, what the role may not do, and the recommender's decision", () => {
    expect(refusal(FLOW, "OPEN", "decide", supervisor, {})).toBe("impossible");
    expect(refusal(FLOW, "RECOMMENDED", "decide", officer, {})).toBe("forbidden");
    expect(refusal(FLOW, "RECOMMENDED", "decide", supervisor, { recommend: "s1" })).toBe(
      "fourEyes",
    );
    expect(refusal(FLOW, "RECOMMENDED", "decide", supervisor, { recommend: "s2" })).toBeNull();
    expect(refusal(FLOW, "RECOMMENDED", "decide", supervisor, { recommend: null })).toBeNull();
  });

  it("shows exactly the actions the guard lets through", () => {
    for (const status of ["OPEN", "RECOMMENDED", "DONE"] as const)
      for (const actor of [supervisor, officer])
        for (const doneBy of [{}, { recommend: "s1" }, { recommend: "o1" }])
          expect(allowedActions(FLOW, status, actor, doneBy)).toEqual(
            (["recommend", "decide"] as const).filter(
              (a) => refusal(FLOW, status, a, actor, doneBy) === null,
            ),
          );
  });
});

describe("four eyes in every two-step decision (ADR 0016)", () => {
  it("contracts: whoever started the review or recommended never approves or rejects", () => {
    expect(fourEyesSteps(CONTRACT_FLOW)).toEqual([
      { status: "RECOMMENDED", action: "approve", notBy: ["startReview", "recommend"] },
      { status: "RECOMMENDED", action: "reject", notBy: ["startReview", "recommend"] },
    ]);
  });

  it("licences: whoever started the review or recommended never grants or refuses", () => {
    const decisions = fourEyesSteps(APPLICATION_FLOW);
    expect(decisions.map((d) => `${d.status}:${d.action}`)).toEqual([
      "RECOMMENDED_GRANT:grant",
      "RECOMMENDED_GRANT:refuse",
      "RECOMMENDED_REFUSAL:grant",
      "RECOMMENDED_REFUSAL:refuse",
    ]);
    for (const d of decisions)
      expect(d.notBy).toEqual(["startReview", "recommendGrant", "recommendRefusal"]);
  });

  it("sanctions, bulk sanctions, certificate revocations and rule-set publications: whoever proposed never confirms or refuses, and only the proposer withdraws", () => {
    for (const kind of PROPOSAL_KINDS) {
      const flow = proposalFlow(kind);
      expect(fourEyesSteps(flow)).toEqual([
        { status: "PROPOSED", action: "confirm", notBy: ["propose"] },
        { status: "PROPOSED", action: "refuse", notBy: ["propose"] },
      ]);
      const doneBy = { propose: "o1" };
      const otherOfficer = { id: "o2", role: "NEA_OFFICER" as const };
      expect(allowedActions(flow, "PROPOSED", officer, doneBy)).toEqual(["withdraw"]);
      expect(allowedActions(flow, "PROPOSED", otherOfficer, doneBy)).toEqual([]);
      expect(allowedActions(flow, "PROPOSED", supervisor, doneBy)).toEqual(["confirm", "refuse"]);
      // A supervisor who proposed may only withdraw.
      expect(allowedActions(flow, "PROPOSED", supervisor, { propose: "s1" })).toEqual(["withdraw"]);
      expect(allowedActions(flow, "CONFIRMED", supervisor, doneBy)).toEqual([]);
    }
  });
});
