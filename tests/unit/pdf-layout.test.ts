// Every printed document (licence, contract, training certificate, departure clearance) lays out
// long text in both languages without one line printing over another or off the page, prints
// words rather than stored codes, and gives the full address of the live check. The PDFs are read
// back with pdf.js: these are the positions a viewer or a printer uses.
import { describe, expect, it } from "vitest";
import * as enums from "~/generated/prisma/enums";
import { licenceCertificatePdf } from "~/domain/agencies/certificate.server";
import { renderContractPdf } from "~/domain/contracts/contract-pdf.server";
import { renderClearancePdf } from "~/domain/departure/clearance-pdf.server";
import { renderTrainingCertificatePdf } from "~/domain/training/certificate-pdf.server";
import { renderNrmPdf } from "~/domain/cases/nrm.server";
import { INDICATORS, nrmRecord, SHARED_DATA } from "~/domain/cases/trafficking.rules";
import { offPage, overlapping, textBoxes } from "../support/pdf-text";

const BASE = "https://kazisalama.nea.go.ke";
// Long, real-looking values: the names people and companies do have, at the lengths forms allow.
const AGENCY = "Wakala wa Ajira wa Kimataifa wa Pwani na Bara (Mombasa, Nairobi na Kisumu) Limited";
const EMPLOYER = "Al-Mubarak Trading, Contracting and General Household Services Company W.L.L.";
const WORKER = { firstName: "Wanjiru Nyambura Akinyi", lastName: "Kamau-Odhiambo Wafula" };

const CODES = new Set(
  Object.values(enums).flatMap((e) =>
    typeof e === "object" ? Object.values(e as Record<string, string>) : [],
  ),
);

async function problems(bytes: Uint8Array) {
  const boxes = await textBoxes(bytes);
  const text = boxes.map((b) => b.text).join("\n");
  const codes = [...new Set(text.match(/\b[A-Z][A-Z_]{2,}\b/g) ?? [])].filter(
    (w) => CODES.has(w) && !["NEA", "USSD", "SMS", "PIN"].includes(w),
  );
  return {
    text,
    overlaps: overlapping(boxes).map(([a, b]) => `"${a.text}" over "${b.text}"`),
    offPage: offPage(boxes).map((b) => `"${b.text}" at (${Math.round(b.x)}, ${Math.round(b.y)})`),
    codes,
  };
}

function expectClean(p: Awaited<ReturnType<typeof problems>>) {
  expect(p.overlaps).toEqual([]);
  expect(p.offPage).toEqual([]);
  expect(p.codes).toEqual([]);
  // The whole address of the check, not "/verify" alone.
  expect(p.text).toContain(`${BASE}/verify`);
}

