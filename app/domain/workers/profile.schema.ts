// What a worker may record about themselves, and what they may ask NEA to correct.
// Shared by the form (Conform, with JavaScript) and the server.
import { z } from "zod";
import { named } from "~/i18n/field-message";
import type { MessageKey } from "~/i18n/messages";
import {
  birthDate,
  dayFirstToIso,
  documentDate,
  isIsoDate,
  nairobiToday,
} from "~/utils/validation";
import { normalizeNationalId, normalizePhone } from "~/domain/agencies/normalize";

export const LANGUAGES = ["sw", "en", "ar", "so", "fr"] as const;
export const SEXES = ["FEMALE", "MALE"] as const;
export const CORRECTION_FIELDS = [
  "FIRST_NAME",
  "LAST_NAME",
  "NATIONAL_ID",
  "DATE_OF_BIRTH",
] as const;

const name = (label: MessageKey) =>
  z
    .string({ error: named("error.required", label) })
    .trim()
    .min(1, named("error.required", label))
    .max(60, named("error.tooLong", label));
const optionalText = (max: number) => z.string().trim().max(max, "error.tooLong").optional();
export const nationalIdField = z
  .string({ error: "profile.error.nationalId" })
  .transform(normalizeNationalId)
  .refine((v) => /^\d{7,9}$/.test(v), "profile.error.nationalId");

/** Kenyan passports: one or two letters and 6–8 digits (AK0123456); spaces are ignored. */
export const passportField = z
  .string()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .refine((v) => /^[A-Z]{1,2}\d{6,8}$/.test(v), "profile.error.passport");

export const phoneField = (msg: string) =>
  z.string().transform((v, ctx) => {
    const p = normalizePhone(v);
    if (!p) ctx.addIssue({ code: "custom", message: msg });
    return p ?? "";
  });

/** The one-time code that proves a record someone else made is the worker's own. */
export const ClaimCodeSchema = z.object({
  code: z
    .string({ error: "profile.error.claimCode" })
    .trim()
    .regex(/^\d{6}$/, "profile.error.claimCode"),
});

export const ProfileSchema = z
  .object({
    firstName: name("profile.firstName"),
    lastName: name("profile.lastName"),
    nationalId: nationalIdField.optional(),
    dateOfBirth: birthDate("profile.error.dateOfBirth").optional(),
    sex: z.enum(SEXES, { error: named("error.required", "profile.sex") }).optional(),
    countyCode: z.coerce
      .number({ error: "profile.error.county" })
      .int()
      .min(1, "profile.error.county")
      .max(47, "profile.error.county")
      .optional(),
    phone: phoneField("profile.error.phone").optional(),
    passportNo: passportField.optional(),
    passportExpiry: documentDate("profile.error.passportExpiryDate").optional(),
    languages: z
      .array(z.enum(LANGUAGES, { error: named("error.required", "profile.languages") }))
      .max(LANGUAGES.length)
      .default([]),
    kinName: optionalText(100),
    kinRelation: optionalText(60),
    kinPhone: phoneField("profile.error.kinPhone").optional(),
    kinEmail: z.email("profile.error.kinEmail").max(254, "profile.error.kinEmail").optional(),
    kinConsent: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.passportNo && !v.passportExpiry)
      ctx.addIssue({
        code: "custom",
        path: ["passportExpiry"],
        message: "profile.error.passportExpiry",
      });
    // An expired passport cannot take her abroad: say so now, not at the clearance.
    if (v.passportExpiry && isIsoDate(v.passportExpiry) && v.passportExpiry < nairobiToday())
      ctx.addIssue({
        code: "custom",
        path: ["passportExpiry"],
        message: "profile.error.passportExpired",
      });
    if (v.passportExpiry && !v.passportNo)
      ctx.addIssue({ code: "custom", path: ["passportNo"], message: "profile.error.passport" });
    const kin = v.kinName || v.kinRelation || v.kinPhone || v.kinEmail;
    if (kin) {
      if (!v.kinName)
        ctx.addIssue({
          code: "custom",
          path: ["kinName"],
          message: named("error.required", "profile.kinNameError"),
        });
      if (!v.kinRelation)
        ctx.addIssue({
          code: "custom",
          path: ["kinRelation"],
          message: named("error.required", "profile.kinRelationError"),
        });
      if (!v.kinPhone)
        ctx.addIssue({
          code: "custom",
          path: ["kinPhone"],
          message: named("error.required", "profile.kinPhoneError"),
        });
      if (!v.kinConsent)
        ctx.addIssue({ code: "custom", path: ["kinConsent"], message: "profile.error.kinConsent" });
    }
  });
export type ProfileInput = z.output<typeof ProfileSchema>;

export const CorrectionSchema = z
  .object({
    field: z.enum(CORRECTION_FIELDS, { error: "profile.error.correctionField" }),
    requestedValue: z
      .string({ error: named("error.required", "profile.correctionValue") })
      .trim()
      .min(1, named("error.required", "profile.correctionValue"))
      .max(60, named("error.tooLong", "profile.correctionValue")),
    reason: z
      .string({ error: named("error.required", "profile.correctionReason") })
      .trim()
      .min(5, "profile.error.reason")
      .max(2000, "error.tooLong"),
  })
  .superRefine((v, ctx) => {
    const bad = (message: string) =>
      ctx.addIssue({ code: "custom", path: ["requestedValue"], message });
    if (v.field === "NATIONAL_ID" && !/^\d{7,9}$/.test(normalizeNationalId(v.requestedValue)))
      bad("profile.error.nationalId");
    if (v.field === "DATE_OF_BIRTH" && !isIsoDate(dayFirstToIso(v.requestedValue)))
      bad("profile.error.dateOfBirth");
  })
  // A date is typed day first, as everywhere else on her profile; NEA applies it as ISO.
  .transform((v) =>
    v.field === "DATE_OF_BIRTH" ? { ...v, requestedValue: dayFirstToIso(v.requestedValue) } : v,
  );
export type CorrectionInput = z.output<typeof CorrectionSchema>;

export const CorrectionDecisionSchema = z.object({
  id: z.uuid({ error: "error.required" }),
  intent: z.enum(["apply", "reject"]),
  note: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(2000, "error.tooLong").optional(),
  ),
});

/** Shows enough of an identifier to recognise it, and no more: "31000001" → "•••••001". */
export function maskTail(value: string | null | undefined, visible = 3) {
  if (!value) return null;
  return `${"•".repeat(Math.max(0, value.length - visible))}${value.slice(-visible)}`;
}
