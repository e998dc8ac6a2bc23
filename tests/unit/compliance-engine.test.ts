import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkContract,
  COSTS,
  isCompliant,
  minimumWage,
  type CheckInput,
  type Cost,
  type Terms,
} from "~/domain/compliance/engine";
import { RULE_SETS } from "~/domain/compliance/rule-sets.data";
import type { RuleSetData } from "~/domain/compliance/rule-set";

/** The newest seeded version for a destination (in force on `contractDate`, 2026-12-01). */
const rules = (country: string, general = false): RuleSetData =>
  RULE_SETS.filter(
    (r) =>
      r.country === country &&
      (general ? r.jobCategory === null : r.jobCategory === "DOMESTIC_WORKER"),
  ).at(-1)!.rules;

const contractDate = new Date("2026-12-01T00:00:00Z");
const goodTerms = (over: Partial<Terms> = {}): Terms => ({
  monthlyWage: 1500,
  currency: "QAR",
  dailyHours: 10,
  weeklyRestDays: 1,
  annualLeaveDays: 30,
  durationMonths: 24,
  probationDays: 30,
  housingProvided: true,
  foodProvided: true,
  passportHeldBy: "WORKER",
  workerPaidRecruitmentFees: 0,
  costsPaidByWorker: [],
  returnTicketPaidBy: "EMPLOYER",
  endOfServiceDaysPerYear: 30,
  ...over,
});
const input = (country: string, terms: Partial<Terms> = {}, dob = "1995-05-04"): CheckInput => ({
  country,
  contractDate,
  terms: goodTerms({ currency: rules(country).currency, ...terms }),
  worker: { dateOfBirth: new Date(`${dob}T00:00:00Z`) },
});
const codes = (country: string, terms: Partial<Terms> = {}, dob?: string) =>
  checkContract(input(country, terms, dob), rules(country)).map((f) => `${f.code}:${f.severity}`);