describe("printed documents", () => {
  it("the NRM referral record: every indicator and every shared part, in words, every line clear", async () => {
    const p = await problems(
      await renderNrmPdf(
        nrmRecord({
          reference: "KS-W-2026-000123",
          category: "TRAFFICKING_SUSPECTED",
          raisedAt: new Date("2026-11-01T08:00:00Z"),
          destination: "SA",
          indicators: [...INDICATORS],
          referredAt: new Date("2026-11-20T08:00:00Z"),
          consent: {
            method: "IN_PERSON",
            recordedAt: new Date("2026-11-20T07:55:00Z"),
            shared: [...SHARED_DATA],
          },
          identity: { ...WORKER, nationalId: "33445566", dateOfBirth: "1995-03-02" },
          contact: { phone: "254712000111", phoneAbroad: "+966500000111" },
          employer: { name: EMPLOYER, city: "Riyadh" },
          agency: { name: AGENCY, licenceNo: "NEA/PEA/2026/0001" },
          account: { description: `${EMPLOYER} took her passport. `.repeat(12) },
          note: "Urgent: she is still in the household in Riyadh and can call only at night.",
        }),
        "Saudi Arabia / Saudi Arabia",
      ),
    );
    expect(p.overlaps).toEqual([]);
    expect(p.offPage).toEqual([]);
    expect(p.codes).toEqual([]);
    expect(p.text).toContain("Threats or violence / Vitisho au vurugu");
  });

  it("the contract: a bilingual title over its reference, terms in words, every line clear", async () => {
    const p = await problems(
      await renderContractPdf(
        {
          reference: "KS-K-DEMO-000001",
          version: 3,
          verificationCode: "2202600018",
          termsHash: "a".repeat(64),
          terms: {
            monthlyWage: 1500,
            currency: "SAR",
            dailyHours: 9,
            weeklyRestDays: 1,
            annualLeaveDays: 30,
            durationMonths: 24,
            probationDays: 90,
            housingProvided: true,
            foodProvided: false,
            passportHeldBy: "EMPLOYER",
            workerPaidRecruitmentFees: 25000,
            costsPaidByWorker: ["VISA", "MEDICAL", "AIR_TICKET", "INSURANCE", "DOCUMENTS"],
            returnTicketPaidBy: "WORKER",
            endOfServiceDaysPerYear: 21,
            startDate: "2027-01-01",
          },
          worker: WORKER,
          employer: { name: EMPLOYER, city: "Riyadh" },
          agency: { name: AGENCY, licenceNo: "NEA/PEA/2026/0001" },
          countryName: "Saudi Arabia",
          jobTitle: "Domestic worker (house help, cooking, cleaning and care of two children)",
          approvedAt: new Date("2026-04-30T22:30:00Z"),
        },
        BASE,
      ),
    );
    expectClean(p);
    expect(p.text).toContain("Employer / Mwajiri"); // passport kept by: in words
    expect(p.text).toContain("SAR 25,000"); // fees with their currency
    // Approved at 01:30 in Nairobi on 1 May: the Nairobi date, not UTC's 30 April.
    expect(p.text).toContain("1 May 2026");
  });

  it("the departure clearance", async () => {
    expectClean(
      await problems(
        await renderClearancePdf(
          {
            code: "4202600011",
            issuedAt: new Date("2026-11-30T21:30:00Z"),
            worker: { ...WORKER, passportNo: "AK1234567" },
            contract: {
              reference: "KS-K-DEMO-000001",
              startDate: new Date("2027-01-01T00:00:00Z"),
              termsHash: "b".repeat(64),
              country: { nameEn: "Saudi Arabia", nameSw: "Saudi Arabia" },
              employer: { name: EMPLOYER, kind: "COMPANY", city: "Riyadh" },
              agency: { name: AGENCY, licenceNo: "NEA/PEA/2026/0001" },
            },
            mission: {
              name: "Consulate-General of the Republic of Kenya in Jeddah and the Western Region",
              phone: "+966 12 000 0000",
              emergencyPhone: "8001000352",
            },
          },
          BASE,
        ),
      ),
    );
  });

  it("the licence certificate", async () => {
    const p = await problems(
      await licenceCertificatePdf(
        {
          name: AGENCY,
          licenceNo: "NEA/PEA/2026/0001",
          status: "ACTIVE",
          validFrom: new Date("2026-01-01T00:00:00Z"),
          validUntil: new Date("2026-12-31T00:00:00Z"),
          verificationCode: "1202600018",
          town: "Mombasa",
          county: { name: "Mombasa" },
          countries: [
            "Saudi Arabia",
            "United Arab Emirates",
            "Qatar",
            "Kuwait",
            "Oman",
            "Bahrain",
            "Jordan",
            "Lebanon",
          ].map((nameEn) => ({ country: { nameEn } })),
        },
        BASE,
      ),
    );
    expectClean(p);
    expect(p.text).toContain("Active");
  });

  it("the training certificate", async () => {
    expectClean(
      await problems(
        await renderTrainingCertificatePdf(
          {
            code: "3202600014",
            worker: { ...WORKER, nationalId: "12345678" },
            country: { nameEn: "United Arab Emirates", nameSw: "Umoja wa Falme za Kiarabu" },
            issuedAt: new Date("2026-11-30T21:30:00Z"),
            expiresAt: new Date("2027-11-30T21:30:00Z"),
          },
          BASE,
        ),
      ),
    );
  });
});
