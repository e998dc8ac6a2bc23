// The shape of a BLMA rule set (stored as versioned JSON in BlmaRuleSet.rules). Every value carries
// its source and confidence tag from ../shared/data/blma-research.jsonc; "placeholder" values are
// loaded but shown as unverified, and a check that rests on one can only warn, never block.

export type Tag = "solid" | "likely" | "unsure" | "placeholder";
export type Sourced<T> = { value: T; src: string; tag: Tag };

export type RuleSetData = {
  agreement: Sourced<{ signed: boolean; type: string; year: number | null }>;
  currency: string;
  /** Statutory minimum wage, with allowances added when housing or food is not provided (Qatar). */
  minWage: Sourced<{
    amount: number;
    housingIfNotProvided?: number;
    foodIfNotProvided?: number;
  } | null>;
  blaWageFloor: Sourced<number | null>;
  maxDailyHours: Sourced<number | null>;
  minWeeklyRestDays: Sourced<number>;
  annualLeave: Sourced<{ days: number; perMonths: number } | null>;
  /** End of service in days of wage per year of service (a floor; formulas noted in words). */
  endOfService: Sourced<{ daysPerYear: number; rule: string } | null>;
  probationMaxDays: Sourced<number | null>;
  passportKeptByWorker: Sourced<boolean>;
  minWorkerAge: Sourced<number>;
  maxWorkerAge: Sourced<number | null>;
  contractMonths: Sourced<{ min: number; max: number } | null>;
  returnTicketByEmployer: Sourced<boolean>;
};

/** Applies to every destination (blma-research.jsonc global_baseline_rules). */
export const GLOBAL_BASELINE = {
  workerRecruitmentFeesAllowed: { value: false, src: "C181 Art 7; ILO GP7; IRIS P1", tag: "solid" },
  documentRetentionByEmployerAllowed: {
    value: false,
    src: "C189 Art 9(c); ILO GP11",
    tag: "solid",
  },
  minWeeklyRestDays: { value: 1, src: "C189 Art 10(2)", tag: "solid" },
  minRecruitmentAge: { value: 18, src: "IRIS A.3", tag: "solid" },
} as const satisfies Record<string, Sourced<unknown>>;

export const isVerified = (s: Sourced<unknown>) => s.tag !== "placeholder";

/**
 * When no rule set covers a job in a country, only the international baseline applies: every
 * country-specific value is unknown. The engine then also says so (BLA-01).
 */
export function baselineRuleSet(
  currency: string,
  agreement?: RuleSetData["agreement"],
): RuleSetData {
  const unknown = { src: "no rule set for this job and country", tag: "placeholder" as const };
  return {
    // The destination's agreement from the reference data: a job no rule set covers in a country
    // with no agreement keeps the "no agreement" warning (issue 22 §4). Unknown counts as none.
    agreement: agreement ?? { value: { signed: false, type: "unknown", year: null }, ...unknown },
    currency,
    minWage: { value: null, ...unknown },
    blaWageFloor: { value: null, ...unknown },
    maxDailyHours: { value: null, ...unknown },
    minWeeklyRestDays: GLOBAL_BASELINE.minWeeklyRestDays,
    annualLeave: { value: null, ...unknown },
    endOfService: { value: null, ...unknown },
    probationMaxDays: { value: null, ...unknown },
    passportKeptByWorker: { value: true, ...unknown },
    minWorkerAge: GLOBAL_BASELINE.minRecruitmentAge,
    maxWorkerAge: { value: null, ...unknown },
    contractMonths: { value: null, ...unknown },
    returnTicketByEmployer: { value: true, src: "C189 Art 8(4)", tag: "solid" },
  };
}
