// NEA's forms on a reported recruiter: a workflow step (with the public name when confirming), or a
// merge with another number or page.
import { z } from "zod";

const text = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "error.tooLong").optional(),
  );

export const RecruiterStepSchema = z.object({
  intent: z.enum(["proposeConfirm", "proposeDismiss", "decide", "sendBack"], {
    error: "form.error.notNow",
  }),
  label: text(120),
  note: text(1000),
});

export const RecruiterMergeSchema = z.object({
  intent: z.literal("merge"),
  other: z
    .string({ error: "recruiters.error.other" })
    .trim()
    .min(1, "recruiters.error.other")
    .max(200),
});

/** An agency's official contacts: register one, or remove one of its own. */
export const AgencyContactSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    value: z
      .string({ error: "contacts.error.invalid" })
      .trim()
      .min(1, "contacts.error.invalid")
      .max(200, "error.tooLong"),
  }),
  z.object({ intent: z.literal("remove"), id: z.uuid({ error: "form.error.notNow" }) }),
]);
