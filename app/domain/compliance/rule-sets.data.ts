// The first versions of every rule set, transcribed from ../shared/data/blma-research.jsonc (research
// seed, to be verified against gazetted instruments). Sections refer to ../shared/research/kenya-rules.md.
// Each version starts on the day its source took effect (`from`, with `fromSource`): a contract dated
// before it gets only the international baseline, never rules that were not yet law (issue 22 §4).
import type { RuleSetData, Sourced, Tag } from "./rule-set";

const s = <T>(value: T, src: string, tag: Tag): Sourced<T> => ({ value, src, tag });
const P = "placeholder";

const dwCommon = {
  minWeeklyRestDays: s(1, "§3; C189 Art 10(2)", "solid"),
  blaWageFloor: s(null, "BLA wage floor not published", "placeholder"),
  contractMonths: s({ min: 12, max: 24 }, "research placeholder", "placeholder"),
  returnTicketByEmployer: s(true, "C189 Art 8(4); §3", "solid"),
} as const;

export type RuleSetSeed = {
  country: string;
  jobCategory: "DOMESTIC_WORKER" | null;
  /** The day this version takes effect (YYYY-MM-DD), and where that date comes from. */
  from: string;
  fromSource: string;
  note: string;
  rules: RuleSetData;
};

const saudiDomestic: RuleSetData = {
  ...dwCommon,
  agreement: s({ signed: true, type: "BLA domestic workers", year: 2017 }, "§2", "solid"),
  currency: "SAR",
  minWage: s(
    null,
    "No statutory minimum in the 2023 regulation (migrant-rights.org 2023-10-17)",
    "likely",
  ),
  maxDailyHours: s(10, "§3 KSA 2023 regulation", "likely"),
  annualLeave: s({ days: 30, perMonths: 24 }, "§3 Decision 310/2013 Art 10", "solid"),
  endOfService: s(
    { daysPerYear: 7.5, rule: "1 month wage after 4 consecutive years" },
    "§3 Art 16",
    "solid",
  ),
  probationMaxDays: s(90, "§3", "solid"),
  passportKeptByWorker: s(true, "§3 2023 regulation and 2025 guide; BLA", "likely"),
  minWorkerAge: s(21, "§3 KSA 2023 regulation", "likely"),
  maxWorkerAge: s(null, "none found", P),
};

const SA_REGULATION =
  "Ministerial Decision 40676 of 2 October 2023 (domestic workers regulation), in force one Hijri year after issue, on 21 September 2024 (migrant-rights.org, 2023-10-17) [likely]";

