// The one workflow definition: the guard and the visible actions come from one table, and every
// decision by a second official names the earlier steps whose actor may not take it.
import { describe, expect, it } from "vitest";
import { can } from "~/auth/permissions";
import { allowedActions, fourEyesSteps, refusal, type Workflow } from "~/domain/workflow/workflow";
import { CONTRACT_FLOW } from "~/domain/contracts/contracts.workflow";
import { RECRUITER_FLOW } from "~/domain/recruiters/recruiter.workflow";
import { APPLICATION_FLOW } from "~/domain/agencies/licensing.workflow";
import {
  PROPOSAL_KINDS,
  PROPOSAL_PERMISSIONS,
  proposalFlow,
} from "~/domain/decisions/decisions.workflow";

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
    const notBy = ["startReview", "recommend", "recommendRejection"];
    expect(fourEyesSteps(CONTRACT_FLOW)).toEqual([
      { status: "RECOMMENDED", action: "approve", notBy },
      { status: "RECOMMENDED_REJECTION", action: "reject", notBy },
    ]);
  });

  it("reported recruiters: whoever proposed never decides nor sends back (issue 20 §1)", () => {
    const notBy = ["proposeConfirm", "proposeDismiss"];
    expect(fourEyesSteps(RECRUITER_FLOW)).toEqual([
      { status: "CONFIRM_PROPOSED", action: "decide", notBy },
      { status: "CONFIRM_PROPOSED", action: "sendBack", notBy },
      { status: "DISMISS_PROPOSED", action: "decide", notBy },
      { status: "DISMISS_PROPOSED", action: "sendBack", notBy },
    ]);
  });

  it("licences: whoever started the review or recommended never grants or refuses, and the decision follows the recommendation", () => {
    const decisions = fourEyesSteps(APPLICATION_FLOW);
    expect(decisions.map((d) => `${d.status}:${d.action}`)).toEqual([
      "RECOMMENDED_GRANT:grant",
      "RECOMMENDED_REFUSAL:refuse",
    ]);
    for (const d of decisions)
      expect(d.notBy).toEqual(["startReview", "recommendGrant", "recommendRefusal"]);
  });

  it("every proposal kind (sanctions, bulk sanctions, certificate revocations, rule-set publications, officials' accounts, second-factor resets, officials' reactivations, agency imports, record links, national ID corrections): whoever proposed never confirms or refuses, and only the proposer withdraws", () => {
    const admin = { id: "a1", role: "ADMIN" as const };
    const admin2 = { id: "a2", role: "ADMIN" as const };
    for (const kind of PROPOSAL_KINDS) {
      const flow = proposalFlow(kind);
      expect(fourEyesSteps(flow)).toEqual([
        { status: "PROPOSED", action: "confirm", notBy: ["propose"] },
        { status: "PROPOSED", action: "refuse", notBy: ["propose"] },
      ]);
      const adminKind = PROPOSAL_PERMISSIONS[kind].decide === "admin:users";
      const [proposer, peer, decider] = adminKind
        ? [admin, admin2, admin2]
        : [officer, { id: "o2", role: "NEA_OFFICER" as const }, supervisor];
      const doneBy = { propose: proposer.id };
      expect(allowedActions(flow, "PROPOSED", proposer, doneBy)).toEqual(["withdraw"]);
      // Another official of the proposer's rank confirms only where the kind lets that rank decide.
      if (!adminKind)
        expect(allowedActions(flow, "PROPOSED", peer, doneBy)).toEqual(
          can({ role: peer.role }, PROPOSAL_PERMISSIONS[kind].decide) ? ["confirm", "refuse"] : [],
        );
      expect(allowedActions(flow, "PROPOSED", decider, doneBy)).toEqual(["confirm", "refuse"]);
      // A decider who proposed may only withdraw.
      expect(allowedActions(flow, "PROPOSED", decider, { propose: decider.id })).toEqual([
        "withdraw",
      ]);
      expect(allowedActions(flow, "CONFIRMED", decider, doneBy)).toEqual([]);
      // Nobody outside the kind's roles may do anything.
      expect(allowedActions(flow, "PROPOSED", { id: "w", role: "WORKER" }, doneBy)).toEqual([]);
    }
  });
});
