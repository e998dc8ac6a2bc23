// The compliance engine: a pure function of the contract terms, the worker's facts and the rule set
// in force on the contract date → findings. Codes are those of ../shared/design/compliance-rules.md.
// A check resting on a value tagged "solid" or "likely" blocks; one resting on an "unsure" or
// "placeholder" value only warns (and says the value is unverified).
import { baselineRuleSet, GLOBAL_BASELINE, type RuleSetData, type Sourced } from "./rule-set";
import { type Locale, type MessageKey, translate } from "~/i18n/messages";

export const COSTS = [
  "VISA",
  "AIR_TICKET",
  "MEDICAL",
  "INSURANCE",
  "TRAINING",
  "DOCUMENTS",
] as const;
export type Cost = (typeof COSTS)[number];

export type Terms = {
  monthlyWage: number;
  currency: string;
  dailyHours: number;
  weeklyRestDays: number;
  annualLeaveDays: number;
  durationMonths: number;
  probationDays?: number | null;
  housingProvided: boolean;
  foodProvided: boolean;
  passportHeldBy: "WORKER" | "EMPLOYER" | "AGENCY";
  workerPaidRecruitmentFees: number;
  costsPaidByWorker: Cost[];
  returnTicketPaidBy: "EMPLOYER" | "WORKER";
  /** Days of wage per year of service the contract promises at the end; absent = not stated. */
  endOfServiceDaysPerYear?: number | null;
};

export type AgencyFacts = { status: string; licensedCountries: string[]; validUntil: Date | null };

export type CheckInput = {
  country: string;
  contractDate: Date;
  terms: Terms;
  worker: { dateOfBirth: Date };
  /** Present for real contracts (LIC-01); the public pre-check has no agency. */
  agency?: AgencyFacts;
  /** The destination's agreement with Kenya (reference data), used when no rule set covers the job. */
  countryAgreement?: RuleSetData["agreement"];
};

export type Severity = "BLOCKING" | "WARNING";
export type Finding = {
  code: string;
  severity: Severity;
  expected: string;
  actual: string;
  message: { en: string; sw: string };
  /** The rule rests on a value not yet verified against a gazetted instrument. */
  unverified: boolean;
  source: string;
};

const severityOf = (s: Sourced<unknown>): Severity =>
  s.tag === "solid" || s.tag === "likely" ? "BLOCKING" : "WARNING";
const unverifiedOf = (s: Sourced<unknown>) => s.tag === "unsure" || s.tag === "placeholder";

/** A value given to a message: the same in both languages, or a fragment written in each. */
type Arg = string | number | { en: string; sw: string };

/** A catalogue entry in both languages: findings are stored and served with both texts. */
function message(key: MessageKey, args: Record<string, Arg> = {}) {
  const inLanguage = (l: Locale) =>
    Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === "object" ? v[l] : v]));
  return { en: translate("en", key, inLanguage("en")), sw: translate("sw", key, inLanguage("sw")) };
}

/** Catalogue fragments joined in each language: "visa and work permit, insurance". */
function listed(keys: MessageKey[], separator: MessageKey | null = null) {
  const join = (l: Locale) =>
    keys
      .map((k) => translate(l, k))
      .join(separator ? translate(l, separator) : ", ")
      .toLowerCase();
  return { en: join("en"), sw: join("sw") };
}

export function ageOn(dateOfBirth: Date, on: Date) {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const m = on.getUTCMonth() - dateOfBirth.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < dateOfBirth.getUTCDate())) age -= 1;
  return age;
}

/** The statutory minimum for these terms: Qatar adds allowances for housing and food not provided. */
export function minimumWage(
  rules: RuleSetData,
  terms: Pick<Terms, "housingProvided" | "foodProvided">,
) {
  const m = rules.minWage.value;
  if (!m) return null;
  return (
    m.amount +
    (terms.housingProvided ? 0 : (m.housingIfNotProvided ?? 0)) +
    (terms.foodProvided ? 0 : (m.foodIfNotProvided ?? 0))
  );
}

const money = (currency: string, n: number) =>
  `${currency} ${n.toLocaleString("en-KE", { maximumFractionDigits: 2 })}`;

