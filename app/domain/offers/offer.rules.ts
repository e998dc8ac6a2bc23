// "Is this job offer real?" (issue 20 §2): what a worker was offered — a job order code, the
// agency, the number that called her, the destination and job, the pay and any fee asked — against
// what the register knows, as green / amber / red with every reason. Pure: the facts are gathered
// by offer-check.server.ts; no database, no clock.
//
// Red: something the register contradicts, or a rule the offer breaks (a fee asked, an agency not
// licensed for the country, a code that is not a verified open job, a reported recruiter's number,
// pay below a verified minimum). Amber: something she did not tell us or we cannot check (no code,
// no agency, pay in another currency, a minimum not yet verified) — ask before going on. Green: every
// check passed. A reason of level "info" explains without changing the colour.
import type { Tag } from "~/domain/compliance/rule-set";

export type Level = "ok" | "info" | "warn" | "bad";
export type Colour = "GREEN" | "AMBER" | "RED";

/** Statuses the public sees of an agency (a pending application is not an agency yet). */
export type AgencyStatus = "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED" | "PENDING";
/** What a job order's code proves today (verify.server.ts). */
export type OrderStatus = "VALID" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "INVALID";

export type AgencyFact = {
  id: string;
  name: string;
  licenceNo: string | null;
  status: AgencyStatus;
  validUntil: Date | null;
  /** Destinations it is licensed to recruit for. */
  countries: string[];
};

export type OrderFact =
  | { found: false }
  | {
      found: true;
      status: OrderStatus;
      title: string;
      country: string;
      jobCategory: string;
      offeredWage: number;
      currency: string;
      positionsLeft: number;
      agencyId: string;
    };

export type AgencyMatch =
  /** She typed a name or licence number no licensed (or formerly licensed) agency has. */
  | { match: "NONE" }
  /** Several agencies' names contain what she typed. */
  | { match: "MANY"; count: number }
  /** No agency has this name, but one's name contains it: a fake may borrow part of a real name. */
  | { match: "SIMILAR"; name: string }
  | {
      match: "ONE";
      agency: AgencyFact;
      /** Found from the job order's code, not typed. */ fromOrder: boolean;
    };

/** What the register knows of the number or page the offer came from (recruiters.server.ts). */
export type ContactFact =
  | { verdict: "AGENCY"; agencyId: string; agencyName: string; agencyStatus: AgencyStatus }
  | { verdict: "REPORTED"; reports: number; confirmed: boolean }
  | { verdict: "UNKNOWN" };

/** The lowest lawful monthly pay for the job (housing and food provided) and without them. */
export type Floor = {
  amount: number;
  withoutHousingAndFood: number;
  currency: string;
  tag: Tag;
  src: string;
};

export type OfferFacts = {
  country: string;
  job: string;
  /** null: she typed no code. */
  order: OrderFact | null;
  /** null: she named no agency and no code named one. */
  agency: AgencyMatch | null;
  /** null: she gave no number or page. */
  contact: ContactFact | null;
  pay: { amount: number; currency: string } | null;
  /** null: no minimum is known for this job in this country. */
  floor: Floor | null;
  /** KES; null: she did not say. */
  fee: number | null;
  /** The law that bans a fee taken from the worker: the baseline, and the destination's own. */
  feeLaw: { src: string; tag: Tag }[];
  today: Date;
};

