import { describe, expect, it } from "vitest";
import {
  agencyAnswer,
  USSD_MAX,
  ussdReply,
  type UssdAgency,
  type UssdLookups,
} from "~/domain/ussd/ussd";
import type { ApprovedTerms } from "~/domain/mission/terms-check.rules";

const long =
  "The Very Long Named International Overseas Manpower Recruitment and Placement Services Company Limited of Nairobi";
const agencies: UssdAgency[] = [
  {
    name: "Jamii Bora Recruitment Ltd",
    licenceNo: "NEA/PEA/2026/0001",
    status: "ACTIVE",
    validUntil: new Date("2027-05-01T00:00:00Z"),
    countries: ["SA", "QA", "AE"],
  },
  {
    name: "Jamii Safi Agency Ltd",
    licenceNo: "NEA/PEA/2026/0002",
    status: "REVOKED",
    validUntil: null,
    countries: ["SA"],
  },
  ...Array.from({ length: 3 }, (_, i) => ({
    name: `${long} ${i}`,
    licenceNo: `NEA/PEA/2026/01${i}`,
    status: "ACTIVE" as const,
    validUntil: new Date("2027-01-01T00:00:00Z"),
    countries: ["SA", "QA", "AE", "KW", "OM", "BH"],
  })),
];

const lookups: UssdLookups = {
  async findAgencies(q, limit) {
    const k = q.toLowerCase().replace(/[^a-z0-9]/g, "");
    return agencies
      .filter(
        (a) =>
          a.name
            .toLowerCase()
            .replace(/[^a-z0-9]/g, "")
            .includes(k) || (a.licenceNo ?? "").replace(/\D/g, "").includes(k),
      )
      .slice(0, limit);
  },
  async verify(code) {
    return code === "1202600019"
      ? {
          kind: "LICENCE",
          status: "VALID",
          name: "Jamii Bora Recruitment Ltd",
          ref: "NEA/PEA/2026/0001",
        }
      : null;
  },
  async checkIn() {
    return null;
  },
  async checkRecruiter(q) {
    if (q === "0799000111") return { verdict: "REPORTED", reports: 3, confirmed: true };
    if (q === "0788000222") return { verdict: "REPORTED", reports: 1, confirmed: false };
    if (q === "0722000001")
      return {
        verdict: "AGENCY",
        agency: { name: long, licenceNo: "NEA/PEA/2026/0001", status: "ACTIVE" },
      };
    if (q === "x") return { verdict: "INVALID" };
    if (q === "busy") return "rate-limited";
    return { verdict: "UNKNOWN" };
  },
  async terms(pin) {
    if (pin !== "1234") return { verified: false, reason: "WRONG_PIN", emergency: "+97444000000" };
    return { verified: true, registrationId: "reg-1", approved, emergency: "+97444000000" };
  },
  async reportTerms(registrationId, r) {
    reports.push({ registrationId, ...r });
    const asAgreed = r.monthlyWage >= approved.monthlyWage && r.passportHeldBy === "WORKER";
    return {
      caseReference: asAgreed ? null : "KS-W-2026-000123",
      next: new Date("2027-01-05T00:00:00Z"),
    };
  },
};

const approved: ApprovedTerms = {
  monthlyWage: 1500,
  currency: "QAR",
  dailyHours: 8,
  weeklyRestDays: 1,
  passportHeldBy: "WORKER",
  employer: long,
  city: "Al Rayyan Municipality of the State of Qatar, Doha region",
};
const reports: Record<string, unknown>[] = [];

const dial = (text: string) => ussdReply(text, lookups);

