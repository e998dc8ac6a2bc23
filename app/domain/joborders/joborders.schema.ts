import { z } from "zod";
import { isoDate } from "~/utils/validation";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";

const text = (max: number, msg = "error.required") =>
  z.string({ error: msg }).trim().min(1, msg).max(max, "error.tooLong");
const optional = (max: number) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(max, "error.tooLong").optional(),
  );

export const EmployerSchema = z.object({
  kind: z.enum(["HOUSEHOLD", "COMPANY"], { error: "jobs.error.kind" }),
  name: text(200),
  countryCode: z.string({ error: "jobs.error.country" }).length(2, "jobs.error.country"),
  city: text(100),
  identifier: optional(60),
  phone: optional(30),
  email: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.email("error.email").max(254).optional(),
  ),
});

export const JobOrderSchema = z.object({
  employerId: z.uuid({ error: "jobs.error.employer" }),
  jobCategory: z.enum(JOB_CATEGORIES, { error: "error.required" }),
  title: text(120),
  positions: z.coerce
    .number({ error: "jobs.error.positions" })
    .int("jobs.error.positions")
    .min(1, "jobs.error.positions")
    .max(1000, "jobs.error.positions"),
  offeredWage: z.coerce
    .number({ error: "jobs.error.wage" })
    .positive("jobs.error.wage")
    .max(1_000_000, "jobs.error.wage"),
  validUntil: isoDate(),
});

export const JobOrderDecisionSchema = z.object({
  intent: z.enum(["verify", "reject"], { error: "form.error.notNow" }),
  reason: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(2000, "form.error.tooLong").optional(),
  ),
});

export const WatchListSchema = z.object({
  intent: z.enum(["watch", "unwatch"]),
  reason: text(2000, "licence.error.reason"),
});
