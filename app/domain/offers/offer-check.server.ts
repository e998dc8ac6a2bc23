// Gathers what the register knows of a job offer (issue 20 §2) and asks the pure rule for the
// verdict. Public and stores nothing; limited per caller like the other public checks.
import type { JobCategory } from "~/generated/prisma/enums";
import { readDb } from "~/utils/db.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { PUBLIC_STATUSES } from "~/domain/agencies/agencies.server";
import { normalizeLicenceNo, searchKey } from "~/domain/agencies/normalize";
import { minimumWage } from "~/domain/compliance/engine";
import { GLOBAL_BASELINE } from "~/domain/compliance/rule-set";
import { ruleSetInForce } from "~/domain/compliance/rule-sets.server";
import { DESTINATION_FEE_LAW } from "~/domain/fees/fee.rules";
import { checkRecruiter } from "~/domain/recruiters/recruiters.server";
import { verifyCode } from "~/domain/verify/verify.server";
import {
  offerVerdict,
  type AgencyFact,
  type AgencyMatch,
  type ContactFact,
  type Floor,
  type OfferFacts,
  type OrderFact,
  type Verdict,
} from "./offer.rules";
import type { OfferCheckInput } from "./offer.schema";

/** A name without its legal form: "jamii bora recruitment ltd" → "jamii bora recruitment". */
const bareName = (key: string) =>
  key.replace(/\s+(ltd|limited|co|company|plc|llc|inc)$/, "").trim();

/** Agencies a name may match before we ask for the licence number instead. */
const NAME_MATCHES = 5;

const agencySelect = {
  id: true,
  name: true,
  licenceNo: true,
  status: true,
  validUntil: true,
  searchName: true,
  countries: { select: { countryCode: true } },
} as const;

type AgencyRow = {
  id: string;
  name: string;
  licenceNo: string | null;
  status: AgencyFact["status"];
  validUntil: Date | null;
  searchName: string;
  countries: { countryCode: string }[];
};

const toFact = (a: AgencyRow): AgencyFact => ({
  id: a.id,
  name: a.name,
  licenceNo: a.licenceNo,
  status: a.status,
  validUntil: a.validUntil,
  countries: a.countries.map((c) => c.countryCode),
});

/**
 * The agency she named: by licence number, else by name. Several names containing what she typed
 * are narrowed to the job order's agency or to an exact name; otherwise she is asked for the
 * licence number. Only agencies the public register shows (never a pending application).
 */
async function matchAgency(typed: string, orderAgencyId: string | null): Promise<AgencyMatch> {
  const db = readDb();
  const byLicence = await db.agency.findFirst({
    where: { licenceNo: normalizeLicenceNo(typed), status: { in: [...PUBLIC_STATUSES] } },
    select: agencySelect,
  });
  if (byLicence) return { match: "ONE", agency: toFact(byLicence), fromOrder: false };
  const key = searchKey(typed);
  if (!key) return { match: "NONE" };
  const rows = await db.agency.findMany({
    where: { searchName: { contains: key }, status: { in: [...PUBLIC_STATUSES] } },
    orderBy: [{ searchName: "asc" }, { id: "asc" }],
    take: NAME_MATCHES + 1,
    select: agencySelect,
  });
  if (!rows.length) return { match: "NONE" };
  // Only the whole name (with or without "Ltd") confirms an agency: "Gulf Jobs" is not "Sahara
  // Gulf Jobs Ltd", and a fake borrows part of a real name. The job order's own agency, typed in
  // part, is that agency.
  const one =
    rows.find((r) => r.id === orderAgencyId) ??
    rows.find((r) => bareName(searchKey(r.name)) === bareName(key));
  if (one) return { match: "ONE", agency: toFact(one), fromOrder: false };
  if (rows.length === 1) return { match: "SIMILAR", name: rows[0]!.name };
  return { match: "MANY", count: rows.length };
}

async function agencyById(id: string): Promise<AgencyMatch> {
  const a = await readDb().agency.findUnique({ where: { id }, select: agencySelect });
  return a ? { match: "ONE", agency: toFact(a), fromOrder: true } : { match: "NONE" };
}

