// Case rules: priority by category, response deadlines, the step table and escalation.
import { describe, expect, it } from "vitest";
import {
  caseNext,
  formatCaseReference,
  isCaseOverdue,
  needsEscalation,
  PRIORITY_OF,
  responseDeadline,
  WORKER_CATEGORIES,
} from "~/domain/cases/case.rules";

describe("case rules", () => {
  it("danger to life or liberty is critical, with 24 hours to respond", () => {
    for (const c of ["ABUSE", "DEATH", "DETENTION", "TRAFFICKING_SUSPECTED"] as const)
      expect(PRIORITY_OF[c]).toBe("CRITICAL");
    const at = new Date("2027-01-01T08:00:00Z");
    expect(responseDeadline(at, "CRITICAL").toISOString()).toBe("2027-01-02T08:00:00.000Z");
    expect(responseDeadline(at, "HIGH").toISOString()).toBe("2027-01-04T08:00:00.000Z");
    expect(responseDeadline(at, "NORMAL").toISOString()).toBe("2027-01-08T08:00:00.000Z");
    expect(WORKER_CATEGORIES.every((c) => PRIORITY_OF[c])).toBe(true);
  });

  it("steps follow the table; anything else is refused", () => {
    expect(caseNext("OPEN", "start")).toBe("IN_PROGRESS");
    expect(caseNext("IN_PROGRESS", "refer")).toBe("REFERRED");
    expect(caseNext("REFERRED", "resolve")).toBe("RESOLVED");
    expect(caseNext("RESOLVED", "reopen")).toBe("IN_PROGRESS");
    expect(caseNext("RESOLVED", "resolve")).toBeNull();
    expect(caseNext("IN_PROGRESS", "start")).toBeNull();
    expect(caseNext("CLOSED", "reopen")).toBeNull();
  });

  it("a case is overdue only while nobody has responded; it is escalated once", () => {
    const now = new Date("2027-01-05T00:00:00Z");
    const past = new Date("2027-01-04T00:00:00Z");
    expect(isCaseOverdue({ status: "OPEN", dueAt: past }, now)).toBe(true);
    expect(isCaseOverdue({ status: "IN_PROGRESS", dueAt: past }, now)).toBe(false);
    expect(isCaseOverdue({ status: "OPEN", dueAt: new Date("2027-01-06T00:00:00Z") }, now)).toBe(
      false,
    );
    expect(needsEscalation({ status: "OPEN", dueAt: past, escalatedAt: null }, now)).toBe(true);
    expect(needsEscalation({ status: "OPEN", dueAt: past, escalatedAt: past }, now)).toBe(false);
    expect(formatCaseReference(2027, 42)).toBe("KS-W-2027-000042");
  });
});
