// Rule sets are versioned data: a contract is checked against the version in force on its date.
import type { JobCategory } from "~/generated/prisma/client";
import { db } from "~/utils/db.server";
import type { RuleSetData } from "./rule-set";

export type RuleSetInForce = { id: string; countryCode: string; jobCategory: JobCategory | null; version: number; effectiveFrom: Date; rules: RuleSetData };

/** The version in force on `on`: the category's own set if there is one, else the country's general set. */
export async function ruleSetInForce(country: string, jobCategory: JobCategory, on: Date): Promise<RuleSetInForce | null> {
  const rows = await db.blmaRuleSet.findMany({
    where: { countryCode: country, status: "PUBLISHED", effectiveFrom: { lte: on }, OR: [{ jobCategory }, { jobCategory: null }] },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: { id: true, countryCode: true, jobCategory: true, version: true, effectiveFrom: true, rules: true },
  });
  const own = rows.find((r) => r.jobCategory === jobCategory) ?? rows.find((r) => r.jobCategory === null);
  return own ? { ...own, rules: own.rules as unknown as RuleSetData } : null;
}

export async function listRuleSets() {
  return db.blmaRuleSet.findMany({
    orderBy: [{ countryCode: "asc" }, { jobCategory: "asc" }, { version: "desc" }],
    select: { id: true, countryCode: true, jobCategory: true, version: true, effectiveFrom: true, status: true, note: true, country: { select: { nameEn: true, nameSw: true } } },
  });
}

export async function getRuleSet(id: string) {
  if (!/^[0-9a-f-]{36}$/.test(id)) return null;
  const r = await db.blmaRuleSet.findUnique({
    where: { id },
    select: { id: true, countryCode: true, jobCategory: true, version: true, effectiveFrom: true, status: true, note: true, rules: true, createdAt: true, country: { select: { nameEn: true, nameSw: true } } },
  });
  return r ? { ...r, rules: r.rules as unknown as RuleSetData } : null;
}

/** Countries that have a rule set, for the pre-check form. */
export async function listCheckableCountries() {
  const rows = await db.country.findMany({
    where: { ruleSets: { some: { status: "PUBLISHED" } } },
    orderBy: { nameEn: "asc" },
    select: { code: true, nameEn: true, nameSw: true, currency: true },
  });
  return rows;
}