describe("compliance rules", () => {
  it("a good Qatar domestic-worker contract has no findings", () => {
    expect(checkContract(input("QA"), rules("QA"))).toEqual([]);
  });

  it("FEE-01: any recruitment fee paid by the worker blocks", () => {
    expect(codes("QA", { workerPaidRecruitmentFees: 1 })).toEqual(["FEE-01:BLOCKING"]);
  });

  it("FEE-02: costs the employer must bear", () => {
    const f = checkContract(input("QA", { costsPaidByWorker: ["VISA", "MEDICAL"] }), rules("QA"));
    expect(f).toMatchObject([{ code: "FEE-02", severity: "BLOCKING", actual: "VISA, MEDICAL" }]);
    expect(f[0]!.message.sw).toContain("viza");
  });

  it("DOC-01: the passport stays with the worker", () => {
    expect(codes("SA", { passportHeldBy: "EMPLOYER", monthlyWage: 1200 })).toEqual([
      "DOC-01:BLOCKING",
    ]);
    expect(codes("KW", { passportHeldBy: "AGENCY", monthlyWage: 100 })).toEqual([
      "BLA-00:WARNING",
      "DOC-01:BLOCKING",
    ]);
    // Qatar's own rule is unverified, but the global baseline still blocks.
    expect(codes("QA", { passportHeldBy: "EMPLOYER" })).toEqual(["DOC-01:BLOCKING"]);
  });

  it("HRS-01 and HRS-02: a weekly rest day, and hours within the cap", () => {
    expect(codes("QA", { weeklyRestDays: 0 })).toEqual(["HRS-01:BLOCKING"]);
    expect(codes("QA", { dailyHours: 11 })).toEqual(["HRS-02:BLOCKING"]);
    expect(codes("KW", { dailyHours: 12, monthlyWage: 60 })).toEqual(["BLA-00:WARNING"]);
    expect(codes("KW", { dailyHours: 13, monthlyWage: 60 })).toEqual([
      "BLA-00:WARNING",
      "HRS-02:BLOCKING",
    ]);
    expect(codes("BH", { dailyHours: 16 })).not.toContain("HRS-02:BLOCKING"); // no verified cap
  });

  it("LEAVE-01: leave normalised per year (Saudi 30 days per 24 months = 15 a year)", () => {
    expect(codes("SA", { annualLeaveDays: 15, monthlyWage: 1200 })).toEqual([]);
    expect(codes("SA", { annualLeaveDays: 14, monthlyWage: 1200 })).toEqual(["LEAVE-01:BLOCKING"]);
    expect(codes("QA", { annualLeaveDays: 20 })).toEqual(["LEAVE-01:BLOCKING"]);
    expect(codes("BH", { annualLeaveDays: 20 })).toContain("LEAVE-01:WARNING"); // unsure value
  });

  it("WAGE-02: Qatar adds QAR 500 housing and QAR 300 food when not provided", () => {
    expect(minimumWage(rules("QA"), { housingProvided: true, foodProvided: true })).toBe(1000);
    expect(minimumWage(rules("QA"), { housingProvided: false, foodProvided: false })).toBe(1800);
    expect(codes("QA", { monthlyWage: 1000 })).toEqual([]);
    expect(codes("QA", { monthlyWage: 999 })).toEqual(["WAGE-02:BLOCKING"]);
    const f = checkContract(
      input("QA", { monthlyWage: 1500, housingProvided: false, foodProvided: false }),
      rules("QA"),
    );
    expect(f).toMatchObject([{ code: "WAGE-02", expected: "≥ QAR 1,800", actual: "QAR 1,500" }]);
    expect(f[0]!.message.en).toContain("housing is not provided and food is not provided");
    // From the catalogue, in both languages (no text written inline in the engine).
    expect(f[0]!.message.sw).toBe(
      "Mshahara wa mwezi QAR 1,500 uko chini ya kiwango cha chini cha QAR 1,800 (kwa sababu makazi hayatolewi na chakula hakitolewi).",
    );
  });

  it("messages come from the catalogue, counted and in words: no day(s), fees with their currency", () => {
    const [rest] = checkContract(input("QA", { weeklyRestDays: 0 }), rules("QA"));
    expect(rest!.message.en).toBe(
      "The contract gives 0 rest days a week; at least 1 full day (24 hours in a row) is required.",
    );
    const [fee] = checkContract(input("QA", { workerPaidRecruitmentFees: 25000 }), rules("QA"));
    expect(fee!.message.en).toContain("The worker paid QAR 25,000 in recruitment fees.");
    const [doc] = checkContract(input("QA", { passportHeldBy: "AGENCY" }), rules("QA"));
    expect(doc!.message.sw).toBe(
      "Mkataba unaruhusu wakala kushikilia pasipoti. Mfanyakazi lazima abaki na pasipoti yake.",
    );
    expect(codes("KW", { monthlyWage: 59 })).toEqual(["BLA-00:WARNING", "WAGE-02:BLOCKING"]);
    expect(codes("QA", { currency: "USD" })).toEqual(["WAGE-02:BLOCKING"]);
    // Saudi Arabia's SAR 1,000 is an announcement, not a verified law: a warning.
    expect(checkContract(input("SA", { monthlyWage: 900 }), rules("SA"))).toMatchObject([
      { code: "WAGE-02", severity: "WARNING", unverified: true },
    ]);
  });

  it("WAGE-03: the agreement's wage floor, where one is published", () => {
    const withFloor: RuleSetData = {
      ...rules("QA"),
      blaWageFloor: { value: 1400, src: "test", tag: "solid" },
    };
    expect(checkContract(input("QA", { monthlyWage: 1300 }), withFloor).map((f) => f.code)).toEqual(
      ["WAGE-03"],
    );
  });

  it("EOS-01: end of service at least the destination formula; a warning when not stated", () => {
    expect(codes("QA", { endOfServiceDaysPerYear: 20 })).toEqual(["EOS-01:BLOCKING"]);
    expect(codes("QA", { endOfServiceDaysPerYear: null })).toEqual(["EOS-01:WARNING"]);
    expect(codes("KW", { endOfServiceDaysPerYear: 29, monthlyWage: 60 })).toEqual([
      "BLA-00:WARNING",
      "EOS-01:BLOCKING",
    ]);
    // UAE: disputed (14 days a year per a 2022 statement, none per 2023 advice), so it only warns.
    expect(codes("AE", { endOfServiceDaysPerYear: null })).toEqual(["EOS-01:WARNING"]);
    expect(codes("AE", { endOfServiceDaysPerYear: 0 })).toEqual(["EOS-01:WARNING"]);
    expect(codes("AE", { endOfServiceDaysPerYear: 14 })).toEqual([]);
  });

  it("AGE-01: at least 18 everywhere, 21 in Saudi Arabia, at most 60 in Qatar", () => {
    expect(codes("QA", {}, "2009-01-01")).toEqual(["AGE-01:BLOCKING"]);
    expect(codes("AE", {}, "2008-11-30")).toEqual([]); // 18 the day before the contract
    expect(codes("AE", {}, "2008-12-02")).toEqual(["AGE-01:BLOCKING"]);
    expect(codes("SA", { monthlyWage: 1200 }, "2006-01-01")).toEqual(["AGE-01:BLOCKING"]);
    expect(codes("QA", {}, "1960-01-01")).toEqual(["AGE-01:BLOCKING"]);
  });

  it("REP-01: the employer pays the way home", () => {
    expect(codes("QA", { returnTicketPaidBy: "WORKER" })).toEqual(["REP-01:BLOCKING"]);
  });

  it("CON-02: probation within the limit and stated; duration within the usual range (unverified: warning)", () => {
    expect(codes("SA", { probationDays: 91, monthlyWage: 1200 })).toEqual(["CON-02:BLOCKING"]);
    expect(codes("OM", { probationDays: 16 })).toEqual(["BLA-00:WARNING", "CON-02:BLOCKING"]);
    expect(codes("QA", { probationDays: null })).toEqual(["CON-02:WARNING"]);
    expect(codes("QA", { durationMonths: 36 })).toEqual(["CON-02:WARNING"]);
  });

  it("LIC-01: the agency must hold an active licence for the country on the contract date", () => {
    const agency = {
      status: "ACTIVE",
      licensedCountries: ["QA"],
      validUntil: new Date("2027-06-01T00:00:00Z"),
    };
    expect(checkContract({ ...input("QA"), agency }, rules("QA"))).toEqual([]);
    expect(
      checkContract(
        { ...input("QA"), agency: { ...agency, licensedCountries: ["SA"] } },
        rules("QA"),
      ).map((f) => f.code),
    ).toEqual(["LIC-01"]);
    expect(
      checkContract(
        { ...input("QA"), agency: { ...agency, status: "SUSPENDED" } },
        rules("QA"),
      ).map((f) => f.code),
    ).toEqual(["LIC-01"]);
    expect(
      checkContract(
        { ...input("QA"), agency: { ...agency, validUntil: new Date("2026-11-30T00:00:00Z") } },
        rules("QA"),
      ).map((f) => f.code),
    ).toEqual(["LIC-01"]);
  });

  it("countries without a signed agreement carry a warning; every message is in English and Kiswahili", () => {
    for (const c of ["KW", "OM", "BH", "JO", "LB"]) expect(codes(c)).toContain("BLA-00:WARNING");
    for (const c of ["SA", "AE", "QA"]) expect(codes(c)).not.toContain("BLA-00:WARNING");
    // A job no rule set covers is checked against the baseline, which keeps the destination's
    // agreement (reference data): without one, the warning stays (issue 22 §4).
    const none: RuleSetData["agreement"] = {
      value: { signed: false, type: "none signed", year: null },
      src: "ref",
      tag: "likely",
    };
    const baseline = (agreement?: RuleSetData["agreement"]) =>
      checkContract({ ...input("KW"), countryAgreement: agreement }, null).map((f) => f.code);
    expect(baseline(none)).toEqual(expect.arrayContaining(["BLA-01", "BLA-00"]));
    expect(baseline()).toContain("BLA-00"); // unknown counts as none
    expect(baseline({ ...none, value: { ...none.value, signed: true } })).not.toContain("BLA-00");
    const all = checkContract(
      input(
        "QA",
        {
          workerPaidRecruitmentFees: 5,
          costsPaidByWorker: ["VISA"],
          passportHeldBy: "EMPLOYER",
          weeklyRestDays: 0,
          dailyHours: 14,
          annualLeaveDays: 1,
          monthlyWage: 1,
          endOfServiceDaysPerYear: 1,
          returnTicketPaidBy: "WORKER",
          probationDays: null,
        },
        "2010-01-01",
      ),
      rules("QA"),
    );
    expect(new Set(all.map((f) => f.code))).toEqual(
      new Set([
        "FEE-01",
        "FEE-02",
        "DOC-01",
        "HRS-01",
        "HRS-02",
        "LEAVE-01",
        "WAGE-02",
        "EOS-01",
        "AGE-01",
        "REP-01",
        "CON-02",
      ]),
    );
    for (const f of all) {
      expect(f.message.en.length).toBeGreaterThan(10);
      expect(f.message.sw.length).toBeGreaterThan(10);
      expect(f.message.sw).not.toBe(f.message.en);
    }
  });

  it("without a rule set, the international baseline still blocks fees and passport custody", () => {
    const f = checkContract(
      {
        ...input("QA", { workerPaidRecruitmentFees: 10, passportHeldBy: "AGENCY", dailyHours: 16 }),
        countryAgreement: {
          value: { signed: true, type: "BLA", year: 2012 },
          src: "ref",
          tag: "solid",
        },
      },
      null,
    );
    expect(f.map((x) => `${x.code}:${x.severity}`)).toEqual([
      "BLA-01:WARNING",
      "FEE-01:BLOCKING",
      "DOC-01:BLOCKING",
    ]);
  });

  it("the general-worker set for Qatar applies the 8-hour day", () => {
    expect(
      checkContract(input("QA", { dailyHours: 9 }), rules("QA", true)).map((f) => f.code),
    ).toEqual(["HRS-02"]);
  });
});

