import { z } from "zod";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";

const optional = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "error.tooLong").optional(),
  );

/** The public report form. Contact details are optional: anonymous reports are accepted. */
/** The choice "none of these / I am not sure which" among the agencies offered on /report. */
export const UNSURE = "unsure";

export const ComplaintSchema = z
  .object({
    subject: z.enum(["AGENCY", "UNLICENSED_RECRUITER", "JOB_ADVERT"], {
      error: "complaint.error.subject",
    }),
    // A registered agency picked from the close matches, or "unsure": she cannot tell which one
    // it is (NEA finds out, from the name she typed and the rest of her report).
    agencyId: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.union([z.uuid(), z.literal(UNSURE)]).optional(),
    ),
    agencyRef: optional(100),
    recruiterName: optional(200),
    // A number NEA can trace: 9 to 15 digits, however it is written (spaces, +, dashes).
    recruiterPhone: optional(30).refine((v) => {
      const digits = v?.replace(/\D/g, "").length ?? 0;
      return v === undefined || (digits >= 9 && digits <= 15);
    }, "complaint.error.recruiterPhone"),
    // An M-Pesa paybill or till, or the page they advertise on: checked as /check-number reads it.
    recruiterAccount: optional(200).refine(
      (v) => v === undefined || recruiterIdOf(v) !== null,
      "complaint.error.recruiterAccount",
    ),
    whereSeen: optional(300),
    description: z
      .string({ error: "complaint.error.description" })
      .trim()
      .min(20, "complaint.error.description")
      .max(4000, "error.tooLong"),
    reporterName: optional(200),
    reporterEmail: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.email("error.email").max(254).optional(),
    ),
    reporterPhone: optional(30),
  })
  .superRefine((v, ctx) => {
    if (v.subject === "AGENCY" && !v.agencyId && !v.agencyRef) {
      ctx.addIssue({ code: "custom", path: ["agencyRef"], message: "complaint.error.agencyRef" });
    }
    if (
      v.subject !== "AGENCY" &&
      !v.recruiterName &&
      !v.recruiterPhone &&
      !v.recruiterAccount &&
      !v.whereSeen
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["recruiterName"],
        message: "complaint.error.recruiter",
      });
    }
  });

export const TriageSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("triage") }),
  z.object({
    intent: z.literal("decide"),
    outcome: z.enum(["UPHELD", "NOT_UPHELD"], { error: "complaint.error.outcome" }),
    note: z
      .string({ error: "complaint.error.note" })
      .trim()
      .min(10, "complaint.error.note")
      .max(4000, "error.tooLong"),
  }),
]);

export const COMPLAINT_STATUSES = ["RECEIVED", "TRIAGED", "UPHELD", "NOT_UPHELD"] as const;
export const COMPLAINT_SUBJECTS = ["AGENCY", "UNLICENSED_RECRUITER", "JOB_ADVERT"] as const;
