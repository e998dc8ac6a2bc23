// Contract substitution, caught after arrival (issue 19 §1): the worker says what her job is really
// like — pay, hours, rest day, who holds her passport, employer, city — and each answer is compared
// with the terms NEA approved. Pure: no database here.
//
// A difference is one that works against her. Pay above the approved wage, or fewer hours, is not a
// substitution; the approved terms are the floor she was promised. Her passport held by anyone but
// her is always a difference, whatever the contract said: keeping it is unlawful (DOC-01).

export const TERMS_FIELDS = [
  "monthlyWage",
  "dailyHours",
  "weeklyRestDays",
  "passportHeldBy",
  "employer",
  "city",
] as const;
export type TermsField = (typeof TERMS_FIELDS)[number];

export const PASSPORT_HOLDERS = ["WORKER", "EMPLOYER", "AGENCY", "OTHER"] as const;
export type PassportHolder = (typeof PASSPORT_HOLDERS)[number];

/** What NEA approved, as the worker is asked about it. */
export type ApprovedTerms = {
  monthlyWage: number;
  currency: string;
  dailyHours: number;
  weeklyRestDays: number;
  passportHeldBy: PassportHolder;
  employer: string;
  city: string;
};

/** What she says it is, in the same terms. */
export type ReportedTerms = {
  monthlyWage: number;
  dailyHours: number;
  weeklyRestDays: number;
  passportHeldBy: PassportHolder;
  /** Is she working for the employer named in the approved contract? */
  sameEmployer: boolean;
  city: string;
};

export type TermsDifference = {
  field: TermsField;
  approved: string | number;
  reported: string | number;
};

/** A city as compared: letters and digits of any script, accents and case ignored. */
export const cityKey = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The same city however it is typed ("  riyadh", "Riyadh", "RIYADH.", "الرياض" twice). */
export function sameCity(a: string, b: string) {
  return cityKey(a) === cityKey(b);
}

/** The differences that work against her, in the order she was asked. Empty: as agreed. */
export function compareTerms(approved: ApprovedTerms, reported: ReportedTerms): TermsDifference[] {
  const out: TermsDifference[] = [];
  if (reported.monthlyWage < approved.monthlyWage)
    out.push({
      field: "monthlyWage",
      approved: approved.monthlyWage,
      reported: reported.monthlyWage,
    });
  if (reported.dailyHours > approved.dailyHours)
    out.push({ field: "dailyHours", approved: approved.dailyHours, reported: reported.dailyHours });
  if (reported.weeklyRestDays < approved.weeklyRestDays)
    out.push({
      field: "weeklyRestDays",
      approved: approved.weeklyRestDays,
      reported: reported.weeklyRestDays,
    });
  if (reported.passportHeldBy !== "WORKER")
    out.push({
      field: "passportHeldBy",
      approved: approved.passportHeldBy,
      reported: reported.passportHeldBy,
    });
  if (!reported.sameEmployer)
    out.push({ field: "employer", approved: approved.employer, reported: "OTHER" });
  // No letters or digits at all ("-", "?") is no answer, not another city.
  if (cityKey(reported.city) && !sameCity(approved.city, reported.city))
    out.push({ field: "city", approved: approved.city, reported: reported.city.trim() });
  return out;
}

/** The approved terms as they are asked, from the contract's stored terms and its employer. */
export function approvedTermsOf(
  terms: Record<string, unknown>,
  employer: { name: string; city: string },
): ApprovedTerms {
  const num = (k: string) => Number(terms[k] ?? 0);
  const holder = String(terms.passportHeldBy ?? "WORKER");
  return {
    monthlyWage: num("monthlyWage"),
    currency: String(terms.currency ?? ""),
    dailyHours: num("dailyHours"),
    weeklyRestDays: num("weeklyRestDays"),
    passportHeldBy: (PASSPORT_HOLDERS as readonly string[]).includes(holder)
      ? (holder as PassportHolder)
      : "OTHER",
    employer: employer.name,
    city: employer.city,
  };
}
