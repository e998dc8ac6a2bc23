// Rule sets are versioned data: a contract is checked against the version in force on its date.
import type { User } from "lucia";
import type { JobCategory, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import type { RuleSetData } from "./rule-set";
import { applyEdits, type PublishInput } from "./rule-set-form";
import { isUuid, nairobiToday } from "~/utils/validation";
import { ruleCategoryFor, type EmployerKind } from "./coverage";
import { DomainError } from "~/domain/errors";

export type RuleSetInForce = {
  id: string;
  countryCode: string;
  jobCategory: JobCategory | null;
  version: number;
  effectiveFrom: Date;
  rules: RuleSetData;
};

/**
 * The version in force on `on`: the category's own set if there is one, else the country's general
 * set. A household job the destination's domestic-worker law covers is checked as domestic work.
 */
export async function ruleSetInForce(
  country: string,
  category: JobCategory,
  on: Date,
  /** Who employs the worker; null when not known (the public pre-check may not say). */
  employerKind: EmployerKind | null | undefined,
): Promise<RuleSetInForce | null> {
  const jobCategory = ruleCategoryFor(country, category, employerKind);
  const rows = await db.blmaRuleSet.findMany({
    where: {
      countryCode: country,
      status: "PUBLISHED",
      effectiveFrom: { lte: on },
      OR: [{ jobCategory }, { jobCategory: null }],
    },
    orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
    select: {
      id: true,
      countryCode: true,
      jobCategory: true,
      version: true,
      effectiveFrom: true,
      rules: true,
    },
  });
  const own =
    rows.find((r) => r.jobCategory === jobCategory) ?? rows.find((r) => r.jobCategory === null);
  return own ? { ...own, rules: own.rules as unknown as RuleSetData } : null;
}

/** The destination's agreement with Kenya as the reference data record it, for jobs no rule set covers. */
export async function countryAgreement(
  code: string,
  client: Tx | typeof db = db,
): Promise<RuleSetData["agreement"] | undefined> {
  const c = await client.country.findUnique({
    where: { code },
    select: { blmaSigned: true, blmaNote: true, blmaSource: true },
  });
  if (!c) return undefined;
  return {
    value: { signed: c.blmaSigned === true, type: c.blmaNote ?? "unknown", year: null },
    src: c.blmaSource ?? "reference data",
    tag: "likely",
  };
}

export async function listRuleSets() {
  return db.blmaRuleSet.findMany({
    orderBy: [{ countryCode: "asc" }, { jobCategory: "asc" }, { version: "desc" }],
    select: {
      id: true,
      countryCode: true,
      jobCategory: true,
      version: true,
      effectiveFrom: true,
      status: true,
      note: true,
      country: { select: { nameEn: true, nameSw: true } },
    },
  });
}

export async function getRuleSet(id: string) {
  if (!isUuid(id)) return null;
  const r = await db.blmaRuleSet.findUnique({
    where: { id },
    select: {
      id: true,
      countryCode: true,
      jobCategory: true,
      version: true,
      effectiveFrom: true,
      status: true,
      note: true,
      rules: true,
      createdAt: true,
      country: { select: { nameEn: true, nameSw: true } },
    },
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

/**
 * Whether a new version can be proposed from `baseId` (an official proposes; a supervisor who did
 * not propose confirms it: decisions.server.ts). The effective date may not be in the past.
 */
export async function checkPublicationProposal(
  actor: User,
  baseId: string,
  input: PublishInput,
  now = new Date(),
) {
  if (!can(actor, "rules:propose")) throw new Response("Forbidden", { status: 403 });
  const base = await getRuleSet(baseId);
  if (!base) throw new Response("Not found", { status: 404 });
  await requireLatest(db, base);
  checkEffectiveDate(input, now);
  return base;
}

/**
 * A new version is made from the newest one only: otherwise a proposal from an older version would
 * silently undo a newer one while the confirming official sees "no change" against its base.
 */
async function requireLatest(
  client: Tx | typeof db,
  base: { id: string; countryCode: string; jobCategory: JobCategory | null; version: number },
) {
  const newer = await client.blmaRuleSet.count({
    where: {
      countryCode: base.countryCode,
      jobCategory: base.jobCategory,
      version: { gt: base.version },
    },
  });
  if (newer) throw new DomainError("rules.error.notLatest", { kind: "conflict" });
}

function checkEffectiveDate(input: PublishInput, now: Date) {
  const effectiveFrom = new Date(`${input.effectiveFrom}T00:00:00Z`);
  const today = new Date(`${nairobiToday(now)}T00:00:00Z`);
  if (Number.isNaN(effectiveFrom.getTime()) || effectiveFrom < today)
    throw new DomainError("rules.error.pastDate");
  return effectiveFrom;
}

/**
 * A confirmed publication: a new version from the base one, in the confirming transaction. Versions
 * are never edited: contracts keep the version they were checked against. A proposal whose effective
 * date has passed by the time it is confirmed is refused (propose again with a new date).
 */
export async function applyPublication(
  tx: Tx,
  decider: User,
  baseId: string,
  input: PublishInput,
  opts: { ctx: RequestContext; proposal: { id: string; proposedById: string }; now?: Date },
) {
  const base = await getRuleSet(baseId);
  if (!base) throw new Response("Not found", { status: 404 });
  const effectiveFrom = checkEffectiveDate(input, opts.now ?? new Date());
  const rules = applyEdits(base.rules, input.fields);
  // Lock the family of versions so two confirmations cannot both create version N+1.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ruleset:${base.countryCode}:${base.jobCategory ?? "ALL"}`}))`;
  await requireLatest(tx, base);
  const last = await tx.blmaRuleSet.findFirst({
    where: { countryCode: base.countryCode, jobCategory: base.jobCategory },
    orderBy: { version: "desc" },
    select: { version: true },
  });
  const created = await tx.blmaRuleSet.create({
    data: {
      countryCode: base.countryCode,
      jobCategory: base.jobCategory,
      version: (last?.version ?? 0) + 1,
      status: "PUBLISHED",
      effectiveFrom,
      rules: rules as unknown as Prisma.InputJsonValue,
      note: input.note,
      publishedById: decider.id,
    },
    select: { id: true, version: true },
  });
  await recordAudit(tx, {
    actor: { id: decider.id, role: decider.role },
    action: "rules.published",
    entityType: "BlmaRuleSet",
    entityId: created.id,
    summary: {
      country: base.countryCode,
      jobCategory: base.jobCategory,
      version: created.version,
      from: base.version,
      effectiveFrom: input.effectiveFrom,
      proposalId: opts.proposal.id,
      proposedBy: opts.proposal.proposedById,
    },
    ctx: opts.ctx,
  });
  return { ruleSetId: created.id, version: created.version };
}

/** Every version, newest first within each set, with how many of its values are unverified. */
export async function listRuleSetsWithCounts() {
  const rows = await db.blmaRuleSet.findMany({
    orderBy: [{ countryCode: "asc" }, { jobCategory: "asc" }, { version: "desc" }],
    select: {
      id: true,
      countryCode: true,
      jobCategory: true,
      version: true,
      effectiveFrom: true,
      rules: true,
      country: { select: { nameEn: true, nameSw: true } },
    },
  });
  return rows.map(({ rules, ...r }) => ({
    ...r,
    unverified: unverifiedCount(rules as unknown as RuleSetData),
  }));
}

export function unverifiedCount(rules: RuleSetData) {
  return Object.values(rules).filter(
    (v) =>
      typeof v === "object" && v && "tag" in v && (v.tag === "placeholder" || v.tag === "unsure"),
  ).length;
}

export async function countryHasRuleSets(code: string) {
  return (await db.blmaRuleSet.count({ where: { countryCode: code, status: "PUBLISHED" } })) > 0;
}