/** With `null` rules (no set covers this job in this country) only the international baseline is checked. */
export function checkContract(input: CheckInput, ruleSet: RuleSetData | null): Finding[] {
  const { terms } = input;
  const out: Finding[] = [];
  const rules = ruleSet ?? baselineRuleSet(terms.currency, input.countryAgreement);
  if (!ruleSet) {
    out.push({
      code: "BLA-01",
      severity: "WARNING",
      expected: "a rule set for this job and country",
      actual: "none",
      unverified: true,
      source: "Kazi Salama rule sets",
      message: message("finding.msg.BLA-01"),
    });
  }
  const add = (
    code: string,
    basis: Sourced<unknown>,
    expected: string,
    actual: string,
    key: MessageKey,
    args: Record<string, Arg> = {},
  ) =>
    out.push({
      code,
      severity: severityOf(basis),
      expected,
      actual,
      message: message(key, args),
      unverified: unverifiedOf(basis),
      source: basis.src,
    });

  // Agreement: deploying where Kenya has no signed agreement is allowed but flagged.
  if (!rules.agreement.value.signed) {
    out.push({
      code: "BLA-00",
      severity: "WARNING",
      expected: "signed bilateral labour agreement",
      actual: rules.agreement.value.type,
      unverified: unverifiedOf(rules.agreement),
      source: rules.agreement.src,
      message: message("finding.msg.BLA-00", { type: rules.agreement.value.type }),
    });
  }

  // FEE-01 / FEE-02: nothing paid by the worker to get the job (global baseline).
  if (terms.workerPaidRecruitmentFees > 0) {
    add(
      "FEE-01",
      GLOBAL_BASELINE.workerRecruitmentFeesAllowed,
      "0",
      String(terms.workerPaidRecruitmentFees),
      "finding.msg.FEE-01",
      { amount: money(terms.currency, terms.workerPaidRecruitmentFees) },
    );
  }
  const costs = [...new Set(terms.costsPaidByWorker)];
  if (costs.length) {
    add(
      "FEE-02",
      {
        value: false,
        src: "ILO definition of recruitment fees and related costs; IRIS P1",
        tag: "likely",
      },
      "none",
      costs.join(", "),
      "finding.msg.FEE-02",
      { costs: listed(costs.map((c): MessageKey => `cost.${c}`)) },
    );
  }

  // DOC-01: the worker keeps the passport.
  if (terms.passportHeldBy !== "WORKER") {
    const basis =
      rules.passportKeptByWorker.tag === "placeholder"
        ? GLOBAL_BASELINE.documentRetentionByEmployerAllowed
        : rules.passportKeptByWorker;
    add("DOC-01", basis, "WORKER", terms.passportHeldBy, "finding.msg.DOC-01", {
      holder: listed([
        terms.passportHeldBy === "AGENCY" ? "finding.holder.AGENCY" : "finding.holder.EMPLOYER",
      ]),
    });
  }

  // HRS-01: at least one weekly rest day (the baseline or more).
  const restBasis =
    rules.minWeeklyRestDays.value >= GLOBAL_BASELINE.minWeeklyRestDays.value &&
    rules.minWeeklyRestDays.tag !== "placeholder"
      ? rules.minWeeklyRestDays
      : GLOBAL_BASELINE.minWeeklyRestDays;
  if (terms.weeklyRestDays < restBasis.value) {
    add(
      "HRS-01",
      restBasis,
      `≥ ${restBasis.value}`,
      String(terms.weeklyRestDays),
      "finding.msg.HRS-01",
      { rest: terms.weeklyRestDays, min: restBasis.value },
    );
  }

  // HRS-02: daily hours within the destination cap.
  const cap = rules.maxDailyHours.value;
  if (cap !== null && terms.dailyHours > cap) {
    add(
      "HRS-02",
      rules.maxDailyHours,
      `≤ ${cap} h/day`,
      `${terms.dailyHours} h/day`,
      "finding.msg.HRS-02",
      { hours: terms.dailyHours, cap },
    );
  }

  // LEAVE-01: annual leave, normalised to days per year.
  const leave = rules.annualLeave.value;
  if (leave) {
    const perYear = Math.ceil((leave.days * 12) / leave.perMonths);
    if (terms.annualLeaveDays < perYear) {
      add(
        "LEAVE-01",
        rules.annualLeave,
        `≥ ${perYear} days/year`,
        `${terms.annualLeaveDays} days/year`,
        "finding.msg.LEAVE-01",
        {
          days: terms.annualLeaveDays,
          perYear,
          leaveDays: leave.days,
          perMonths: leave.perMonths,
        },
      );
    }
  }

  // WAGE-02: statutory minimum, with allowances where housing or food is not provided.
  const minimum = minimumWage(rules, terms);
  if (minimum !== null) {
    if (terms.currency !== rules.currency) {
      add(
        "WAGE-02",
        rules.minWage,
        `wage in ${rules.currency}`,
        terms.currency,
        "finding.msg.WAGE-02.currency",
        { currency: rules.currency },
      );
    } else if (terms.monthlyWage < minimum) {
      const reasons: MessageKey[] = [
        ...(!terms.housingProvided && rules.minWage.value?.housingIfNotProvided
          ? (["finding.because.housing"] as const)
          : []),
        ...(!terms.foodProvided && rules.minWage.value?.foodIfNotProvided
          ? (["finding.because.food"] as const)
          : []),
      ];
      add(
        "WAGE-02",
        rules.minWage,
        `≥ ${money(rules.currency, minimum)}`,
        money(terms.currency, terms.monthlyWage),
        "finding.msg.WAGE-02",
        {
          wage: money(terms.currency, terms.monthlyWage),
          minimum: money(rules.currency, minimum),
          because: reasons.length
            ? message("finding.because", { reasons: listed(reasons, "finding.and") })
            : "",
        },
      );
    }
  }

  // WAGE-03: the BLA wage floor, where one is published.
  const floor = rules.blaWageFloor.value;
  if (floor !== null && terms.currency === rules.currency && terms.monthlyWage < floor) {
    add(
      "WAGE-03",
      rules.blaWageFloor,
      `≥ ${money(rules.currency, floor)}`,
      money(terms.currency, terms.monthlyWage),
      "finding.msg.WAGE-03",
      { floor: money(rules.currency, floor) },
    );
  }

  // EOS-01: end-of-service benefit at least the destination formula.
  const eos = rules.endOfService.value;
  if (eos) {
    if (terms.endOfServiceDaysPerYear === undefined || terms.endOfServiceDaysPerYear === null) {
      out.push({
        code: "EOS-01",
        severity: "WARNING",
        expected: eos.rule,
        actual: "not stated",
        unverified: unverifiedOf(rules.endOfService),
        source: rules.endOfService.src,
        message: message("finding.msg.EOS-01.missing", { rule: eos.rule }),
      });
    } else if (terms.endOfServiceDaysPerYear < eos.daysPerYear) {
      add(
        "EOS-01",
        rules.endOfService,
        `≥ ${eos.daysPerYear} days/year (${eos.rule})`,
        `${terms.endOfServiceDaysPerYear} days/year`,
        "finding.msg.EOS-01",
        { days: terms.endOfServiceDaysPerYear, rule: eos.rule },
      );
    }
  }

  // AGE-01: old enough (the higher of 18 and the destination's minimum), not above a maximum.
  const age = ageOn(input.worker.dateOfBirth, input.contractDate);
  const minAgeBasis =
    rules.minWorkerAge.value > GLOBAL_BASELINE.minRecruitmentAge.value
      ? rules.minWorkerAge
      : GLOBAL_BASELINE.minRecruitmentAge;
  if (age < GLOBAL_BASELINE.minRecruitmentAge.value) {
    add(
      "AGE-01",
      GLOBAL_BASELINE.minRecruitmentAge,
      "≥ 18",
      String(age),
      "finding.msg.AGE-01.under18",
      { age },
    );
  } else if (age < minAgeBasis.value) {
    add("AGE-01", minAgeBasis, `≥ ${minAgeBasis.value}`, String(age), "finding.msg.AGE-01.min", {
      age,
      min: minAgeBasis.value,
    });
  }
  const maxAge = rules.maxWorkerAge.value;
  if (maxAge !== null && age > maxAge) {
    add("AGE-01", rules.maxWorkerAge, `≤ ${maxAge}`, String(age), "finding.msg.AGE-01.max", {
      age,
      max: maxAge,
    });
  }

  // REP-01: the employer pays the way home.
  if (terms.returnTicketPaidBy !== "EMPLOYER" && rules.returnTicketByEmployer.value) {
    add(
      "REP-01",
      rules.returnTicketByEmployer,
      "EMPLOYER",
      terms.returnTicketPaidBy,
      "finding.msg.REP-01",
    );
  }

  // CON-02: contract particulars — duration and probation within the limits.
  const months = rules.contractMonths.value;
  if (months && (terms.durationMonths < months.min || terms.durationMonths > months.max)) {
    add(
      "CON-02",
      rules.contractMonths,
      `${months.min}–${months.max} months`,
      `${terms.durationMonths} months`,
      "finding.msg.CON-02.duration",
      { months: terms.durationMonths, min: months.min, max: months.max },
    );
  }
  const probation = rules.probationMaxDays.value;
  if (terms.probationDays === undefined || terms.probationDays === null) {
    out.push({
      code: "CON-02",
      severity: "WARNING",
      expected: "probation stated",
      actual: "not stated",
      unverified: false,
      source: "C189 Art 7(i)",
      message: message("finding.msg.CON-02.probationMissing"),
    });
  } else if (probation !== null && terms.probationDays > probation) {
    add(
      "CON-02",
      rules.probationMaxDays,
      `≤ ${probation} days`,
      `${terms.probationDays} days`,
      "finding.msg.CON-02.probation",
      { days: terms.probationDays, max: probation },
    );
  }

  // LIC-01: the agency holds an active licence for this country on the contract date.
  if (input.agency) {
    const a = input.agency;
    const ok =
      a.status === "ACTIVE" &&
      !!a.validUntil &&
      a.validUntil > input.contractDate &&
      a.licensedCountries.includes(input.country);
    if (!ok) {
      add(
        "LIC-01",
        { value: true, src: "LIA s. 55; C189 Art 15", tag: "solid" },
        `ACTIVE licence for ${input.country}`,
        `${a.status}${a.licensedCountries.includes(input.country) ? "" : `, not licensed for ${input.country}`}`,
        "finding.msg.LIC-01",
      );
    }
  }
  return out;
}

export function isCompliant(findings: Finding[]) {
  return !findings.some((f) => f.severity === "BLOCKING");
}
