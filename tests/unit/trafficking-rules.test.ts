// Trafficking indicators (issue 20 §4), pure: when a referral to the NRM is suggested, and that the
// referral record carries only the personal data the worker agreed to share.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  INDICATORS,
  MEANS,
  nrmRecord,
  SHARED_DATA,
  suggestsNrmReferral,
  type NrmFacts,
} from "~/domain/cases/trafficking.rules";

const facts = (shared: NrmFacts["consent"]["shared"]): NrmFacts => ({
  reference: "KS-W-2026-000123",
  category: "PASSPORT_CONFISCATED",
  raisedAt: new Date("2026-11-01T08:00:00Z"),
  destination: "SA",
  indicators: ["DECEPTION", "DOCUMENTS_CONFISCATED"],
  referredAt: new Date("2026-11-20T08:00:00Z"),
  consent: { method: "IN_PERSON", recordedAt: new Date("2026-11-20T07:55:00Z"), shared },
  identity: {
    firstName: "Achieng",
    lastName: "Otieno",
    nationalId: "33445566",
    dateOfBirth: "1995-03-02",
  },
  contact: { phone: "254712000111", phoneAbroad: "+966500000111" },
  employer: { name: "A family in Riyadh", city: "Riyadh" },
  agency: { name: "Jamii Bora Demo Recruitment Ltd", licenceNo: "NEA/PEA/DEMO/001" },
  account: { description: "They took my passport and lock me in." },
  note: null,
});
const KEY = {
  IDENTITY: "identity",
  CONTACT: "contact",
  EMPLOYER: "employer",
  AGENCY: "agency",
  ACCOUNT: "account",
} as const;

describe("trafficking indicators", () => {
  it("a means with a sign of control, or any three, suggest the NRM; fewer do not", () => {
    expect(suggestsNrmReferral([])).toBe(false);
    expect(suggestsNrmReferral(["DECEPTION"])).toBe(false);
    expect(suggestsNrmReferral(["DECEPTION", "THREATS_VIOLENCE"])).toBe(false); // two means only
    expect(suggestsNrmReferral(["ISOLATION", "WAGES_WITHHELD"])).toBe(false); // control only
    expect(suggestsNrmReferral(["DEBT_BONDAGE", "ISOLATION"])).toBe(true);
    expect(suggestsNrmReferral(["ISOLATION", "WAGES_WITHHELD", "MOVEMENT_RESTRICTED"])).toBe(true);
    fc.assert(
      fc.property(fc.subarray([...INDICATORS]), (found) => {
        const means = found.filter((i) => MEANS.includes(i)).length;
        expect(suggestsNrmReferral(found)).toBe(
          found.length >= 3 || (means >= 1 && found.length - means >= 1),
        );
        // More indicators never withdraw the suggestion.
        if (suggestsNrmReferral(found))
          for (const extra of INDICATORS) expect(suggestsNrmReferral([...found, extra])).toBe(true);
      }),
    );
  });

  it("the NRM record holds exactly the personal data she agreed to share", () => {
    fc.assert(
      fc.property(fc.subarray([...SHARED_DATA]), (shared) => {
        const r = nrmRecord(facts(shared));
        for (const s of SHARED_DATA) expect(KEY[s] in r, s).toBe(shared.includes(s));
        expect(r.consent.shared).toEqual(SHARED_DATA.filter((s) => shared.includes(s)));
        const text = JSON.stringify(r);
        expect(text.includes("33445566")).toBe(shared.includes("IDENTITY"));
        expect(text.includes("lock me in")).toBe(shared.includes("ACCOUNT"));
        // Always: the case, its indicators and the consent itself.
        expect(r.case.indicators).toEqual(["DECEPTION", "DOCUMENTS_CONFISCATED"]);
        expect(r.case.thresholdMet).toBe(true);
      }),
    );
  });
});
