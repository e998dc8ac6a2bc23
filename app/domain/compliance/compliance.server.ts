// The pre-check: the engine run against the rule set in force on the contract date.
import { checkContract, isCompliant } from "./engine";
import { countryAgreement, countryHasRuleSets, ruleSetInForce } from "./rule-sets.server";
import type { ComplianceCheckInput } from "./compliance.schema";

export class NoRuleSet extends Error {}

export async function runComplianceCheck(input: ComplianceCheckInput) {
  const contractDate = new Date(`${input.contractDate}T00:00:00Z`);
  const ruleSet = await ruleSetInForce(
    input.country,
    input.jobCategory,
    contractDate,
    input.employerKind,
  );
  // A destination we know, but no set for this job there: the international baseline only (BLA-01).
  if (!ruleSet && !(await countryHasRuleSets(input.country)))
    throw new NoRuleSet(`No rule set for ${input.country} on ${input.contractDate}`);
  const findings = checkContract(
    {
      country: input.country,
      contractDate,
      terms: input.terms,
      worker: { dateOfBirth: new Date(`${input.worker.dateOfBirth}T00:00:00Z`) },
      countryAgreement: ruleSet ? undefined : await countryAgreement(input.country),
    },
    ruleSet?.rules ?? null,
  );
  return {
    compliant: isCompliant(findings),
    ruleSet: ruleSet
      ? {
          country: ruleSet.countryCode,
          jobCategory: ruleSet.jobCategory ?? "ALL",
          version: ruleSet.version,
          effectiveFrom: ruleSet.effectiveFrom.toISOString().slice(0, 10),
        }
      : { country: input.country, jobCategory: "BASELINE", version: 0, effectiveFrom: null },
    findings,
  };
}