/** The lowest lawful pay for the job in the destination's rule set in force today, if it has one. */
async function floorFor(
  country: string,
  job: JobCategory,
  employerKind: "HOUSEHOLD" | "COMPANY" | null,
  today: Date,
): Promise<Floor | null> {
  const set = await ruleSetInForce(country, job, today, employerKind);
  if (!set) return null;
  const r = set.rules;
  const housed = minimumWage(r, { housingProvided: true, foodProvided: true });
  const unhoused = minimumWage(r, { housingProvided: false, foodProvided: false });
  const bla = r.blaWageFloor.value;
  // The higher of the statutory minimum and the agreement's floor; the source is the one that set it.
  if (bla !== null && (housed === null || bla > housed))
    return {
      amount: bla,
      withoutHousingAndFood: Math.max(bla, unhoused ?? 0),
      currency: r.currency,
      tag: r.blaWageFloor.tag,
      src: r.blaWageFloor.src,
    };
  if (housed === null) return null;
  return {
    amount: housed,
    withoutHousingAndFood: unhoused ?? housed,
    currency: r.currency,
    tag: r.minWage.tag,
    src: r.minWage.src,
  };
}

async function contactFact(raw: string | undefined): Promise<ContactFact | null> {
  if (!raw) return null;
  const c = await checkRecruiter(raw);
  if (c.verdict === "AGENCY")
    return {
      verdict: "AGENCY",
      agencyId: c.agency.id,
      agencyName: c.agency.name,
      agencyStatus: c.agency.status,
    };
  if (c.verdict === "REPORTED")
    return { verdict: "REPORTED", reports: c.reports, confirmed: c.confirmed };
  return { verdict: "UNKNOWN" };
}

export type OfferCheck = Verdict & {
  /** The destination's currency, in which pay is compared. */
  currency: string;
};

/** The verdict on an offer, or null when the destination is not one the register knows. */
export async function checkOffer(
  input: OfferCheckInput,
  now = new Date(),
): Promise<OfferCheck | null> {
  const country = await readDb().country.findUnique({
    where: { code: input.country },
    select: { code: true, currency: true, isDestination: true },
  });
  if (!country || !country.isDestination) return null;
  const verified = input.code ? await verifyCode(input.code, now) : null;
  const order: OrderFact | null = !input.code
    ? null
    : verified?.kind === "JOB_ORDER"
      ? {
          found: true,
          status: verified.status,
          title: verified.subject.title,
          country: verified.subject.country,
          jobCategory: verified.subject.jobCategory,
          offeredWage: verified.subject.offeredWage,
          currency: verified.subject.currency,
          positionsLeft: verified.subject.positionsLeft,
          agencyId: verified.subject.agency.id,
        }
      : { found: false };
  const orderAgencyId = order?.found ? order.agencyId : null;
  const employerKind =
    verified?.kind === "JOB_ORDER"
      ? (verified.subject.employer.kind as "HOUSEHOLD" | "COMPANY")
      : null;
  const [agency, contact, floor] = await Promise.all([
    input.agency
      ? matchAgency(input.agency, orderAgencyId)
      : orderAgencyId
        ? agencyById(orderAgencyId)
        : Promise.resolve(null),
    contactFact(input.contact),
    floorFor(country.code, input.job, employerKind, now),
  ]);
  const own = DESTINATION_FEE_LAW[country.code];
  const facts: OfferFacts = {
    country: country.code,
    job: input.job,
    order,
    agency,
    contact,
    pay:
      input.pay === undefined
        ? null
        : { amount: input.pay, currency: input.currency ?? country.currency },
    floor,
    fee: input.fee ?? null,
    feeLaw: [
      { src: GLOBAL_BASELINE.workerRecruitmentFeesAllowed.src, tag: "solid" },
      ...(own ? [{ src: own.src, tag: own.tag }] : []),
    ],
    today: now,
  };
  return { ...offerVerdict(facts), currency: country.currency };
}

export const OFFER_CHECKS_PER_10_MINUTES = 60;

/** The check, limited per caller (it reads several tables): "rate-limited" past the allowance. */
export async function checkOfferLimited(
  input: OfferCheckInput,
  caller: string | null,
): Promise<OfferCheck | null | "rate-limited"> {
  const limit = await hitRateLimit(
    `offer-check:${caller ?? "unknown"}`,
    OFFER_CHECKS_PER_10_MINUTES,
    600_000,
  );
  if (!limit.allowed) return "rate-limited";
  return checkOffer(input);
}
