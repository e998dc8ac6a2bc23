import { describe, expect, it } from "vitest";
import { HOUSEHOLD_COVERAGE, ruleCategoryFor } from "~/domain/compliance/coverage";
import { effectiveFromOf, RULE_SETS, versionOf } from "~/domain/compliance/rule-sets.data";

describe("which rule set covers a job (issue 22 §4)", () => {
  it("a household's driver, guard or carer is a domestic worker where the law says so", () => {
    expect(ruleCategoryFor("SA", "DRIVER", "HOUSEHOLD")).toBe("DOMESTIC_WORKER");
    expect(ruleCategoryFor("AE", "SECURITY_GUARD", "HOUSEHOLD")).toBe("DOMESTIC_WORKER");
    expect(ruleCategoryFor("QA", "CAREGIVER", "HOUSEHOLD")).toBe("DOMESTIC_WORKER");
    // A company's driver falls under the general labour law; so does a job the law does not list.
    expect(ruleCategoryFor("SA", "DRIVER", "COMPANY")).toBe("DRIVER");
    expect(ruleCategoryFor("SA", "DRIVER", null)).toBe("DRIVER");
    expect(ruleCategoryFor("SA", "CONSTRUCTION", "HOUSEHOLD")).toBe("CONSTRUCTION");
    expect(ruleCategoryFor("QA", "SECURITY_GUARD", "HOUSEHOLD")).toBe("SECURITY_GUARD");
    // Where coverage is not sourced, nothing is assumed.
    expect(ruleCategoryFor("LB", "DRIVER", "HOUSEHOLD")).toBe("DRIVER");
  });

  it("every coverage entry and every seeded version names its source", () => {
    for (const c of Object.values(HOUSEHOLD_COVERAGE)) expect(c.src.length).toBeGreaterThan(20);
    for (const set of RULE_SETS) {
      expect(set.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(effectiveFromOf(set).toISOString()).toBe(`${set.from}T00:00:00.000Z`);
      expect(set.fromSource).toMatch(/\[(solid|likely|unsure|placeholder)\]/);
    }
  });

  it("versions of one destination and job are numbered in date order", () => {
    const sa = RULE_SETS.filter((r) => r.country === "SA" && r.jobCategory === "DOMESTIC_WORKER");
    expect(sa.map((s) => [versionOf(s), s.from])).toEqual([
      [1, "2024-09-21"],
      [2, "2026-02-01"],
    ]);
    // The 2023 regulation sets no minimum wage; SAR 1,000 starts with version 2.
    expect(sa.map((s) => s.rules.minWage.value?.amount ?? null)).toEqual([null, 1000]);
  });
});
