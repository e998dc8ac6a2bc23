import { z } from "zod";
import { queueSort } from "~/utils/queue-order";
import { birthDate, isoDate } from "~/utils/validation";
import { phoneField } from "~/domain/workers/profile.schema";
import {
  ComplianceCheckSchema,
  complianceInputFromForm,
} from "~/domain/compliance/compliance.schema";

export const ContractTermsSchema = ComplianceCheckSchema.shape.terms.extend({
  startDate: isoDate(),
});
export type ContractTerms = z.infer<typeof ContractTermsSchema>;

export function contractTermsFromForm(form: {
  get(n: string): FormDataEntryValue | null;
  getAll(n: string): FormDataEntryValue[];
}) {
  const v = form.get("startDate");
  return {
    ...complianceInputFromForm(form).terms,
    startDate: typeof v === "string" ? v.trim() : "",
  };
}

export const NewContractSchema = z.object({
  jobOrderId: z.uuid({ error: "jobs.error.employer" }),
  firstName: z.string().trim().min(1, "error.required").max(100),
  lastName: z.string().trim().min(1, "error.required").max(100),
  nationalId: z
    .string()
    .trim()
    .regex(/^\d{7,9}$/, "licence.error.nationalId"),
  dateOfBirth: birthDate("profile.error.dateOfBirth"),
  // The worker's own mobile: the one-time code that lets her claim this record goes there.
  phone: phoneField("contracts.error.workerPhone"),
});

export const ContractActionSchema = z.object({
  intent: z.enum(
    [
      "submit",
      "withdraw",
      "startReview",
      "requestChanges",
      "recommend",
      "recommendRejection",
      "returnToReview",
      "approve",
      "reject",
      "sign",
    ],
    { error: "form.error.notNow" },
  ),
  reason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(4000, "form.error.tooLong").optional(),
  ),
});

export const CONTRACT_QUEUE_STATUSES = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "RECOMMENDED",
  "RECOMMENDED_REJECTION",
  "APPROVED",
  "REJECTED",
  "SIGNED",
] as const;

export const ContractQueueFilters = z.object({
  status: z.enum(CONTRACT_QUEUE_STATUSES).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  after: z.string().max(40).optional(),
});

/** Lenient: a bad filter value is ignored rather than failing the page. */
export function contractFiltersFromUrl(url: URL) {
  const get = (k: string) => url.searchParams.get(k) || undefined;
  const status = ContractQueueFilters.shape.status.safeParse(get("status"));
  const country = ContractQueueFilters.shape.country.safeParse(get("country")?.toUpperCase());
  const waited = Number(get("waitedDays"));
  return {
    status: status.success ? status.data : undefined,
    country: country.success ? country.data : undefined,
    agency: get("agency")?.trim().slice(0, 100) || undefined,
    waitedDays: Number.isInteger(waited) && waited > 0 && waited <= 365 ? waited : undefined,
    sort: queueSort(get("sort")),
    cursor: get("after")?.slice(0, 40) ?? null,
  };
}
