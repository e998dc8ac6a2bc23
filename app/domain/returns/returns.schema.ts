// The forms of a return home (issue 20 §3): the return itself, and her debrief. Shared by the
// forms and the server.
import { z } from "zod";
import { dayFirstToIso, isRecentDay } from "~/utils/validation";
import { GO_AGAIN, REINTEGRATION_KINDS, RETURN_REASONS, RETURN_SKILLS } from "./return.rules";

const yesNo = (error: string) => z.enum(["yes", "no"], { error }).transform((v) => v === "yes");

export const ReturnSchema = z.object({
  // Up to a year back: some come home long before anyone records it.
  returnedOn: z
    .string({ error: "returns.error.returnedOn" })
    .transform(dayFirstToIso)
    .refine((v) => isRecentDay(v, { days: 365 }), "returns.error.returnedOn"),
  reason: z.enum(RETURN_REASONS, { error: "returns.error.reason" }),
  note: z.string().trim().max(2000, "error.tooLong").optional().default(""),
});
export type ReturnInput = z.infer<typeof ReturnSchema>;

export const DebriefSchema = z
  .object({
    paidInFull: yesNo("returns.error.paidInFull"),
    owedAmount: z
      .string()
      .trim()
      .transform((v) => v.replace(/[,\s]/g, ""))
      .refine(
        (v) => v === "" || (/^\d{1,8}(\.\d{1,2})?$/.test(v) && Number(v) > 0),
        "returns.error.owedAmount",
      )
      .optional()
      .default(""),
    // The destination's money or shillings; the server checks which destination (returns.server.ts).
    owedCurrency: z
      .string()
      .trim()
      .refine((v) => v === "" || /^[A-Z]{3}$/.test(v), "returns.error.owedCurrency")
      .optional()
      .default(""),
    passportKept: yesNo("returns.error.passportKept"),
    contractRespected: yesNo("returns.error.contractRespected"),
    abused: yesNo("returns.error.abused"),
    goAgain: z.enum(GO_AGAIN, { error: "returns.error.goAgain" }),
    sameAgency: z.enum(["yes", "no"]).optional(),
    skills: z.array(z.enum(RETURN_SKILLS)).max(RETURN_SKILLS.length).default([]),
    help: z.array(z.enum(REINTEGRATION_KINDS)).max(REINTEGRATION_KINDS.length).default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.paidInFull && v.owedAmount && !v.owedCurrency)
      ctx.addIssue({
        code: "custom",
        path: ["owedCurrency"],
        message: "returns.error.owedCurrency",
      });
    if (v.goAgain !== "NO" && !v.sameAgency)
      ctx.addIssue({ code: "custom", path: ["sameAgency"], message: "returns.error.sameAgency" });
  })
  .transform((v) => ({
    ...v,
    owedAmount: !v.paidInFull && v.owedAmount ? Number(v.owedAmount) : null,
    owedCurrency: !v.paidInFull && v.owedAmount ? v.owedCurrency : null,
    sameAgency: v.goAgain === "NO" ? null : v.sameAgency === "yes",
    skills: [...new Set(v.skills)],
    help: [...new Set(v.help)],
  }));
export type DebriefInput = z.infer<typeof DebriefSchema>;
