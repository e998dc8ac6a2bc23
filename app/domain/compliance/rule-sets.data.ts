// Version 1 of every rule set, transcribed from ../shared/data/blma-research.jsonc (research seed,
// to be verified against gazetted instruments). Sections refer to ../shared/research/kenya-rules.md.
import type { RuleSetData, Sourced, Tag } from "./rule-set";

const s = <T>(value: T, src: string, tag: Tag): Sourced<T> => ({ value, src, tag });
const P = "placeholder";

const dwCommon = {
  minWeeklyRestDays: s(1, "§3; C189 Art 10(2)", "solid"),
  blaWageFloor: s(null, "BLA wage floor not published", "placeholder"),
  contractMonths: s({ min: 12, max: 24 }, "research placeholder", "placeholder"),
  returnTicketByEmployer: s(true, "C189 Art 8(4); §3", "solid"),
} as const;

export const RULE_SETS: {
  country: string;
  jobCategory: "DOMESTIC_WORKER" | null;
  note: string;
  rules: RuleSetData;
}[] = [
  {
    country: "SA",
    jobCategory: "DOMESTIC_WORKER",
    note: "Domestic workers: BLA 2017; KSA 2023 regulation",
    rules: {
      ...dwCommon,
      agreement: s({ signed: true, type: "BLA domestic workers", year: 2017 }, "§2", "solid"),
      currency: "SAR",
      minWage: s(
        { amount: 1000 },
        "No statutory DW minimum; Kenyan embassy announced SAR 1,000 from Feb 2026 (§2)",
        "unsure",
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
    },
  },
  {
    country: "AE",
    jobCategory: "DOMESTIC_WORKER",
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
      endOfService: s(null, "not specified in DL 9/2022 (old law 14 days/yr)", "likely"),
      probationMaxDays: s(180, "§3 (6 months)", "likely"),
      passportKeptByWorker: s(true, "§3 DL 9/2022", "solid"),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(null, "none found", P),
    },
  },
  {
    country: "QA",
    jobCategory: "DOMESTIC_WORKER",
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
      probationMaxDays: s(null, "not found", P),
      passportKeptByWorker: s(true, "Law 21/2015 not retrieved", P),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(60, "§3", "solid"),
    },
  },
  {
    country: "KW",
    jobCategory: "DOMESTIC_WORKER",
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
      passportKeptByWorker: s(true, "§3 Art 22(4) (unless the worker consents)", "solid"),
      minWorkerAge: s(21, "unsure", "unsure"),
      maxWorkerAge: s(60, "unsure", "unsure"),
    },
  },
  {
    country: "OM",
    jobCategory: "DOMESTIC_WORKER",
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
      passportKeptByWorker: s(true, "Law 21/2015", "likely"),
      minWorkerAge: s(18, "§3", "solid"),
      maxWorkerAge: s(60, "§3", "solid"),
      contractMonths: s({ min: 12, max: 60 }, "research placeholder", P),
      returnTicketByEmployer: s(true, "C189 Art 8(4); §3", "solid"),
    },
  },
];

/** Effective date of version 1: the research snapshot. */
export const RULE_SETS_EFFECTIVE_FROM = new Date("2024-01-01T00:00:00Z");
