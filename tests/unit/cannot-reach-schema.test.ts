// /cannot-reach, as a relative fills it (issue 17, walkthrough): every problem in one round, each
// saying which field, and a tampered form still gets a clear refusal, never a crash.
import { describe, expect, it } from "vitest";
import { CannotReachSchema } from "~/domain/cases/cases.schema";

const issues = (input: Record<string, unknown>) =>
  CannotReachSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("the cannot-reach form", () => {
  it("lists every problem at once: her name, phone, relation and when she last heard", () => {
    expect(
      issues({ workerName: "Amina Wanjiru", reporterName: "", reporterPhone: "", relation: "" }),
    ).toEqual([
      "reporterName: cases.error.reporterName",
      "reporterPhone: cases.error.phone",
      "relation: cases.error.relation",
      "lastContact: cases.error.lastContact",
    ]);
  });

  it("a field sent twice (a tampered form) is refused, not a crash", () => {
    expect(() =>
      CannotReachSchema.safeParse({ workerName: ["a", "b"], reporterName: "Jane", relation: "x" }),
    ).not.toThrow();
    expect(
      issues({
        workerName: ["a", "b"],
        reporterName: "Jane",
        reporterPhone: "0712345678",
        relation: "Sister",
        lastContact: "May",
      }),
    ).toContain("workerName: cases.error.workerName");
  });
});
