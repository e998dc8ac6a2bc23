// Normalising what a worker types to check or report a recruiter (issue 20 §1): one number or page
// however it is written.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";

describe("a recruiter's number or page", () => {
  it("reads a Kenyan or foreign phone number in any usual form as one number", () => {
    for (const raw of [
      "0712 345 678",
      "0712-345-678",
      "+254 712 345 678",
      "254712345678",
      "712345678",
      "(0712) 345678",
      "wa.me/254712345678",
      "https://wa.me/254712345678",
    ])
      expect(recruiterIdOf(raw), raw).toEqual({ kind: "PHONE", value: "254712345678" });
    expect(recruiterIdOf("+966 50 123 4567")).toEqual({ kind: "PHONE", value: "966501234567" });
    expect(recruiterIdOf("0110 123456")).toEqual({ kind: "PHONE", value: "254110123456" });
  });

  it("reads an M-Pesa paybill or till number, with or without the word", () => {
    for (const raw of ["522533", "Paybill 522533", "pay bill: 522533", "M-PESA paybill 522 533"])
      expect(recruiterIdOf(raw), raw).toEqual({ kind: "MPESA", value: "522533" });
    expect(recruiterIdOf("Till No. 5123456")).toEqual({ kind: "MPESA", value: "5123456" });
    expect(recruiterIdOf("Buy goods 98765")).toEqual({ kind: "MPESA", value: "98765" });
    expect(recruiterIdOf("paybill 12")).toBeNull();
  });

  it("reads a page by its name, handle or address as one page", () => {
    for (const raw of [
      "Gulf Jobs Kenya",
      "gulf jobs kenya",
      "@gulf.jobs.kenya",
      "@Gulf_Jobs_Kenya",
      "facebook.com/GulfJobsKenya",
      "https://www.facebook.com/gulf.jobs.kenya/",
      "https://www.tiktok.com/@gulfjobskenya/video/7312",
      "m.facebook.com/GulfJobsKenya?ref=share",
    ])
      expect(recruiterIdOf(raw), raw).toEqual({ kind: "PAGE", value: "gulfjobskenya" });
    expect(recruiterIdOf("Kazi Ughaibuni Ajira")).toEqual({
      kind: "PAGE",
      value: "kaziughaibuniajira",
    });
    expect(recruiterIdOf("Agência Emprego")).toEqual({ kind: "PAGE", value: "agenciaemprego" });
  });

  it("refuses what is none of them, and never throws", () => {
    for (const raw of ["", "   ", "ab", "12", "@", "facebook.com/", "+", "---", "1234"])
      expect(recruiterIdOf(raw), raw).toBeNull();
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const id = recruiterIdOf(raw);
        if (id) expect(id.value.length).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