describe("USSD menu", () => {
  it("lets a worker abroad check in with her PIN: OK, or help with the mission's emergency number", async () => {
    const answers: string[] = [];
    const abroad: UssdLookups = {
      ...lookups,
      async checkIn(outcome, pin) {
        answers.push(`${outcome}:${pin}`);
        return pin === "4321"
          ? { verified: true, next: new Date("2027-03-01T00:00:00Z"), emergency: "+974 5000 0000" }
          : { verified: false, reason: "WRONG_PIN", emergency: "+974 5000 0000" };
      },
    };
    expect(await ussdReply("1*4", abroad)).toBe("CON Are you OK?\n1. I am OK\n2. I need help");
    expect(await ussdReply("1*4*1", abroad)).toMatch(/^CON Enter your check-in PIN/);
    expect(answers).toEqual([]); // nothing is answered before the PIN
    expect(await ussdReply("1*4*1*4321", abroad)).toBe(
      "END Thank you. The mission has your answer. Next check-in: 2027-03-01",
    );
    expect(await ussdReply("2*4*2*4321", abroad)).toBe(
      "END Ubalozi umepata jibu lako na utakupigia. Uko hatarini? Piga ubalozi sasa: +974 5000 0000",
    );
    expect(await ussdReply("1*4*1*0000", abroad)).toBe(
      "END Not counted: the PIN is not right. The mission sees this attempt. In danger? Call the mission: +974 5000 0000",
    );
    expect(answers).toEqual(["OK:4321", "CONCERN:4321", "OK:0000"]);
    expect(await ussdReply("1*4*1*1234", lookups)).toMatch(
      /^END No check-in is open for this phone number/,
    );
    expect(await ussdReply("1*4*9", abroad)).toBe("END Invalid choice. Please dial again.");
  });

  it("every unverified answer fits one USSD screen, in both languages, with the mission's number", async () => {
    for (const reason of ["NO_PIN", "WRONG_PIN", "LOCKED"] as const)
      for (const lang of ["1", "2"]) {
        const reply = await ussdReply(`${lang}*4*1*1111`, {
          ...lookups,
          checkIn: async () => ({ verified: false, reason, emergency: "+966 11 488 1238" }),
        });
        expect(reply.length).toBeLessThanOrEqual(USSD_MAX);
        expect(reply).toContain("+966 11 488 1238");
        expect(reply).not.toContain("…");
      }
  });

  it("asks the language, then what to check", async () => {
    expect(await dial("")).toBe("CON Kazi Salama\n1. English\n2. Kiswahili");
    expect(await dial("1")).toMatch(/^CON 1\. Check agency by licence number/);
    expect(await dial("2")).toMatch(/^CON 1\. Wakala: nambari ya leseni/);
    expect(await dial("1*1")).toMatch(/^CON Enter the licence number/);
  });

  it("checks an agency by licence number typed as digits", async () => {
    const r = await dial("1*1*20260001");
    expect(r).toMatch(
      /^END Jamii Bora Recruitment Ltd\nLicence NEA\/PEA\/2026\/0001\nLICENSED until 2027-05-01\nFor: SA,QA,AE/,
    );
  });

  it("lists at most 5 matches by name, then answers the chosen one, in Kiswahili too", async () => {
    expect(await dial("1*2*jamii")).toBe(
      "CON Choose the agency:\n1. Jamii Bora Recruitment Ltd\n2. Jamii Safi Agency Ltd",
    );
    expect(await dial("2*2*jamii*2")).toMatch(
      /^END Jamii Safi Agency Ltd\nLeseni NEA\/PEA\/2026\/0002\nIMEFUTWA - hawezi kuajiri/,
    );
    expect(await dial("1*2*jamii*7")).toBe("END Invalid choice. Please dial again.");
  });

  it("says plainly that an unknown agency is not licensed", async () => {
    expect(await dial("1*2*nowhere")).toMatch(
      /^END Not in the NEA register: this agency is NOT licensed/,
    );
    expect(await dial("2*1*99999999")).toMatch(/^END Hayumo kwenye sajili ya NEA/);
  });

  it("checks a verification code", async () => {
    expect(await dial("1*3*1202600019")).toBe(
      "END Jamii Bora Recruitment Ltd\nNEA/PEA/2026/0001\nVALID",
    );
    expect(await dial("1*3*1202600018")).toMatch(/^END No document has this code/);
  });

  it("refuses nonsense without failing", async () => {
    expect(await dial("9")).toMatch(/^END Invalid/);
    expect(await dial("1*8")).toMatch(/^END Invalid/);
    expect(await dial("1*2*a")).toMatch(/^END Type at least 2 letters/);
  });

  it("never exceeds 182 characters, even with very long names", async () => {
    const replies = await Promise.all(
      [
        "",
        "1",
        "2",
        "1*1",
        "1*2",
        "1*3",
        "1*2*long",
        "2*2*long",
        "1*2*long*1",
        "2*2*long*3",
        "1*2*jamii*1",
        "2*1*nowhere",
        "2*3*1202600018",
      ].map(dial),
    );
    for (const r of replies) expect(r.length, r).toBeLessThanOrEqual(USSD_MAX);
    for (const locale of ["en", "sw"] as const) {
      const r = agencyAnswer(agencies[2]!, locale);
      expect(r.length).toBeLessThanOrEqual(USSD_MAX);
      expect(r).toContain("NEA/PEA/2026/010"); // the facts survive; the name is what gets shortened
    }
  });

  it("asks whether her job is as agreed, one question a screen, after her PIN (issue 19 §1)", async () => {
    expect(await dial("1")).toContain("5. Is my job as agreed?");
    expect(await dial("1*5")).toBe(
      "CON Enter your check-in PIN (set it on Kazi Salama, under Get help):",
    );
    expect(await dial("1*5*9999")).toMatch(/^END Your PIN is not right\. Send it again/);
    expect(await dial("1*5*1234")).toBe(
      "CON Your pay a month. Agreed: 1500 QAR.\n1. As agreed or more\n2. Less",
    );
    // All as agreed: six answers, then thanks and the next check-in.
    reports.length = 0;
    expect(await dial("1*5*1234*1*1*1*1*1*1")).toBe(
      "END Thank you: your job is as agreed. The mission has your answers. Next check-in: 2027-01-05",
    );
    expect(reports[0]).toMatchObject({
      monthlyWage: 1500,
      passportHeldBy: "WORKER",
      sameEmployer: true,
    });
    // Less pay, more hours, no day off, passport with the employer, another employer and city.
    reports.length = 0;
    const path = ["2", "5", "1234", "2", "1,200", "2", "12", "2", "0", "2", "2", "2", "Jeddah"];
    const screens = [];
    for (let i = 1; i <= path.length; i++) screens.push(await dial(path.slice(0, i).join("*")));
    expect(screens[3]).toContain("Unalipwa kiasi gani kwa mwezi, kwa QAR?");
    expect(screens.at(-1)).toMatch(/^END Ubalozi umepata majibu yako: kesi KS-W-2026-000123/);
    expect(screens.at(-1)).toContain("+97444000000");
    expect(reports).toEqual([
      {
        registrationId: "reg-1",
        monthlyWage: 1200,
        dailyHours: 12,
        weeklyRestDays: 0,
        passportHeldBy: "EMPLOYER",
        sameEmployer: false,
        city: "Jeddah",
      },
    ]);
    // Every screen fits, in both languages, with a very long employer and city.
    for (const lang of ["1", "2"]) {
      const p = [lang, ...path.slice(1)];
      for (let i = 1; i <= p.length; i++) {
        const r = await dial(p.slice(0, i).join("*"));
        expect(r.length, r).toBeLessThanOrEqual(USSD_MAX);
        expect(r.endsWith("…"), r).toBe(false); // written to fit, never cut
      }
    }
    // A wrong answer is asked again, on the next screen; the session goes on from there.
    reports.length = 0;
    expect(await dial("1*5*1234*7")).toBe(
      "CON Not understood, please answer again.\nYour pay a month. Agreed: 1500 QAR.\n1. As agreed or more\n2. Less",
    );
    expect(await dial("1*5*1234*2*lots")).toMatch(/^CON Not understood.*\nHow much are you paid/s);
    expect(await dial("1*5*1234*7*1")).toMatch(/^CON Hours of work a day/);
    expect(await dial("1*5*1234*1*2*25")).toMatch(/^CON Not understood.*\nHow many hours/s);
    expect(await dial("1*5*1234*1*1*2*8")).toMatch(/^CON Not understood.*\nHow many days off/s);
    // Answers after the last question end the session.
    expect(await dial("1*5*1234*1*1*1*1*1*1*1")).toBe("END Invalid choice. Please dial again.");
    expect(reports).toEqual([]);
  });

  it("checks a recruiter's number, M-Pesa or page (issue 20 §1), every answer on one screen", async () => {
    expect(await dial("1*6")).toBe(
      "CON Enter the recruiter's phone number, M-Pesa paybill or till, or page name:",
    );
    expect(await dial("1*6*0799000111")).toMatch(/^END WARNING: NEA confirmed .* Reported 3 times/);
    expect(await dial("2*6*0788000222")).toMatch(/^END TAHADHARI: ameripotiwa mara 1 /);
    expect(await dial("1*6*0722000001")).toMatch(
      /^END Belongs to a licensed agency:\n.*\nLicence NEA\/PEA\/2026\/0001\nLICENSED\n/,
    );
    expect(await dial("1*6*12345678")).toMatch(/^END Nothing is known/);
    expect(await dial("1*6*x")).toMatch(/^END Not a phone/);
    expect(await dial("1*6*busy")).toBe("END Too many checks from this phone. Try again later.");
    for (const lang of ["1", "2"])
      for (const q of ["", "*0799000111", "*0788000222", "*0722000001", "*1", "*x"]) {
        const r = await dial(`${lang}*6${q}`);
        expect(r.length, r).toBeLessThanOrEqual(USSD_MAX);
        expect(r.endsWith("…"), r).toBe(false);
      }
    for (const lang of ["1", "2"]) expect((await dial(lang)).length).toBeLessThanOrEqual(USSD_MAX);
  });
});
