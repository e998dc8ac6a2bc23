import { describe, expect, it } from "vitest";
import {
  agencySearchName,
  normalizeEmail,
  normalizeLicenceNo,
  normalizePhone,
  searchKey,
} from "~/domain/agencies/normalize";
import {
  formatVerificationCode,
  luhnCheckDigit,
  newVerificationCode,
  parseVerificationCode,
  whyNotACode,
} from "~/domain/verify/code";
import {
  AGENCY_FLOW,
  agencyNext,
  applicationActions,
  applicationStep,
  formatLicenceNo,
  licenceValidity,
} from "~/domain/agencies/licensing.workflow";

describe("search normalisation", () => {
  it("ignores case, accents and punctuation", () => {
    expect(searchKey("  Société  ÉMIRATS-Kenya Ltd. ")).toBe("societe emirats kenya ltd");
    expect(searchKey("Ng’ang’a & Sons")).toBe("nganga sons");
    expect(agencySearchName("Jamii Bora Ltd", "NEA/PEA/2026/0001")).toBe(
      "jamii bora ltd nea pea 2026 0001 neapea20260001",
    );
    expect(agencySearchName("Jamii", null)).toBe("jamii");
  });

  it("normalises Kenyan phone numbers to digits with the country code", () => {
    expect(normalizePhone("0712 345 678")).toBe("254712345678");
    expect(normalizePhone("+254 712-345-678")).toBe("254712345678");
    expect(normalizePhone("712345678")).toBe("254712345678");
    expect(normalizePhone("00966 11 488 1238")).toBe("966114881238");
    expect(normalizePhone("0110 123 456")).toBe("254110123456");
    expect(normalizePhone("12")).toBeNull();
    expect(normalizePhone("")).toBeNull();
  });

  it("normalises emails and licence numbers", () => {
    expect(normalizeEmail("  Info@Agency.KE ")).toBe("info@agency.ke");
    expect(normalizeEmail(" ")).toBeNull();
    expect(normalizeLicenceNo(" nea/pea/2026/0001 ")).toBe("NEA/PEA/2026/0001");
  });
});

describe("verification codes", () => {
  it("carry their kind and a Luhn check digit", () => {
    expect(luhnCheckDigit("7992739871")).toBe("3"); // the textbook example
    for (const kind of [
      "LICENCE",
      "JOB_ORDER",
      "TRAINING_CERTIFICATE",
      "DEPARTURE_CLEARANCE",
      "CONTRACT",
    ] as const) {
      const code = newVerificationCode(kind);
      expect(code).toMatch(/^\d{10}$/);
      expect(parseVerificationCode(code)).toEqual({ code, kind });
    }
  });

  it("accept dashes and spaces, and refuse a mistyped digit, a wrong kind or a wrong length", () => {
    const code = newVerificationCode("LICENCE", () => 3);
    expect(parseVerificationCode(formatVerificationCode(code))?.code).toBe(code);
    expect(parseVerificationCode(`${code.slice(0, 4)} ${code.slice(4)}`)?.code).toBe(code);
    const typo = code.slice(0, 5) + String((Number(code[5]) + 1) % 10) + code.slice(6);
    expect(parseVerificationCode(typo)).toBeNull();
    const wrongKind = `9${code.slice(1, 9)}`;
    expect(parseVerificationCode(wrongKind + luhnCheckDigit(wrongKind))).toBeNull();
    expect(parseVerificationCode(code.slice(0, 9))).toBeNull();
    expect(parseVerificationCode("abcdefghij")).toBeNull();
    expect(formatVerificationCode("1202600019")).toBe("1202-6000-19");
  });

  it("say why a typed code is refused in terms she can act on: not ten numbers, or one number wrong", () => {
    const code = newVerificationCode("CONTRACT", () => 7);
    expect(whyNotACode(formatVerificationCode(code))).toBeNull();
    expect(whyNotACode("abc")).toBe("shape");
    expect(whyNotACode(code.slice(0, 9))).toBe("shape");
    expect(whyNotACode(`${code}1`)).toBe("shape");
    const typo = code.slice(0, 5) + String((Number(code[5]) + 1) % 10) + code.slice(6);
    expect(whyNotACode(typo)).toBe("digit");
    expect(whyNotACode(`9${code.slice(1)}`)).toBe("digit");
  });
});

describe("licensing workflow tables", () => {
  it("let an agency submit only drafts and returned applications, and a supervisor decide only recommendations", () => {
    expect(applicationStep("DRAFT", "submit")).toEqual({
      next: "SUBMITTED",
      permission: "licence:apply",
    });
    expect(applicationStep("UNDER_REVIEW", "submit")).toBeNull();
    expect(applicationStep("SUBMITTED", "grant")).toBeNull();
    expect(applicationStep("RECOMMENDED_REFUSAL", "refuse")?.permission).toBe("licence:decide");
    // A decision follows the recommendation: disagreeing means returning it to review.
    expect(applicationStep("RECOMMENDED_REFUSAL", "grant")).toBeNull();
    expect(applicationStep("RECOMMENDED_GRANT", "refuse")).toBeNull();
    expect(applicationActions("GRANTED")).toEqual([]);
    expect(applicationActions("UNDER_REVIEW").sort()).toEqual([
      "recommendGrant",
      "recommendRefusal",
      "requestChanges",
    ]);
  });

  it("make revocation final and expiry reversible only by a new grant", () => {
    expect(AGENCY_FLOW.REVOKED).toEqual({});
    expect(agencyNext("EXPIRED", "reinstate")).toBeNull();
    expect(agencyNext("EXPIRED", "grant")).toBe("ACTIVE");
    expect(agencyNext("SUSPENDED", "reinstate")).toBe("ACTIVE");
    expect(agencyNext("ACTIVE", "reinstate")).toBeNull();
    expect(agencyNext("PENDING", "suspend")).toBeNull();
  });

  it("continue a renewal from the old end date, so no day is lost", () => {
    const decidedAt = new Date("2026-11-01T00:00:00Z");
    expect(
      licenceValidity({ decidedAt, months: 12, currentUntil: null }).validUntil.toISOString(),
    ).toBe("2027-11-01T00:00:00.000Z");
    expect(
      licenceValidity({
        decidedAt,
        months: 24,
        currentUntil: new Date("2026-12-31T00:00:00Z"),
      }).validUntil.toISOString(),
    ).toBe("2028-12-31T00:00:00.000Z");
    expect(
      licenceValidity({
        decidedAt,
        months: 12,
        currentUntil: new Date("2026-01-01T00:00:00Z"),
      }).validUntil.toISOString(),
    ).toBe("2027-11-01T00:00:00.000Z");
    expect(formatLicenceNo(2026, 7)).toBe("NEA/PEA/2026/0007");
  });
});
