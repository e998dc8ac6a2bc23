// The forms of NEA's returnee desk (issue 20 §3): a service in the directory (and a correction of
// how to reach it), help asked for, placing a referral with a service (with her consent), and a
// referral's outcome. Shared by the forms and the server.
import { z } from "zod";
import { normalizePhone } from "~/domain/agencies/normalize";
import { REINTEGRATION_KINDS } from "./return.rules";

export const ServiceSchema = z.object({
  name: z
    .string({ error: "reintegration.error.name" })
    .trim()
    .min(3, "reintegration.error.name")
    .max(160, "error.tooLong"),
  kind: z.enum(REINTEGRATION_KINDS, { error: "reintegration.error.kind" }),
  // None ticked: it serves the whole country.
  counties: z
    .array(
      z
        .string()
        .regex(/^\d{1,2}$/, "reintegration.error.county")
        .transform(Number)
        .refine((n) => n >= 1 && n <= 47, "reintegration.error.county"),
    )
    .max(47)
    .default([])
    .transform((c) => [...new Set(c)].sort((a, b) => a - b)),
  // As people dial it (a toll-free 0800 number too); it must be a number a phone can call.
  phone: z
    .string({ error: "reintegration.error.phone" })
    .trim()
    .max(40, "error.tooLong")
    // Only what a phone dials (no "ext", no words), and a number it can call.
    .refine((v) => /^\+?[\d\s().-]+$/.test(v) && !!normalizePhone(v), "reintegration.error.phone"),
  email: z
    .string()
    .trim()
    .max(200, "error.tooLong")
    .refine((v) => v === "" || z.email().safeParse(v).success, "reintegration.error.email")
    .optional()
    .default("")
    .transform((v) => v || null),
  address: z
    .string()
    .trim()
    .max(300, "error.tooLong")
    .optional()
    .default("")
    .transform((v) => v || null),
  active: z
    .enum(["yes", "no"], { error: "reintegration.error.active" })
    .default("yes")
    .transform((v) => v === "yes"),
});
export type ServiceInput = z.infer<typeof ServiceSchema>;

// Taking a service off the list, or putting it back.
export const ServiceListedSchema = z.object({
  intent: z.literal("listed"),
  id: z.string({ error: "error.required" }),
  active: z
    .enum(["yes", "no"], { error: "reintegration.error.active" })
    .transform((v) => v === "yes"),
});

// How to reach a service; its name and kind stay (referrals name them).
export const ServiceContactSchema = ServiceSchema.pick({
  counties: true,
  phone: true,
  email: true,
  address: true,
});
export type ServiceContactInput = z.infer<typeof ServiceContactSchema>;

// Her agreement, ticked by the official who heard it (a ticked box sends "on"); anything else is
// no agreement.
const consent = z
  .string()
  .optional()
  .transform((v) => v === "on");

// Help she asks for (herself, or at the desk with her agreement).
export const HelpSchema = z.object({
  intent: z.literal("help"),
  kind: z.enum(REINTEGRATION_KINDS, { error: "returns.error.helpKind" }),
  consent,
});
export type HelpInput = z.infer<typeof HelpSchema>;

// She says no, thank you, to help her answers suggested.
export const DeclineHelpSchema = z.object({
  intent: z.literal("decline"),
  kind: z.enum(REINTEGRATION_KINDS, { error: "returns.error.helpKind" }),
});
export type DeclineHelpInput = z.infer<typeof DeclineHelpSchema>;

export const SendReferralSchema = z.object({
  intent: z.literal("send"),
  referralId: z.uuid({ error: "error.required" }),
  serviceId: z.string({ error: "returns.error.service" }).trim().min(1, "returns.error.service"),
  note: z.string().trim().max(2000, "error.tooLong").optional().default(""),
  consent,
});
export type SendReferralInput = z.infer<typeof SendReferralSchema>;

export const ReferralOutcomeSchema = z.object({
  intent: z.literal("outcome"),
  referralId: z.uuid({ error: "error.required" }),
  status: z.enum(["ACCEPTED", "DECLINED", "CLOSED"], { error: "returns.error.referralStatus" }),
  outcome: z
    .string({ error: "returns.error.outcome" })
    .trim()
    .min(3, "returns.error.outcome")
    .max(2000, "error.tooLong"),
});
export type ReferralOutcomeInput = z.infer<typeof ReferralOutcomeSchema>;
