// The compliance engine: a pure function of the contract terms, the worker's facts and the rule set
// in force on the contract date → findings. Codes are those of ../shared/design/compliance-rules.md.
// A check resting on a value tagged "solid" or "likely" blocks; one resting on an "unsure" or
// "placeholder" value only warns (and says the value is unverified).
import { baselineRuleSet, GLOBAL_BASELINE, type RuleSetData, type Sourced } from "./rule-set";

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

const COST_NAMES: Record<Cost, { en: string; sw: string }> = {
  VISA: { en: "visa and work permit", sw: "viza na kibali cha kazi" },
  AIR_TICKET: { en: "air ticket", sw: "tiketi ya ndege" },
  MEDICAL: { en: "medical examination", sw: "uchunguzi wa afya" },
  INSURANCE: { en: "insurance", sw: "bima" },
  TRAINING: { en: "training", sw: "mafunzo" },
  DOCUMENTS: { en: "documents", sw: "hati" },
};

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
      message: {
        en: "There is no rule set for this job in this country: only the international baseline (no fees, own passport, weekly rest, age 18, ticket home) was checked. Check wages and hours by hand.",
        sw: "Hakuna seti ya sheria kwa kazi hii katika nchi hii: kiwango cha kimataifa pekee (hakuna ada, pasipoti yako, mapumziko ya wiki, umri 18, tiketi ya kurudi) kimekaguliwa. Kagua mshahara na saa kwa mkono.",
      },
    });
  }
  const add = (
    code: string,
    basis: Sourced<unknown>,
    expected: string,
    actual: string,
    en: string,
    sw: string,
  ) =>
    out.push({
      code,
      severity: severityOf(basis),
      expected,
      actual,
      message: { en, sw },
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
      message: {
        en: `Kenya has no signed labour agreement with this country (${rules.agreement.value.type}). Workers have fewer protections; check every term with extra care.`,
        sw: `Kenya haina mkataba wa kazi uliotiwa sahihi na nchi hii (${rules.agreement.value.type}). Wafanyakazi wana ulinzi mdogo; kagua kila sharti kwa uangalifu zaidi.`,
      },
    });
  }

  // FEE-01 / FEE-02: nothing paid by the worker to get the job (global baseline).
  if (terms.workerPaidRecruitmentFees > 0) {
    add(
      "FEE-01",
      GLOBAL_BASELINE.workerRecruitmentFeesAllowed,
      "0",
      String(terms.workerPaidRecruitmentFees),
      `The worker paid ${terms.workerPaidRecruitmentFees} in recruitment fees. No worker may pay any fee to get or keep a job; the agency must refund it.`,
      `Mfanyakazi alilipa ${terms.workerPaidRecruitmentFees} kama ada ya kuajiriwa. Hakuna mfanyakazi anayepaswa kulipa ada yoyote ili kupata au kuendelea na kazi; wakala lazima airudishe.`,
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
      `The worker pays for: ${costs.map((c) => COST_NAMES[c].en).join(", ")}. These costs belong to the employer or the agency.`,
      `Mfanyakazi analipia: ${costs.map((c) => COST_NAMES[c].sw).join(", ")}. Gharama hizi ni za mwajiri au wakala.`,
    );
  }

  // DOC-01: the worker keeps the passport.
  if (terms.passportHeldBy !== "WORKER") {
    const basis =
      rules.passportKeptByWorker.tag === "placeholder"
        ? GLOBAL_BASELINE.documentRetentionByEmployerAllowed
        : rules.passportKeptByWorker;
    add(
      "DOC-01",
      basis,
      "WORKER",
      terms.passportHeldBy,
      `The contract lets the ${terms.passportHeldBy === "AGENCY" ? "agency" : "employer"} hold the passport. The worker must keep their own passport.`,
      `Mkataba unaruhusu ${terms.passportHeldBy === "AGENCY" ? "wakala" : "mwajiri"} kushikilia pasipoti. Mfanyakazi lazima abaki na pasipoti yake.`,
    );
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
      `The contract gives ${terms.weeklyRestDays} rest day(s) a week; at least ${restBasis.value} full day (24 hours in a row) is required.`,
      `Mkataba unatoa siku ${terms.weeklyRestDays} za mapumziko kwa wiki; angalau siku ${restBasis.value} kamili (saa 24 mfululizo) inahitajika.`,
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
      `${terms.dailyHours} working hours a day is more than the limit of ${cap} hours in this country.`,
      `Saa ${terms.dailyHours} za kazi kwa siku ni zaidi ya kikomo cha saa ${cap} katika nchi hii.`,
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
        `The contract gives ${terms.annualLeaveDays} days of paid annual leave a year; the minimum here is ${perYear} (${leave.days} days per ${leave.perMonths} months).`,
        `Mkataba unatoa siku ${terms.annualLeaveDays} za likizo ya mwaka yenye malipo; kiwango cha chini hapa ni ${perYear} (siku ${leave.days} kwa kila miezi ${leave.perMonths}).`,
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
        `The wage must be stated in ${rules.currency}, the currency of the country, so it can be checked against the minimum.`,
        `Mshahara lazima uandikwe kwa ${rules.currency}, sarafu ya nchi hiyo, ili ulinganishwe na kiwango cha chini.`,
      );
    } else if (terms.monthlyWage < minimum) {
      const parts = [
        !terms.housingProvided && rules.minWage.value?.housingIfNotProvided
          ? { en: "housing is not provided", sw: "makazi hayatolewi" }
          : null,
        !terms.foodProvided && rules.minWage.value?.foodIfNotProvided
          ? { en: "food is not provided", sw: "chakula hakitolewi" }
          : null,
      ].filter((p): p is { en: string; sw: string } => !!p);
      add(
        "WAGE-02",
        rules.minWage,
        `≥ ${money(rules.currency, minimum)}`,
        money(terms.currency, terms.monthlyWage),
        `The monthly wage ${money(terms.currency, terms.monthlyWage)} is below the minimum of ${money(rules.currency, minimum)}${parts.length ? ` (because ${parts.map((p) => p.en).join(" and ")})` : ""}.`,
        `Mshahara wa mwezi ${money(terms.currency, terms.monthlyWage)} uko chini ya kiwango cha chini cha ${money(rules.currency, minimum)}${parts.length ? ` (kwa sababu ${parts.map((p) => p.sw).join(" na ")})` : ""}.`,
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
      `The wage is below the floor agreed in Kenya's labour agreement (${money(rules.currency, floor)}).`,
      `Mshahara uko chini ya kiwango kilichokubaliwa katika mkataba wa kazi wa Kenya (${money(rules.currency, floor)}).`,
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
        message: {
          en: `The contract does not state the end-of-service benefit. The law here requires: ${eos.rule}.`,
          sw: `Mkataba hautaji kiinua mgongo cha mwisho wa huduma. Sheria hapa inataka: ${eos.rule}.`,
        },
      });
    } else if (terms.endOfServiceDaysPerYear < eos.daysPerYear) {
      add(
        "EOS-01",
        rules.endOfService,
        `≥ ${eos.daysPerYear} days/year (${eos.rule})`,
        `${terms.endOfServiceDaysPerYear} days/year`,
        `The end-of-service benefit (${terms.endOfServiceDaysPerYear} days' wage per year) is below the legal minimum: ${eos.rule}.`,
        `Kiinua mgongo (mshahara wa siku ${terms.endOfServiceDaysPerYear} kwa mwaka) kiko chini ya kiwango cha kisheria: ${eos.rule}.`,
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
      `The worker is ${age}. Nobody under 18 may be recruited to work abroad.`,
      `Mfanyakazi ana miaka ${age}. Hakuna mtu chini ya miaka 18 anayeweza kuajiriwa kufanya kazi ng'ambo.`,
    );
  } else if (age < minAgeBasis.value) {
    add(
      "AGE-01",
      minAgeBasis,
      `≥ ${minAgeBasis.value}`,
      String(age),
      `The worker is ${age}; this country requires domestic workers to be at least ${minAgeBasis.value}.`,
      `Mfanyakazi ana miaka ${age}; nchi hii inataka wafanyakazi wa nyumbani wawe na angalau miaka ${minAgeBasis.value}.`,
    );
  }
  const maxAge = rules.maxWorkerAge.value;
  if (maxAge !== null && age > maxAge) {
    add(
      "AGE-01",
      rules.maxWorkerAge,
      `≤ ${maxAge}`,
      String(age),
      `The worker is ${age}; this country admits workers up to ${maxAge}.`,
      `Mfanyakazi ana miaka ${age}; nchi hii inakubali wafanyakazi hadi miaka ${maxAge}.`,
    );
  }

  // REP-01: the employer pays the way home.
  if (terms.returnTicketPaidBy !== "EMPLOYER" && rules.returnTicketByEmployer.value) {
    add(
      "REP-01",
      rules.returnTicketByEmployer,
      "EMPLOYER",
      terms.returnTicketPaidBy,
      "The worker would pay for the ticket home. The employer must pay the return ticket at the end of the contract.",
      "Mfanyakazi angelipia tiketi ya kurudi nyumbani. Mwajiri lazima alipe tiketi ya kurudi mwisho wa mkataba.",
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
      `A contract of ${terms.durationMonths} months is outside the usual ${months.min}–${months.max} months.`,
      `Mkataba wa miezi ${terms.durationMonths} uko nje ya kawaida ya miezi ${months.min}–${months.max}.`,
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
      message: {
        en: "The contract does not state the probation period (ILO C189 Art 7).",
        sw: "Mkataba hautaji muda wa majaribio (ILO C189 Ibara 7).",
      },
    });
  } else if (probation !== null && terms.probationDays > probation) {
    add(
      "CON-02",
      rules.probationMaxDays,
      `≤ ${probation} days`,
      `${terms.probationDays} days`,
      `A probation of ${terms.probationDays} days is longer than the ${probation} days allowed here.`,
      `Majaribio ya siku ${terms.probationDays} ni marefu kuliko siku ${probation} zinazoruhusiwa hapa.`,
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
        `The agency does not hold an active licence to recruit for this country on the contract date.`,
        `Wakala hana leseni halali ya kuajiri kwa nchi hii katika tarehe ya mkataba.`,
      );
    }
  }
  return out;
}

export function isCompliant(findings: Finding[]) {
  return !findings.some((f) => f.severity === "BLOCKING");
}