export const REASON_CODES = [
  "ORDER_OK",
  "ORDER_NONE",
  "ORDER_NOT_FOUND",
  "ORDER_NOT_OPEN",
  "ORDER_FULL",
  "ORDER_OTHER_COUNTRY",
  "ORDER_OTHER_JOB",
  "AGENCY_OK",
  "AGENCY_NONE",
  "AGENCY_NOT_FOUND",
  "AGENCY_MANY",
  "AGENCY_SIMILAR",
  "AGENCY_NOT_ACTIVE",
  "AGENCY_NOT_FOR_COUNTRY",
  "AGENCY_NOT_ORDERS",
  "CONTACT_AGENCY",
  "CONTACT_OTHER_AGENCY",
  "CONTACT_REPORTED",
  "CONTACT_REPORTED_REVIEW",
  "CONTACT_UNKNOWN",
  "CONTACT_NONE",
  "PAY_OK",
  "PAY_NONE",
  "PAY_NO_FLOOR",
  "PAY_CURRENCY",
  "PAY_CURRENCY_ORDER",
  "PAY_BELOW_FLOOR",
  "PAY_BELOW_FLOOR_UNVERIFIED",
  "PAY_IF_HOUSED",
  "PAY_BELOW_ORDER",
  "FEE_NONE",
  "FEE_UNKNOWN",
  "FEE_ASKED",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export type Reason = {
  code: ReasonCode;
  level: Level;
  /** Values the message names: an agency, a status, an amount with its currency, a country. */
  name?: string;
  status?: string;
  money?: { amount: number; currency: string };
  country?: string;
  reports?: number;
  /** The instruments a reason rests on (the fee ban). */
  sources?: string[];
};

export type Verdict = { colour: Colour; reasons: Reason[] };

const verified = (tag: Tag) => tag === "solid" || tag === "likely";

function orderReasons(f: OfferFacts): Reason[] {
  const o = f.order;
  if (!o) return [{ code: "ORDER_NONE", level: "warn" }];
  if (!o.found) return [{ code: "ORDER_NOT_FOUND", level: "bad" }];
  const out: Reason[] = [];
  if (o.status !== "VALID") out.push({ code: "ORDER_NOT_OPEN", level: "bad", status: o.status });
  else if (o.positionsLeft <= 0) out.push({ code: "ORDER_FULL", level: "bad" });
  if (o.country !== f.country)
    out.push({ code: "ORDER_OTHER_COUNTRY", level: "bad", country: o.country });
  if (o.jobCategory !== f.job) out.push({ code: "ORDER_OTHER_JOB", level: "warn", name: o.title });
  if (!out.length) out.push({ code: "ORDER_OK", level: "ok", name: o.title });
  return out;
}

function agencyReasons(f: OfferFacts): Reason[] {
  const m = f.agency;
  if (!m) return f.order ? [] : [{ code: "AGENCY_NONE", level: "warn" }];
  if (m.match === "NONE") return [{ code: "AGENCY_NOT_FOUND", level: "bad" }];
  if (m.match === "MANY") return [{ code: "AGENCY_MANY", level: "warn", reports: m.count }];
  if (m.match === "SIMILAR") return [{ code: "AGENCY_SIMILAR", level: "warn", name: m.name }];
  const a = m.agency;
  const out: Reason[] = [];
  const active = a.status === "ACTIVE" && !!a.validUntil && a.validUntil > f.today;
  if (!active)
    out.push({
      code: "AGENCY_NOT_ACTIVE",
      level: "bad",
      name: a.name,
      status: a.status === "ACTIVE" ? "EXPIRED" : a.status,
    });
  else if (!a.countries.includes(f.country))
    out.push({ code: "AGENCY_NOT_FOR_COUNTRY", level: "bad", name: a.name, country: f.country });
  const o = f.order;
  if (o?.found && o.agencyId !== a.id)
    out.push({ code: "AGENCY_NOT_ORDERS", level: "bad", name: a.name });
  if (!out.length) out.push({ code: "AGENCY_OK", level: "ok", name: a.name });
  return out;
}

function contactReasons(f: OfferFacts): Reason[] {
  const c = f.contact;
  // A real job's code is on the public jobs page: anyone can quote it. Only the number that
  // offered the job ties the offer to the agency.
  if (!c) return [{ code: "CONTACT_NONE", level: "warn" }];
  if (c.verdict === "REPORTED")
    return c.confirmed
      ? [{ code: "CONTACT_REPORTED", level: "bad", reports: c.reports }]
      : // Reports NEA has not yet checked can come from anyone: a warning, not a verdict.
        [{ code: "CONTACT_REPORTED_REVIEW", level: "warn", reports: c.reports }];
  const named = f.agency?.match === "ONE" ? f.agency.agency : null;
  if (c.verdict === "AGENCY") {
    if (named && named.id !== c.agencyId)
      return [{ code: "CONTACT_OTHER_AGENCY", level: "bad", name: c.agencyName }];
    // An agency that may not recruit is already red above when it is the one named; when none was
    // named, the number's own agency must be recruiting.
    if (!named && c.agencyStatus !== "ACTIVE")
      return [
        { code: "AGENCY_NOT_ACTIVE", level: "bad", name: c.agencyName, status: c.agencyStatus },
      ];
    return [{ code: "CONTACT_AGENCY", level: "ok", name: c.agencyName }];
  }
  // Unknown: not a reported recruiter, but not one of the named agency's official numbers either.
  return [{ code: "CONTACT_UNKNOWN", level: "warn", name: named?.name }];
}

function payReasons(f: OfferFacts): Reason[] {
  const p = f.pay;
  if (!p) return [{ code: "PAY_NONE", level: "warn" }];
  const out: Reason[] = [];
  const o = f.order;
  if (o?.found && o.currency === p.currency && p.amount < o.offeredWage)
    out.push({
      code: "PAY_BELOW_ORDER",
      level: "bad",
      money: { amount: o.offeredWage, currency: o.currency },
    });
  // Pay in another money than the verified order's cannot be compared with it.
  if (o?.found && o.currency !== p.currency)
    out.push({
      code: "PAY_CURRENCY_ORDER",
      level: "warn",
      money: { amount: o.offeredWage, currency: o.currency },
    });
  const floor = f.floor;
  if (!floor) return [...out, { code: "PAY_NO_FLOOR", level: "info" }];
  if (p.currency !== floor.currency)
    return [
      ...out,
      {
        code: "PAY_CURRENCY",
        level: "warn",
        money: { amount: floor.amount, currency: floor.currency },
      },
    ];
  const money = { amount: floor.amount, currency: floor.currency };
  if (p.amount < floor.amount)
    out.push(
      verified(floor.tag)
        ? { code: "PAY_BELOW_FLOOR", level: "bad", money, sources: [floor.src] }
        : { code: "PAY_BELOW_FLOOR_UNVERIFIED", level: "warn", money, sources: [floor.src] },
    );
  else if (p.amount < floor.withoutHousingAndFood)
    out.push({
      code: "PAY_IF_HOUSED",
      level: "info",
      money: { amount: floor.withoutHousingAndFood, currency: floor.currency },
    });
  if (!out.length) out.push({ code: "PAY_OK", level: "ok", money });
  return out;
}

function feeReasons(f: OfferFacts): Reason[] {
  if (f.fee === null) return [{ code: "FEE_UNKNOWN", level: "warn" }];
  if (f.fee > 0)
    return [
      {
        code: "FEE_ASKED",
        level: "bad",
        money: { amount: f.fee, currency: "KES" },
        sources: f.feeLaw.map((l) => l.src),
      },
    ];
  return [{ code: "FEE_NONE", level: "ok" }];
}

const RANK: Record<Level, number> = { bad: 0, warn: 1, info: 2, ok: 3 };

/** The verdict: red if anything is wrong, amber if anything is unknown, green otherwise. */
export function offerVerdict(f: OfferFacts): Verdict {
  const reasons = [
    ...feeReasons(f),
    ...orderReasons(f),
    ...agencyReasons(f),
    ...contactReasons(f),
    ...payReasons(f),
  ];
  // Worst first, so a phone shows what matters before it scrolls (stable within a level).
  reasons.sort((a, b) => RANK[a.level] - RANK[b.level]);
  const colour: Colour = reasons.some((r) => r.level === "bad")
    ? "RED"
    : reasons.some((r) => r.level === "warn")
      ? "AMBER"
      : "GREEN";
  return { colour, reasons };
}
