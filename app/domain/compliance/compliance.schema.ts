import { z } from "zod";
import { COSTS } from "./engine";
import { birthDate, isoDate } from "~/utils/validation";

export const JOB_CATEGORIES = [
  "DOMESTIC_WORKER",
  "DRIVER",
  "SECURITY_GUARD",
  "HOSPITALITY",
  "CONSTRUCTION",
  "CAREGIVER",
  "OTHER",
] as const;

const isoDateApi = isoDate("check.error.date");
const money = z.number().finite().min(0).max(10_000_000);

/** The body of POST /api/v1/compliance-check (and the pre-check form, after conversion). */
export const ComplianceCheckSchema = z.object({
  country: z.string().trim().toUpperCase().length(2, "check.error.country"),
  jobCategory: z.enum(JOB_CATEGORIES),
  /** Who employs the worker: a household's driver or carer is a domestic worker in most destinations. */
  employerKind: z.enum(["HOUSEHOLD", "COMPANY"]).optional(),
  contractDate: isoDateApi,
  worker: z.object({
    dateOfBirth: birthDate("check.error.birthDate"),
  }),
  terms: z.object({
    monthlyWage: money,
    currency: z.string().trim().toUpperCase().length(3, "check.error.currency"),
    dailyHours: z.number().min(0).max(24),
    weeklyRestDays: z.number().int().min(0).max(7),
    annualLeaveDays: z.number().int().min(0).max(366),
    durationMonths: z.number().int().min(1).max(120),
    probationDays: z.number().int().min(0).max(730).nullable().optional(),
    housingProvided: z.boolean(),
    foodProvided: z.boolean(),
    passportHeldBy: z.enum(["WORKER", "EMPLOYER", "AGENCY"]),
    workerPaidRecruitmentFees: money,
    costsPaidByWorker: z.array(z.enum(COSTS)).max(COSTS.length),
    returnTicketPaidBy: z.enum(["EMPLOYER", "WORKER"]),
    endOfServiceDaysPerYear: z.number().min(0).max(366).nullable().optional(),
  }),
});
export type ComplianceCheckInput = z.infer<typeof ComplianceCheckSchema>;

/** The pre-check form's fields (all strings) → the API body shape, for the same schema. */
export function complianceInputFromForm(form: {
  get(n: string): FormDataEntryValue | null;
  getAll(n: string): FormDataEntryValue[];
}) {
  const str = (n: string) => {
    const v = form.get(n);
    return typeof v === "string" ? v.trim() : "";
  };
  const num = (n: string) => (str(n) === "" ? undefined : Number(str(n).replace(/[,\s]/g, "")));
  const optNum = (n: string) => (str(n) === "" ? null : Number(str(n).replace(/[,\s]/g, "")));
  return {
    country: str("country"),
    jobCategory: str("jobCategory"),
    employerKind: str("employerKind") || undefined,
    contractDate: str("contractDate"),
    worker: { dateOfBirth: str("dateOfBirth") },
    terms: {
      monthlyWage: num("monthlyWage"),
      currency: str("currency"),
      dailyHours: num("dailyHours"),
      weeklyRestDays: num("weeklyRestDays"),
      annualLeaveDays: num("annualLeaveDays"),
      durationMonths: num("durationMonths"),
      probationDays: optNum("probationDays"),
      housingProvided: str("housingProvided") === "yes",
      foodProvided: str("foodProvided") === "yes",
      passportHeldBy: str("passportHeldBy"),
      workerPaidRecruitmentFees: num("workerPaidRecruitmentFees") ?? 0,
      costsPaidByWorker: form
        .getAll("costsPaidByWorker")
        .filter((v): v is string => typeof v === "string"),
      returnTicketPaidBy: str("returnTicketPaidBy"),
      endOfServiceDaysPerYear: optNum("endOfServiceDaysPerYear"),
    },
  };
}
