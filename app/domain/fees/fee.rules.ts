// "What did you pay?" (issue 19 §2): each payment a worker made to get her job, checked against the
// fee rules (compliance-rules.md FEE-01, FEE-02, FEE-04). Anything paid to get the job is a
// recruitment fee (FEE-01); visa, ticket, medical, insurance, training and documents are related
// costs the employer or agency pays (FEE-02). Neither is allowed to any destination: the
// international baseline says so everywhere, and most destinations' own law says so too, which the
// claim cites beside it. Pure: no database, no clock.
import { COSTS, type Cost } from "~/domain/compliance/engine";
import { GLOBAL_BASELINE, type Sourced } from "~/domain/compliance/rule-set";

export const FEE_PURPOSES = ["RECRUITMENT_FEE", ...COSTS, "OTHER"] as const;
export type FeePurpose = (typeof FEE_PURPOSES)[number];
export const FEE_PAYEES = ["AGENCY", "PERSON"] as const;
export type FeePayee = (typeof FEE_PAYEES)[number];
export const FEE_CURRENCIES = ["KES", "USD"] as const;

/** Days the agency has to refund or dispute a claim (again after NEA upholds a disputed one). */
export const REFUND_ANSWER_DAYS = 14;

/**
 * The destination's own ban on fees taken from the worker, where the research found one
 * (blma-research.jsonc, employer_pays.recruitment_fee). Bahrain's law does not say so explicitly,
 * Jordan and Lebanon are unknown: there the international baseline alone applies.
 */
export const DESTINATION_FEE_LAW: Readonly<Record<string, Sourced<true>>> = {
  SA: { value: true, src: "Saudi domestic worker regulation 2023 and 2025 guide", tag: "likely" },
  AE: {
    value: true,
    src: "UAE Federal Decree-Law 9/2022 (no fee or commission from the worker)",
    tag: "solid",
  },
  QA: {
    value: true,
    src: "Qatar Labour Law Art 33 (the recruiter takes no fee or cost)",
    tag: "solid",
  },
  KW: { value: true, src: "Kuwait Law 68/2015 Art 4", tag: "solid" },
  OM: { value: true, src: "Oman Ministerial Resolution 574/2025", tag: "likely" },
};

/**
 * A fee Kenya allows an agency to take from a job seeker (FEE-04: on a receipt, at most the cap).
 * None today: the 2024 policy allows none (kenya-rules.md 1.7, likely).
 */
export const KENYA_ALLOWED_FEE: { purpose: FeePurpose; maxKes: number } | null = null;

export type FeeFinding = "FEE-01" | "FEE-02" | "UNDECLARED";

export type Payment = {
  purpose: FeePurpose;
  amount: number;
  currency: string;
  paidTo: FeePayee;
};

/** What the agency declared at contract submission that the worker pays. */
export type Declared = { recruitmentFee: number; costs: readonly Cost[] };

export type FeeVerdict = {
  findings: FeeFinding[];
  /** The law each finding rests on: the baseline, and the destination's own where there is one. */
  basis: { src: string; tag: Sourced<unknown>["tag"] }[];
  /** Whether a refund claim opens. */
  claim: boolean;
};

const isCost = (p: FeePurpose): p is Cost => (COSTS as readonly string[]).includes(p);

export function checkPayment(p: Payment, countryCode: string, declared: Declared): FeeVerdict {
  const allowed =
    KENYA_ALLOWED_FEE &&
    p.paidTo === "AGENCY" &&
    p.purpose === KENYA_ALLOWED_FEE.purpose &&
    p.currency === "KES" &&
    p.amount <= KENYA_ALLOWED_FEE.maxKes;
  const findings: FeeFinding[] = [];
  if (!allowed) findings.push(isCost(p.purpose) ? "FEE-02" : "FEE-01");
  const wasDeclared = isCost(p.purpose)
    ? declared.costs.includes(p.purpose)
    : declared.recruitmentFee > 0;
  if (!wasDeclared) findings.push("UNDECLARED");
  const own = DESTINATION_FEE_LAW[countryCode];
  const basis = findings.some((f) => f !== "UNDECLARED")
    ? [
        { src: GLOBAL_BASELINE.workerRecruitmentFeesAllowed.src, tag: "solid" as const },
        ...(own ? [{ src: own.src, tag: own.tag }] : []),
      ]
    : [];
  return { findings, basis, claim: findings.length > 0 };
}

/** The day by which the agency must answer, counted from `from`. */
export function refundDue(from: Date) {
  return new Date(from.getTime() + REFUND_ANSWER_DAYS * 86_400_000);
}

export function formatRefundReference(year: number, seq: number) {
  return `KS-R-${year}-${String(seq).padStart(6, "0")}`;
}
