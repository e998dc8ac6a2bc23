// The app's scheduled jobs (started by entry.server's startBackgroundJobs on every app server).
import { db, transaction } from "~/utils/db.server";
import { writeCheckpoint } from "~/domain/audit/checkpoints.server";
import { sealViews } from "~/domain/audit/views.server";
import { purgeSubmissionKeys } from "~/utils/idempotency.server";
import { expireLicences } from "~/domain/agencies/sanctions.server";
import { resumeImports } from "~/domain/agencies/import.server";
import { expireJobOrders } from "~/domain/joborders/joborders.server";
import { escalateOverdueCases } from "~/domain/cases/cases.server";
import { escalateUnansweredByAgencies } from "~/domain/cases/agency-answers.server";
import { escalateOverdueRefunds } from "~/domain/fees/refund-claims.server";
import { sendCheckInSms } from "~/domain/mission/check-in-sms.server";
import { purgePhoneCodes } from "~/domain/accounts/phone-sign-in.server";
import { backupJob } from "~/ops/backup-job.server";
import type { Job } from "./scheduler.server";

export const JOBS: Job[] = [
  // Views of personal data, appended without the chain's lock, sealed into the chain (ADR 0022).
  { name: "audit-seal-views", everyMs: 60_000, run: () => sealViews(db) },
  { name: "licence-expiry", everyMs: 10 * 60_000, run: () => expireLicences() },
  // Signed checkpoints of the audit chain's head (ADR 0018): a deletion or recomputation before the
  // last checkpoint is caught by audit:verify.
  { name: "audit-checkpoint", everyMs: 5 * 60_000, run: () => writeCheckpoint(db) },
  { name: "resume-imports", everyMs: 60_000, run: () => resumeImports() },
  { name: "job-order-expiry", everyMs: 60 * 60_000, run: () => expireJobOrders() },
  { name: "case-escalation", everyMs: 10 * 60_000, run: () => escalateOverdueCases() },
  // A reported substitution the agency did not answer in time goes to NEA (issue 19).
  {
    name: "agency-answer-overdue",
    everyMs: 10 * 60_000,
    run: () => escalateUnansweredByAgencies(),
  },
  // A refund claim past its deadline goes to NEA; the worker is told (issue 19 §2).
  { name: "refund-overdue", everyMs: 10 * 60_000, run: () => escalateOverdueRefunds() },
  // Check-ins due, reminders, and next of kin when two are missed: by SMS (issue 16).
  { name: "check-in-sms", everyMs: 10 * 60_000, run: () => sendCheckInSms() },
  { name: "purge-phone-codes", everyMs: 6 * 3600_000, run: () => purgePhoneCodes() },
  {
    name: "purge-submission-keys",
    everyMs: 24 * 3600_000,
    run: () =>
      transaction((tx) => purgeSubmissionKeys(tx, new Date(Date.now() - 7 * 24 * 3600_000))),
  },
];

/** The jobs this server schedules: the always-on ones, and backups when BACKUP_INTERVAL_HOURS is set. */
export function scheduledJobs(): Job[] {
  const backup = backupJob();
  return backup ? [...JOBS, backup] : JOBS;
}
