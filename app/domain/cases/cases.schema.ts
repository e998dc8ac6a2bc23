// What workers, families and attachés submit about a case. Shared by the forms and the server.
import { z } from "zod";
import { normalizeNationalId, normalizePhone } from "~/domain/agencies/normalize";
import { parseVerificationCode } from "~/domain/verify/code";
import { recruiterIdOf } from "~/domain/recruiters/recruiter-id";
import { GENERAL_REFERRAL_KINDS, PRIORITIES, WORKER_CATEGORIES } from "./case.rules";
import { CONSENT_METHODS, INDICATORS, REFERRAL_OUTCOMES, SHARED_DATA } from "./trafficking.rules";

const text = (min: number, max: number, msg: string) =>
  z.string({ error: msg }).trim().min(min, msg).max(max, "error.tooLong");

/** A recruiter's phone number, M-Pesa paybill/till or page (issue 20 §1), as /check-number reads it. */
const recruiterId = z
  .string({ error: "cases.error.recruiter" })
  .trim()
  .max(200, "error.tooLong")
  .refine((v) => recruiterIdOf(v) !== null, "cases.error.recruiter");

export const GetHelpSchema = z.object({
  registrationId: z.uuid("cases.error.registration"),
  category: z.enum(WORKER_CATEGORIES, { error: "cases.error.category" }),
  description: text(10, 4000, "cases.error.description"),
});
export type GetHelpInput = z.output<typeof GetHelpSchema>;

/** Before she accepts: a worker's written question to NEA about her contract. */
export const ContractQuestionSchema = z.object({
  question: text(10, 2000, "cases.error.question"),
});
export type ContractQuestionInput = z.output<typeof ContractQuestionSchema>;

/** A relative who cannot reach a worker: they identify the worker, never see anything of them. */
export const CannotReachSchema = z
  .object({
    clearanceCode: z.string().trim().max(20).optional(),
    nationalId: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().transform(normalizeNationalId).optional(),
    ),
    workerName: z.string().trim().max(120, "error.tooLong").optional(),
    reporterName: text(2, 100, "cases.error.reporterName"),
    reporterPhone: z.string({ error: "cases.error.phone" }).transform((v, ctx) => {
      const p = normalizePhone(v);
      if (!p) ctx.addIssue({ code: "custom", message: "cases.error.phone" });
      return p ?? "";
    }),
    relation: text(2, 60, "cases.error.relation"),
    lastContact: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().max(200, "error.tooLong").optional(),
    ),
    description: z.string().trim().max(4000, "error.tooLong").optional(),
    recruiter: recruiterId.optional(),
  })
  .superRefine(
    (checked, ctx) => {
      // Runs even when another field was refused, so every problem shows in one round; the
      // values are then as sent, so each is read only if it is a string.
      const str = (x: unknown) => (typeof x === "string" ? x : undefined);
      const v = {
        clearanceCode: str(checked.clearanceCode),
        nationalId: str(checked.nationalId),
        workerName: str(checked.workerName),
        lastContact: str(checked.lastContact),
      };
      if (v.clearanceCode) {
        const parsed = parseVerificationCode(v.clearanceCode);
        if (!parsed || parsed.kind !== "DEPARTURE_CLEARANCE")
          ctx.addIssue({
            code: "custom",
            path: ["clearanceCode"],
            message: "cases.error.clearanceCode",
          });
        return;
      }
      // A relative may know only the name: the report still goes ahead, to NEA's triage. The ID
      // number, when given, must be one; with neither code nor ID, when and where they were last
      // heard from is what NEA starts from.
      if (v.nationalId && !/^\d{7,9}$/.test(v.nationalId))
        ctx.addIssue({ code: "custom", path: ["nationalId"], message: "cases.error.identify" });
      if (!v.workerName || v.workerName.split(/\s+/).length < 2)
        ctx.addIssue({ code: "custom", path: ["workerName"], message: "cases.error.workerName" });
      if (!v.nationalId && !v.lastContact)
        ctx.addIssue({ code: "custom", path: ["lastContact"], message: "cases.error.lastContact" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );
export type CannotReachInput = z.output<typeof CannotReachSchema>;

const note = text(3, 4000, "cases.error.note");
export const CaseActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("assign"), assigneeId: z.uuid("error.required") }),
    z.object({ intent: z.literal("note"), body: note, visible: z.literal("on").optional() }),
    z.object({
      intent: z.literal("refer"),
      kind: z.enum(GENERAL_REFERRAL_KINDS, { error: "error.required" }),
      note: z.string().trim().max(2000, "error.tooLong").optional(),
    }),
    z.object({
      intent: z.literal("priority"),
      priority: z.enum(PRIORITIES, { error: "error.required" }),
    }),
    z.object({ intent: z.literal("resolve"), outcome: text(5, 4000, "cases.error.outcome") }),
    z.object({ intent: z.literal("reopen"), body: note }),
    z.object({ intent: z.literal("recruiter"), value: recruiterId }),
    // Trafficking indicators (issue 20 §4): the whole checklist as it now stands (none = cleared).
    z.object({
      intent: z.literal("indicators"),
      indicators: z.array(z.enum(INDICATORS)).max(INDICATORS.length).default([]),
    }),
    // A referral to the NRM, with the worker's consent and what she agreed may be shared.
    z.object({
      intent: z.literal("nrm"),
      consent: z.literal("on", { error: "cases.error.consent" }),
      method: z.enum(CONSENT_METHODS, { error: "cases.error.consentMethod" }),
      shared: z.array(z.enum(SHARED_DATA)).max(SHARED_DATA.length).default([]),
      note: z.string().trim().max(2000, "error.tooLong").optional(),
    }),
    z.object({
      intent: z.literal("referralOutcome"),
      referralId: z.uuid("error.required"),
      status: z.enum(REFERRAL_OUTCOMES, { error: "error.required" }),
      outcome: text(3, 2000, "cases.error.referralOutcome"),
    }),
  ],
  { error: "error.required" },
);
export type CaseActionInput = z.output<typeof CaseActionSchema>;

/** The agency's answer to a case it must answer (issue 19 §1). */
export const AgencyAnswerSchema = z.object({
  answer: z
    .string({ error: "agencyCases.error.answer" })
    .trim()
    .min(20, "agencyCases.error.answer")
    .max(4000, "error.tooLong"),
});
