// What an attaché submits about a registered worker. Shared by the forms and the server.
import { z } from "zod";
import { isRecentDay } from "~/utils/validation";
import type { MessageKey } from "~/i18n/messages";
import { REGISTRATION_STATUSES } from "./checkin.rules";
import { PASSPORT_HOLDERS } from "./terms-check.rules";

const note = z
  .string({ error: "mission.error.note" })
  .trim()
  .min(3, "mission.error.note")
  .max(2000, "error.tooLong");

export const ArrivalSchema = z.object({
  intent: z.literal("arrive"),
  arrivedOn: z
    .string({ error: "mission.error.arrivedOn" })
    .refine((v) => isRecentDay(v, { days: 90 }), "mission.error.arrivedOn"),
});
export const StatusSchema = z.object({
  intent: z.literal("status"),
  to: z.enum(REGISTRATION_STATUSES, { error: "mission.error.move" }),
  note,
});
export const VisitSchema = z.object({
  intent: z.literal("visit"),
  outcome: z.enum(["OK", "CONCERN"], { error: "error.required" }),
  note,
});
export const MissionActionSchema = z.discriminatedUnion(
  "intent",
  [ArrivalSchema, StatusSchema, VisitSchema],
  { error: "error.required" },
);

export const WorkerCheckInSchema = z.object({
  registrationId: z.uuid(),
  /** PAY_LATE: "my pay is late" (an unpaid-wages case, issue 19). */
  outcome: z.enum(["OK", "CONCERN", "PAY_LATE"]),
});

/** A check-in PIN: 4 to 6 digits, chosen on the web (one rule for the form and for USSD/SMS). */
export const PIN_PATTERN = /^\d{4,6}$/;

/** The worker's check-in PIN, typed twice. */
export const PinSchema = z
  .object({
    pin: z.string({ error: "pin.error.format" }).regex(PIN_PATTERN, "pin.error.format"),
    confirm: z.string({ error: "pin.error.match" }),
  })
  .refine((v) => v.pin === v.confirm, { path: ["confirm"], message: "pin.error.match" });

/**
 * A number typed by a person: digits, with up to two decimals where `decimals` (a blank is an answer
 * missing, never a zero). Approved wages and hours may have decimals: the form is pre-filled with
 * them and must accept them back unchanged.
 */
const typedNumber = (max: number, message: MessageKey, decimals = false) =>
  z
    .string({ error: message })
    .trim()
    .regex(decimals ? /^\d{1,7}(\.\d{1,2})?$/ : /^\d{1,7}$/, message)
    .transform(Number)
    .refine((n) => n <= max, message);

/** "Is your job what was agreed?" (issue 19 §1): the worker's answers about her terms. */
export const TermsReportSchema = z.object({
  registrationId: z.uuid(),
  monthlyWage: typedNumber(10_000_000, "terms.error.wage", true),
  dailyHours: typedNumber(24, "terms.error.hours", true),
  weeklyRestDays: typedNumber(7, "terms.error.rest"),
  passportHeldBy: z.enum(PASSPORT_HOLDERS, { error: "terms.error.passport" }),
  sameEmployer: z
    .enum(["yes", "no"], { error: "terms.error.employer" })
    .transform((v) => v === "yes"),
  city: z.string().trim().max(80, "error.tooLong").optional().default(""),
});
