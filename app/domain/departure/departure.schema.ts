// What a worker records about life abroad, for the mission. Shared by the form and the server.
import { z } from "zod";
import { named } from "~/i18n/field-message";

/** An international number: + and 8 to 15 digits (spaces and dashes ignored). */
export const internationalPhone = z
  .string({ error: "departure.error.phone" })
  .transform((v) => v.replace(/[\s()-]/g, ""))
  .refine((v) => /^\+?\d{8,15}$/.test(v), "departure.error.phone")
  .transform((v) => (v.startsWith("+") ? v : `+${v}`));

export const AbroadSchema = z.object({
  city: z
    .string({ error: named("error.required", "departure.city") })
    .trim()
    .min(2, named("error.required", "departure.city"))
    .max(80, named("error.tooLong", "departure.city")),
  addressAbroad: z
    .string({ error: named("error.required", "departure.address") })
    .trim()
    .min(5, "departure.error.address")
    .max(300, "error.tooLong"),
  phoneAbroad: internationalPhone,
  employerContact: z.string().trim().max(200, "error.tooLong").optional(),
});
export type AbroadInput = z.output<typeof AbroadSchema>;

export const ClearanceRequestSchema = z.object({ contractId: z.uuid("error.required") });
