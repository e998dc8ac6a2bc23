// The forms of the fee ledger (issue 19 §2): what a worker paid, and the answers to a refund claim.
import { z } from "zod";
import { dayFirstToIso, isRecentDay } from "~/utils/validation";
import { phoneField } from "~/domain/workers/profile.schema";
import { FEE_CURRENCIES, FEE_PAYEES, FEE_PURPOSES } from "./fee.rules";

/** An M-Pesa transaction code as the SMS prints it (10 letters and digits, e.g. QK12AB34CD). */
const mpesaRef = z
  .string()
  .trim()
  .transform((v) => v.replace(/\s+/g, "").toUpperCase())
  .refine((v) => v === "" || /^[A-Z0-9]{8,12}$/.test(v), "fees.error.mpesa");

export const FeePaymentSchema = z
  .object({
    contractId: z.uuid({ error: "fees.error.contract" }),
    amount: z
      .string({ error: "fees.error.amount" })
      .trim()
      .transform((v) => v.replace(/[,\s]/g, ""))
      .refine((v) => /^\d{1,8}(\.\d{1,2})?$/.test(v) && Number(v) > 0, "fees.error.amount")
      .transform(Number),
    currency: z.enum(FEE_CURRENCIES, { error: "fees.error.currency" }).default("KES"),
    // Up to five years back: fees are often paid long before departure.
    paidOn: z
      .string({ error: "fees.error.date" })
      .transform(dayFirstToIso)
      .refine((v) => isRecentDay(v, { months: 60 }), "fees.error.date"),
    purpose: z.enum(FEE_PURPOSES, { error: "fees.error.purpose" }),
    paidTo: z.enum(FEE_PAYEES, { error: "fees.error.paidTo" }),
    payeeName: z.string().trim().max(120, "error.tooLong").optional().default(""),
    payeePhone: z.string().trim().max(40, "error.tooLong").optional().default(""),
    mpesaRef: mpesaRef.optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.paidTo !== "PERSON") return;
    if (!v.payeeName)
      ctx.addIssue({ code: "custom", path: ["payeeName"], message: "fees.error.payeeName" });
    const phone = phoneField("fees.error.payeePhone").safeParse(v.payeePhone);
    if (!v.payeePhone || !phone.success)
      ctx.addIssue({ code: "custom", path: ["payeePhone"], message: "fees.error.payeePhone" });
  })
  .transform((v) => ({
    ...v,
    payeeName: v.paidTo === "PERSON" ? v.payeeName : null,
    payeePhone:
      v.paidTo === "PERSON" ? phoneField("fees.error.payeePhone").parse(v.payeePhone) : null,
    mpesaRef: v.mpesaRef || null,
  }));
export type FeePaymentInput = z.infer<typeof FeePaymentSchema>;

/** The agency's answer to a claim: refunded (with the reference of the refund), or disputed. */
export const AgencyRefundAnswerSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("refund"),
    refundRef: z
      .string({ error: "refunds.error.refundRef" })
      .trim()
      .min(4, "refunds.error.refundRef")
      .max(60, "error.tooLong"),
  }),
  z.object({
    intent: z.literal("dispute"),
    reason: z
      .string({ error: "refunds.error.reason" })
      .trim()
      .min(10, "refunds.error.reason")
      .max(2000, "error.tooLong"),
  }),
]);

/** The worker says whether the refund reached her. */
export const WorkerRefundAnswerSchema = z.object({
  claimId: z.uuid(),
  intent: z.enum(["confirm", "deny"]),
});

/** NEA on a disputed claim: one official proposes, another decides or sends it back. */
export const NeaRefundActionSchema = z
  .object({
    intent: z.enum(["proposeUphold", "proposeDismiss", "decide", "sendBack"]),
    note: z.string().trim().max(2000, "error.tooLong").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.intent.startsWith("propose") && v.note.length < 10)
      ctx.addIssue({ code: "custom", path: ["note"], message: "refunds.error.note" });
  });
