// What an accredited training institution records when a trainee finishes the in-person course.
// Shared by the form (Conform, with JavaScript) and the server.
import { z } from "zod";
import { named } from "~/i18n/field-message";
import type { MessageKey } from "~/i18n/messages";
import { birthDate, isIsoDate, isRecentDay } from "~/utils/validation";
import { nationalIdField } from "~/domain/workers/profile.schema";
import { IN_PERSON_VALID_MONTHS } from "./training.rules";

const name = (label: MessageKey) =>
  z
    .string({ error: named("error.required", label) })
    .trim()
    .min(1, named("error.required", label))
    .max(60, named("error.tooLong", label));

export const MAX_ATTENDANCE_DAYS = 90;

export const InPersonSchema = z
  .object({
    nationalId: nationalIdField,
    firstName: name("profile.firstName"),
    lastName: name("profile.lastName"),
    dateOfBirth: birthDate("profile.error.dateOfBirth"),
    course: z
      .string({ error: named("error.required", "provider.courseName") })
      .trim()
      .min(3, named("error.required", "provider.courseName"))
      .max(120, named("error.tooLong", "provider.courseName")),
    attendanceDays: z.coerce
      .number({ error: "provider.error.days" })
      .int("provider.error.days")
      .min(1, "provider.error.days")
      .max(MAX_ATTENDANCE_DAYS, "provider.error.days"),
    score: z.coerce
      .number({ error: "provider.error.score" })
      .int("provider.error.score")
      .min(0, "provider.error.score")
      .max(100, "provider.error.score"),
    completedAt: z
      .string({ error: "provider.error.completedAt" })
      .refine(isIsoDate, "provider.error.completedAt"),
  })
  .superRefine((v, ctx) => {
    // A course in the future, or one too old to count for a certificate, is a typing mistake.
    if (
      isIsoDate(v.completedAt) &&
      !isRecentDay(v.completedAt, { months: IN_PERSON_VALID_MONTHS })
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["completedAt"],
        message: "provider.error.completedAt",
      });
    }
  });
export type InPersonInput = z.output<typeof InPersonSchema>;