export const RULE_SETS: RuleSetSeed[] = [
  {
    country: "SA",
    jobCategory: "DOMESTIC_WORKER",
    from: "2024-09-21",
    fromSource: SA_REGULATION,
    note: "Domestic workers: BLA 2017; KSA 2023 regulation",
    rules: saudiDomestic,
  },
  {
    country: "SA",
    jobCategory: "DOMESTIC_WORKER",
    from: "2026-02-01",
    fromSource:
      "Embassy of Kenya in Riyadh, notice of November 2025: a minimum monthly wage of SAR 1,000 for Kenyan domestic workers from February 2026 (§2) [likely]",
    note: "Domestic workers: BLA 2017; KSA 2023 regulation; SAR 1,000 minimum from February 2026",
    rules: {
      ...saudiDomestic,
      minWage: s(
        { amount: 1000 },
        "Kenyan embassy notice, November 2025: SAR 1,000 from 1 February 2026 (§2); not yet seen in a Saudi legal text",
        "unsure",
      ),
    },
  },
  {
    country: "AE",
    jobCategory: "DOMESTIC_WORKER",
    from: "2022-12-15",
    fromSource:
      "Federal Decree-Law 9/2022 on domestic workers, in force 15 December 2022 (u.ae; §3) [likely]",
    note: "Domestic workers: Federal Decree-Law 9/2022",
    rules: {
      ...dwCommon,
      agreement: s(
        { signed: true, type: "labour cooperation agreement", year: 2018 },
        "§2",
        "likely",
      ),
      currency: "AED",
      minWage: s(null, "§3 no statutory minimum", "likely"),
      maxDailyHours: s(12, "derived from 12 h daily rest, DL 9/2022 (§3)", "likely"),
      annualLeave: s({ days: 30, perMonths: 12 }, "§3", "solid"),
      endOfService: s(
        {
          daysPerYear: 14,
          rule: "14 days' wage per year of service, if the 2022 ministry statement applies (disputed)",
        },
        "disputed: 14 days a year per a 2022 ministry statement; none per 2023 advice (DL 9/2022 §3)",
        "unsure",
      ),
      probationMaxDays: s(180, "§3 (6 months)", "likely"),
      passportKeptByWorker: s(true, "§3 DL 9/2022", "solid"),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(null, "none found", P),
    },
  },
  {
    country: "QA",
    jobCategory: "DOMESTIC_WORKER",
    from: "2021-03-20",
    fromSource:
      "Law 15/2017 (domestic workers, 2017) with the minimum wage of Law 17/2020, in force 20 March 2021 (§3) [solid]: a contract dated earlier gets only the baseline",
    note: "Domestic workers: Law 15/2017; minimum wage Law 17/2020",
    rules: {
      ...dwCommon,
      agreement: s({ signed: true, type: "BLA (mainly unskilled)", year: 2012 }, "§2", "solid"),
      currency: "QAR",
      minWage: s(
        { amount: 1000, housingIfNotProvided: 500, foodIfNotProvided: 300 },
        "§3 Law 17/2020",
        "solid",
      ),
      maxDailyHours: s(10, "§3 Law 15/2017 Art 12", "solid"),
      annualLeave: s({ days: 21, perMonths: 12 }, "§3", "solid"),
      endOfService: s(
        { daysPerYear: 21, rule: "at least 3 weeks' wage per year after 1 year" },
        "§3",
        "solid",
      ),
      probationMaxDays: s(
        90,
        "Ministerial Decision 39/2018 (domestic worker contract): probation up to 3 months",
        "likely",
      ),
      passportKeptByWorker: s(
        true,
        "Law 21/2015 Art 8: the employer may keep it only if the worker asks in writing",
        "likely",
      ),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(60, "§3", "solid"),
    },
  },
  {
    country: "KW",
    jobCategory: "DOMESTIC_WORKER",
    from: "2016-07-24",
    fromSource:
      "Law 68/2015 with Ministerial Decision 2302/2016 (minimum wage KWD 60), in force 24 July 2016 (gulfmigration.grc.net) [solid]",
    note: "Domestic workers: Law 68/2015; no agreement with Kenya",
    rules: {
      ...dwCommon,
      agreement: s({ signed: false, type: "none signed (draft 2022)", year: null }, "§2", "solid"),
      currency: "KWD",
      minWage: s({ amount: 60 }, "§3 MD 2302/2016 Art 3", "solid"),
      maxDailyHours: s(12, "§3 Law 68 Art 22", "solid"),
      annualLeave: s({ days: 30, perMonths: 12 }, "§3", "likely"),
      endOfService: s({ daysPerYear: 30, rule: "1 month wage per year" }, "§3 Art 23", "solid"),
      probationMaxDays: s(null, "not found", P),
      passportKeptByWorker: s(
        true,
        "Law 68/2015 Art 22(4): the employer may keep it only with the worker's consent",
        "solid",
      ),
      minWorkerAge: s(21, "unsure", "unsure"),
      maxWorkerAge: s(60, "unsure", "unsure"),
    },
  },
  {
    country: "OM",
    jobCategory: "DOMESTIC_WORKER",
    from: "2025-10-13",
    fromSource:
      "Ministerial Resolution 574/2025, issued 9 October 2025 and in force the following Monday, 13 October 2025 (muscatdaily.com 2025-10-12; omanobserver.om) [likely]",
    note: "Domestic workers: MR 574/2025; agreement negotiated, unsigned",
    rules: {
      ...dwCommon,
      agreement: s(
        { signed: false, type: "negotiated, unsigned (Apr 2024)", year: null },
        "§2",
        "solid",
      ),
      currency: "OMR",
      minWage: s(null, "§3 none", "likely"),
      maxDailyHours: s(12, "§3 MR 574/2025", "likely"),
      annualLeave: s({ days: 21, perMonths: 12 }, "§3", "likely"),
      endOfService: s({ daysPerYear: 15, rule: "half a month's wage per year" }, "§3", "likely"),
      probationMaxDays: s(15, "§3", "likely"),
      passportKeptByWorker: s(true, "§3 (unless written consent)", "likely"),
      minWorkerAge: s(21, "§3", "likely"),
      maxWorkerAge: s(null, "none found", P),
    },
  },
  {
    country: "BH",
    jobCategory: "DOMESTIC_WORKER",
    from: "2024-01-01",
    fromSource:
      "Research snapshot: the day these values took effect was not established [placeholder]",
    note: "Domestic workers; agreement drafted, unsigned",
    rules: {
      ...dwCommon,
      agreement: s(
        { signed: false, type: "draft, unsigned (Apr 2024)", year: null },
        "§2",
        "likely",
      ),
      currency: "BHD",
      minWage: s(null, "§3 none", "likely"),
      maxDailyHours: s(null, "not found", P),
      minWeeklyRestDays: s(1, "C189 baseline", P),
      annualLeave: s({ days: 30, perMonths: 12 }, "§3", "unsure"),
      endOfService: s(
        { daysPerYear: 15, rule: "half a month per year for 3 years, then 1 month" },
        "§3",
        "likely",
      ),
      probationMaxDays: s(null, "not found", P),
      passportKeptByWorker: s(true, "required per C189", P),
      minWorkerAge: s(21, "research placeholder", P),
      maxWorkerAge: s(null, "none found", P),
    },
  },
  {
    country: "JO",
    jobCategory: "DOMESTIC_WORKER",
    from: "2024-01-01",
    fromSource:
      "Research snapshot: the day these values took effect was not established [placeholder]",
    note: "Domestic workers; agreement drafted, unsigned; most values unknown",
    rules: {
      ...dwCommon,
      agreement: s({ signed: false, type: "draft, unsigned", year: null }, "§2", "likely"),
      currency: "JOD",
      minWage: s(null, "2015 claim KES 22,500/month (unsure)", P),
      maxDailyHours: s(null, "unknown", P),
      annualLeave: s(null, "unknown", P),
      endOfService: s(null, "unknown", P),
      probationMaxDays: s(null, "unknown", P),
      passportKeptByWorker: s(true, "required per C189", P),
      minWorkerAge: s(18, "global baseline", "solid"),
      maxWorkerAge: s(null, "unknown", P),
    },
  },
  {
    country: "LB",
    jobCategory: "DOMESTIC_WORKER",
    from: "2024-01-01",
    fromSource:
      "Research snapshot: the day these values took effect was not established [placeholder]",
    note: "Domestic workers; no agreement (initiated 2017); consider not deploying",
    rules: {
      ...dwCommon,
      agreement: s(
        { signed: false, type: "initiated 2017, none signed", year: null },
        "§2",
        "unsure",
      ),
      currency: "USD",
      minWage: s(null, "unknown", P),
      maxDailyHours: s(null, "unknown", P),
      annualLeave: s(null, "unknown", P),
      endOfService: s(null, "unknown", P),
      probationMaxDays: s(null, "unknown", P),
      passportKeptByWorker: s(true, "required per C189", P),
      minWorkerAge: s(18, "global baseline", "solid"),
      maxWorkerAge: s(null, "unknown", P),
    },
  },
  // General-worker sets where the data allow: Qatar's minimum wage covers every worker (Law 17/2020).
  {
    country: "QA",
    jobCategory: null,
    from: "2021-03-20",
    fromSource: "Law 17/2020 (minimum wage for all workers), in force 20 March 2021 (§3) [solid]",
    note: "All workers: minimum wage Law 17/2020; Labour Law 14/2004",
    rules: {
      agreement: s({ signed: true, type: "BLA (mainly unskilled)", year: 2012 }, "§2", "solid"),
      currency: "QAR",
      minWage: s(
        { amount: 1000, housingIfNotProvided: 500, foodIfNotProvided: 300 },
        "§3 Law 17/2020",
        "solid",
      ),
      blaWageFloor: s(null, "not published", P),
      maxDailyHours: s(8, "Labour Law 14/2004 Art 73 (8 h/day, 48 h/week)", "likely"),
      minWeeklyRestDays: s(1, "C189/C14 baseline", "solid"),
      annualLeave: s(
        { days: 21, perMonths: 12 },
        "Labour Law Art 79 (3 weeks under 5 years)",
        "likely",
      ),
      endOfService: s(
        { daysPerYear: 21, rule: "at least 3 weeks' wage per year after 1 year" },
        "§3",
        "solid",
      ),
      probationMaxDays: s(180, "Labour Law Art 39 (6 months)", "likely"),
      passportKeptByWorker: s(
        true,
        "Law 21/2015 Art 8: the employer may keep it only if the worker asks in writing",
        "likely",
      ),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(
        null,
        "none found for all workers (the age of 60 is in the domestic-worker rules only)",
        P,
      ),
      contractMonths: s({ min: 12, max: 60 }, "research placeholder", P),
      returnTicketByEmployer: s(true, "C189 Art 8(4); §3", "solid"),
    },
  },
];

/** The day a seeded version takes effect, at midnight UTC (as NEA's published versions). */
export const effectiveFromOf = (set: RuleSetSeed) => new Date(`${set.from}T00:00:00Z`);

/** Versions are numbered in order per destination and job: 1, 2, … */
export function versionOf(set: RuleSetSeed) {
  return (
    RULE_SETS.filter((r) => r.country === set.country && r.jobCategory === set.jobCategory).indexOf(
      set,
    ) + 1
  );
}
