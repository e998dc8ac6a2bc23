// Rule sets start on the day their source took effect, household jobs use the domestic-worker law
// where it covers them, the "no agreement" warning survives jobs no rule set covers, and each rule
// set's currency is the destination's (issue 22 §4). Against the seeded reference data.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { runComplianceCheck } from "~/domain/compliance/compliance.server";
import { ComplianceCheckSchema } from "~/domain/compliance/compliance.schema";
import { effectiveFromOf, RULE_SETS, versionOf } from "~/domain/compliance/rule-sets.data";
import { goodTerms } from "../factories/contracts";

const dayBefore = (d: Date) => new Date(d.getTime() - 86400_000);

/** Terms that pass everywhere they are checked below (zod drops the factory's start date). */
const TERMS = goodTerms({
  monthlyWage: 200,
  currency: "KWD",
  dailyHours: 8,
  annualLeaveDays: 30,
  endOfServiceDaysPerYear: 30,
});

function check(over: Record<string, unknown>) {
  return runComplianceCheck(
    ComplianceCheckSchema.parse({
      country: "KW",
      jobCategory: "OTHER",
      contractDate: "2026-12-01",
      worker: { dateOfBirth: "1995-05-04" },
      terms: TERMS,
      ...over,
    }),
  );
}

describe("rule sets and their sources", () => {
  it("each version applies from the day its source took effect, exactly, and not the day before", async () => {
    for (const set of RULE_SETS) {
      const from = effectiveFromOf(set);
      const category = set.jobCategory ?? "HOSPITALITY"; // a job only the general set covers
      const on = await ruleSetInForce(set.country, category, from, null);
      expect(on, `${set.country} ${set.jobCategory} on ${set.from}`).toMatchObject({
        version: versionOf(set),
        effectiveFrom: from,
      });
      const before = await ruleSetInForce(set.country, category, dayBefore(from), null);
      expect(before?.version ?? 0, `${set.country} the day before ${set.from}`).toBe(
        versionOf(set) - 1,
      );
    }
  });

  it("Saudi Arabia: no minimum wage under the 2023 regulation, SAR 1,000 from 1 February 2026; Oman's regulation blocks nothing dated 2024", async () => {
    const jan = await ruleSetInForce(
      "SA",
      "DOMESTIC_WORKER",
      new Date("2026-01-31T00:00:00Z"),
      null,
    );
    const feb = await ruleSetInForce(
      "SA",
      "DOMESTIC_WORKER",
      new Date("2026-02-01T00:00:00Z"),
      null,
    );
    expect(jan?.rules.minWage.value).toBeNull();
    expect(feb?.rules.minWage.value).toEqual({ amount: 1000 });
    expect(
      await ruleSetInForce("OM", "DOMESTIC_WORKER", new Date("2024-06-01T00:00:00Z"), null),
    ).toBeNull();
    const qa = await ruleSetInForce(
      "QA",
      "DOMESTIC_WORKER",
      new Date("2026-12-01T00:00:00Z"),
      null,
    );
    expect(qa?.rules.probationMaxDays).toMatchObject({ value: 90, tag: "likely" });
  });

  it("a household's driver is checked against the domestic-worker rule set; a company's is not", async () => {
    const on = new Date("2026-12-01T00:00:00Z");
    expect(await ruleSetInForce("SA", "DRIVER", on, "HOUSEHOLD")).toMatchObject({
      countryCode: "SA",
      jobCategory: "DOMESTIC_WORKER",
    });
    expect(await ruleSetInForce("SA", "DRIVER", on, "COMPANY")).toBeNull();
    const household = await check({
      country: "SA",
      jobCategory: "DRIVER",
      employerKind: "HOUSEHOLD",
      terms: { ...TERMS, currency: "SAR", monthlyWage: 1500, dailyHours: 11 },
    });
    expect(household.ruleSet).toMatchObject({ jobCategory: "DOMESTIC_WORKER", version: 2 });
    expect(household.findings.map((f) => f.code)).toContain("HRS-02"); // 10 hours at most
    const company = await check({
      country: "SA",
      jobCategory: "DRIVER",
      employerKind: "COMPANY",
      terms: { ...TERMS, currency: "SAR", monthlyWage: 1500, dailyHours: 11 },
    });
    expect(company.ruleSet).toMatchObject({ jobCategory: "BASELINE" });
  });

  it("a job no rule set covers keeps the destination's agreement: the warning stays where there is none", async () => {
    const countries = await db.country.findMany({ select: { code: true, blmaSigned: true } });
    for (const c of countries) {
      if (!RULE_SETS.some((r) => r.country === c.code)) continue;
      const r = await check({ country: c.code });
      if (r.ruleSet.jobCategory !== "BASELINE") continue; // Qatar's general set covers every job
      expect(
        r.findings.some((f) => f.code === "BLA-00"),
        `${c.code}: agreement signed ${c.blmaSigned}`,
      ).toBe(!c.blmaSigned);
    }
    expect((await check({ country: "KW" })).findings.map((f) => f.code)).toContain("BLA-00");
    expect((await check({ country: "AE" })).findings.map((f) => f.code)).not.toContain("BLA-00");
  });

  it("every rule set's currency is the destination's currency in the reference data", async () => {
    const currencies = new Map(
      (await db.country.findMany({ select: { code: true, currency: true } })).map((c) => [
        c.code,
        c.currency,
      ]),
    );
    for (const set of RULE_SETS)
      expect(set.rules.currency, set.country).toBe(currencies.get(set.country));
    for (const row of await db.blmaRuleSet.findMany({ select: { countryCode: true, rules: true } }))
      expect((row.rules as { currency: string }).currency).toBe(currencies.get(row.countryCode));
  });
});