describe("compliance properties", () => {
  const countries = ["SA", "AE", "QA", "KW", "OM", "BH", "JO", "LB"];
  const arbTerms = fc.record({
    monthlyWage: fc.integer({ min: 0, max: 5000 }),
    dailyHours: fc.integer({ min: 1, max: 16 }),
    weeklyRestDays: fc.integer({ min: 0, max: 2 }),
    annualLeaveDays: fc.integer({ min: 0, max: 40 }),
    durationMonths: fc.integer({ min: 1, max: 48 }),
    probationDays: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    housingProvided: fc.boolean(),
    foodProvided: fc.boolean(),
    passportHeldBy: fc.constantFrom("WORKER" as const, "EMPLOYER" as const, "AGENCY" as const),
    workerPaidRecruitmentFees: fc.constantFrom(0, 0, 0, 100, 5000),
    costsPaidByWorker: fc.subarray([...COSTS]),
    returnTicketPaidBy: fc.constantFrom("EMPLOYER" as const, "WORKER" as const),
    endOfServiceDaysPerYear: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  });
  const arbCase = fc.record({
    country: fc.constantFrom(...countries),
    terms: arbTerms,
    age: fc.integer({ min: 15, max: 70 }),
  });
  const run = (
    c: { country: string; terms: Omit<Terms, "currency">; age: number },
    over: Partial<Terms> = {},
  ) => {
    const r = rules(c.country);
    const dob = new Date(Date.UTC(contractDate.getUTCFullYear() - c.age, 0, 1));
    return checkContract(
      {
        country: c.country,
        contractDate,
        terms: { ...c.terms, currency: r.currency, ...over },
        worker: { dateOfBirth: dob },
      },
      r,
    );
  };

  // Contracts that are mostly fine, so that many generated cases are compliant before the raise.
  const arbFair = fc.record({
    country: fc.constantFrom(...countries),
    age: fc.integer({ min: 25, max: 55 }),
    terms: fc.record({
      monthlyWage: fc.integer({ min: 0, max: 3000 }),
      dailyHours: fc.integer({ min: 1, max: 8 }),
      weeklyRestDays: fc.integer({ min: 1, max: 2 }),
      annualLeaveDays: fc.integer({ min: 30, max: 40 }),
      durationMonths: fc.integer({ min: 12, max: 24 }),
      probationDays: fc.integer({ min: 0, max: 15 }),
      housingProvided: fc.boolean(),
      foodProvided: fc.boolean(),
      passportHeldBy: fc.constant("WORKER" as const),
      workerPaidRecruitmentFees: fc.constant(0),
      costsPaidByWorker: fc.constant([] as Cost[]),
      returnTicketPaidBy: fc.constant("EMPLOYER" as const),
      endOfServiceDaysPerYear: fc.integer({ min: 30, max: 40 }),
    }),
  });

  it("a compliant contract stays compliant when the wage rises", () => {
    fc.assert(
      fc.property(arbFair, fc.integer({ min: 1, max: 10_000 }), (c, raise) => {
        fc.pre(isCompliant(run(c)));
        return isCompliant(run(c, { monthlyWage: c.terms.monthlyWage + raise }));
      }),
      { numRuns: 500 },
    );
  });

  it("any fee paid by the worker is always blocking", () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 1, max: 1_000_000 }), (c, fee) => {
        const f = run(c, { workerPaidRecruitmentFees: fee });
        return !isCompliant(f) && f.some((x) => x.code === "FEE-01" && x.severity === "BLOCKING");
      }),
      { numRuns: 300 },
    );
  });

  it("a passport held by anyone but the worker is always blocking", () => {
    fc.assert(
      fc.property(arbCase, fc.constantFrom("EMPLOYER" as const, "AGENCY" as const), (c, holder) =>
        run(c, { passportHeldBy: holder }).some(
          (x) => x.code === "DOC-01" && x.severity === "BLOCKING",
        ),
      ),
      { numRuns: 300 },
    );
  });

  it("more rest, more leave and fewer hours never add a finding", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const before = run(c).filter((f) =>
          ["HRS-01", "HRS-02", "LEAVE-01"].includes(f.code),
        ).length;
        const after = run(c, {
          weeklyRestDays: c.terms.weeklyRestDays + 1,
          annualLeaveDays: c.terms.annualLeaveDays + 5,
          dailyHours: Math.max(1, c.terms.dailyHours - 1),
        }).filter((f) => ["HRS-01", "HRS-02", "LEAVE-01"].includes(f.code)).length;
        return after <= before;
      }),
      { numRuns: 300 },
    );
  });

  it("compliant is false exactly when a blocking finding exists", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const f = run(c);
        return isCompliant(f) === !f.some((x) => x.severity === "BLOCKING");
      }),
      { numRuns: 200 },
    );
  });
});
