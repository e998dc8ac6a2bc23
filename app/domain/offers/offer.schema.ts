// The job-offer check's form (issue 20 §2): every field but the destination and the job may be left
// empty — the verdict says what an empty one leaves unknown.
import { z } from "zod";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";
import { parseVerificationCode } from "~/domain/verify/code";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";

/** An amount as people type it: "1,500", "1 500", "1500.50". */
const amount = (message: string, max: number) =>
  z
    .string()
    .trim()
    .transform((v) => v.replace(/[,\s]/g, ""))
    .refine((v) => /^\d{1,9}(\.\d{1,2})?$/.test(v) && Number(v) <= max, message)
    .transform(Number);

export const OfferCheckSchema = z.object({
  // In the form's order, so the error summary lists the fields as the page shows them.
  country: z.string({ error: "offer.error.country" }).regex(/^[A-Z]{2}$/, "offer.error.country"),
  job: z.enum(JOB_CATEGORIES, { error: "offer.error.job" }),
  fee: amount("offer.error.fee", 100_000_000).optional(),
  pay: amount("offer.error.pay", 10_000_000)
    .refine((v) => v > 0, "offer.error.pay")
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "offer.error.currency")
    .optional(),
  code: z
    .string()
    .trim()
    .refine((v) => parseVerificationCode(v)?.kind === "JOB_ORDER", "offer.error.code")
    .transform((v) => parseVerificationCode(v)!.code)
    .optional(),
  agency: z.string().trim().max(120, "error.tooLong").optional(),
  contact: z
    .string()
    .trim()
    .max(200, "error.tooLong")
    .refine((v) => recruiterIdOf(v) !== null, "check.invalid")
    .optional(),
});
export type OfferCheckInput = z.infer<typeof OfferCheckSchema>;
