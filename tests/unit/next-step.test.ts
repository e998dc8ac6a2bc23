import { describe, expect, it } from "vitest";
import { HOME_DAYS, nextStep, type NextStepFacts } from "~/domain/departure/next-step.rules";

type C = NextStepFacts["contracts"][number];
const contract = (over: Partial<C>): C => ({
  id: "c1",
  status: "APPROVED",
  country: "SA",
  failing: [],
  hasClearance: false,
  registration: null,
  ...over,
});
const step = (contracts: C[], hasProfile = true) => nextStep({ hasProfile, contracts });

describe("a worker's next step", () => {
  it("starts with the profile, then checking a job offer", () => {
    expect(step([], false)).toEqual({ kind: "PROFILE", href: "/my/profile" });
    expect(step([])).toEqual({ kind: "NO_CONTRACT", href: "/jobs" });
    expect(step([contract({ status: "REJECTED" })]).kind).toBe("NO_CONTRACT");
  });

  it("waits for NEA, then asks her to read and accept the approved contract", () => {
    expect(step([contract({ status: "UNDER_REVIEW", id: "r" })])).toEqual({
      kind: "IN_REVIEW",
      href: "/my/contracts/r",
    });
    expect(step([contract({ status: "APPROVED", id: "a" })])).toEqual({
      kind: "SIGN",
      href: "/my/contracts/a",
    });
    // A question to NEA still open: wait for the answer before accepting.
    expect(step([contract({ status: "APPROVED", id: "a", openQuestion: true })])).toEqual({
      kind: "QUESTION_OPEN",
      href: "/my/contracts/a",
    });
  });

  it("after signing: the first unmet condition she can act on, then the clearance", () => {
    const signed = (failing: C["failing"], hasClearance = false) =>
      step([contract({ status: "SIGNED", failing, hasClearance })]);
    expect(signed(["TRAINING", "PASSPORT"])).toEqual({
      kind: "TRAINING",
      href: "/training?country=SA",
    });
    expect(signed(["PASSPORT"]).kind).toBe("PROFILE_FOR_DEPARTURE");
    expect(signed(["NEXT_OF_KIN"]).kind).toBe("PROFILE_FOR_DEPARTURE");
    expect(signed(["AGENCY"]).kind).toBe("WAIT_FOR_AGENCY");
    expect(signed([]).kind).toBe("CLEARANCE");
    expect(signed([], true).kind).toBe("READY");
  });

  it("abroad, the mission comes first: her address and number, then check-ins and help", () => {
    const abroad = (abroadDetails: boolean) =>
      step([
        contract({ id: "new", status: "APPROVED" }),
        contract({ id: "old", status: "ARRIVED", registration: { abroadDetails } }),
      ]);
    expect(abroad(false).kind).toBe("ABROAD_DETAILS");
    expect(abroad(true)).toEqual({ kind: "ABROAD", href: "/my/departure" });
  });

  it("back home: how the job was first, then her help at home for a while; abroad again comes first", () => {
    const back = (debriefed: boolean, daysAgo = 3) => ({
      registrationId: "r1",
      daysAgo,
      debriefed,
    });
    const home = (h: NextStepFacts["home"], contracts: C[] = []) =>
      nextStep({ hasProfile: true, contracts, home: h });
    expect(home(back(false))).toEqual({ kind: "DEBRIEF", href: "/my/return/r1" });
    // Not yet answered: before a new contract to sign, too (her answers open claims).
    expect(home(back(false, 400), [contract({ status: "APPROVED" })]).kind).toBe("DEBRIEF");
    expect(home(back(true))).toEqual({ kind: "HOME", href: "/my/return/r1" });
    expect(home(back(true, HOME_DAYS)).kind).toBe("HOME");
    expect(home(back(true, HOME_DAYS + 1)).kind).toBe("NO_CONTRACT");
    // Answered: a new contract's step comes before her page at home.
    expect(home(back(true), [contract({ status: "APPROVED", id: "a" })]).kind).toBe("SIGN");
    // Abroad again on a new contract: the mission first.
    expect(
      home(back(false), [contract({ status: "ARRIVED", registration: { abroadDetails: true } })])
        .kind,
    ).toBe("ABROAD");
  });
});
