// A report's recruiter phone must be a number NEA can trace (walkthrough, issue 17: "07123" was
// accepted without comment). Any country's format, 9 to 15 digits; empty is fine.
import { describe, expect, it } from "vitest";
import { ComplaintSchema } from "~/domain/complaints/complaints.schema";

const report = (recruiterPhone: string) =>
  ComplaintSchema.safeParse({
    subject: "UNLICENSED_RECRUITER",
    recruiterName: "Agent Jane",
    recruiterPhone,
    description: "She took KES 40,000 on WhatsApp for a visa.",
  });

describe("the recruiter's phone on a report", () => {
  it("refuses a number too short or too long to trace, with its own message", () => {
    for (const v of ["07123", "12345678", "0712 345 678 999 123 4"]) {
      const r = report(v);
      expect(r.success, v).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(["complaint.error.recruiterPhone"]);
    }
  });

  it("takes a whole number however it is written, or none", () => {
    for (const v of ["0712 345 678", "+254 712 345 678", "+966-50-123-4567", "", "   "])
      expect(report(v).success, v).toBe(true);
  });
});
