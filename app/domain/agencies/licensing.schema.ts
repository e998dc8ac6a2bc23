import { z } from "zod";
import { CHECKLIST, DOCUMENT_KINDS, MIN_BOND_KES } from "./licensing.workflow";

const text = (max: number, msg = "error.required") =>
  z.string({ error: msg }).trim().min(1, msg).max(max, "error.tooLong");
const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "error.tooLong").optional(),
  );

export const DirectorSchema = z.object({
  name: text(200),
  nationalId: z
    .string({ error: "licence.error.nationalId" })
    .trim()
    .regex(/^\d{7,9}$/, "licence.error.nationalId"),
  phone: z
    .string({ error: "licence.error.phone" })
    .trim()
    .regex(/^\+?[\d\s-]{9,16}$/, "licence.error.phone"),
});

/** Company details an agency submits (stored as the application's `details`). */
export const ApplicationDetailsSchema = z.object({
  name: text(200),
  companyRegNo: text(50),
  kraPin: z
    .string({ error: "licence.error.kraPin" })
    .trim()
    .toUpperCase()
    .regex(/^[AP]\d{9}[A-Z]$/, "licence.error.kraPin"),
  countyCode: z.coerce
    .number({ error: "licence.error.county" })
    .int()
    .min(1, "licence.error.county")
    .max(47, "licence.error.county"),
  town: text(100),
  address: text(300),
  phone: z
    .string({ error: "licence.error.phone" })
    .trim()
    .regex(/^\+?[\d\s-]{9,16}$/, "licence.error.phone"),
  email: z.email("error.email").max(254),
  website: optionalText(200),
  countries: z.array(z.string().length(2)).min(1, "licence.error.countries").max(20),
  directors: z.array(DirectorSchema).min(1, "licence.error.directors").max(10),
  bondReference: text(100),
  bondAmountKes: z.coerce
    .number({ error: "licence.error.bond" })
    .min(MIN_BOND_KES, "licence.error.bond")
    .max(1e12),
  bondIssuer: text(200),
  termMonths: z.coerce
    .number()
    .refine((v) => v === 12 || v === 24, "licence.error.term")
    .default(12),
});
export type ApplicationDetails = z.infer<typeof ApplicationDetailsSchema>;

/** A draft may be saved incomplete; only submission requires everything. */
export const DraftDetailsSchema = ApplicationDetailsSchema.partial().extend({
  directors: z.array(DirectorSchema.partial()).max(10).optional(),
  countries: z.array(z.string().length(2)).max(20).optional(),
});
export type DraftDetails = z.infer<typeof DraftDetailsSchema>;

export const DocumentKindSchema = z.enum(DOCUMENT_KINDS, { error: "licence.error.documentKind" });

export const ReviewSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("startReview") }),
  z.object({ intent: z.literal("requestChanges"), note: text(4000, "licence.error.note") }),
  z.object({
    intent: z.literal("recommendGrant"),
    note: text(4000, "licence.error.note"),
    checklist: z.array(z.enum(CHECKLIST)).default([]),
  }),
  z.object({
    intent: z.literal("recommendRefusal"),
    note: text(4000, "licence.error.note"),
    checklist: z.array(z.enum(CHECKLIST)).default([]),
  }),
  z.object({ intent: z.literal("grant"), note: text(4000, "licence.error.note") }),
  z.object({ intent: z.literal("refuse"), note: text(4000, "licence.error.note") }),
  z.object({ intent: z.literal("returnToReview"), note: text(4000, "licence.error.note") }),
]);
export type ReviewInput = z.infer<typeof ReviewSchema>;

const date = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.coerce.date({ error: "licence.error.date" }).optional(),
);

export const SanctionSchema = z
  .object({
    intent: z.enum(["suspend", "reinstate", "revoke"]),
    reason: text(2000, "licence.error.reason"),
    noticeDate: date,
    hearingDate: date,
  })
  .superRefine((v, ctx) => {
    // Al Hujura (ELRC 2020): reasons and a hearing. A revocation records when notice was given and the hearing held.
    if (v.intent === "revoke" && (!v.noticeDate || !v.hearingDate)) {
      ctx.addIssue({
        code: "custom",
        path: [v.noticeDate ? "hearingDate" : "noticeDate"],
        message: "licence.error.hearing",
      });
    }
    if (v.noticeDate && v.hearingDate && v.hearingDate < v.noticeDate) {
      ctx.addIssue({
        code: "custom",
        path: ["hearingDate"],
        message: "licence.error.hearingOrder",
      });
    }
  });
export type SanctionInput = z.infer<typeof SanctionSchema>;

export const BulkSanctionSchema = z.object({
  intent: z.enum(["preview", "confirm"]),
  action: z.enum(["suspend", "revoke"]),
  licenceNos: z
    .string({ error: "licence.error.licenceNos" })
    .trim()
    .min(1, "licence.error.licenceNos")
    .max(200_000, "error.tooLong"),
  reason: text(2000, "licence.error.reason"),
  noticeDate: date,
  hearingDate: date,
});
