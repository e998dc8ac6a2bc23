// Linking a worker's account to a record no claim code can reach (made by a training institution,
// or with no phone or email on it): an NEA officer who has seen the worker's ID card in person
// proposes it, a second official confirms it (ADR 0016), and the record joins her account as a
// claim would (an independent review: such a worker could never reach her contract). It is also the
// way back for a worker whose recorded phone is lost or whose codes others spent: the in-person check
// by two officials is stronger than a code. Never into an account that already holds an identity.
import type { User } from "lucia";
import { z } from "zod";
import { db, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { linkAccountToRecord } from "./record-claims.server";
import { holdsIdentity } from "./worker-record.server";
import { accountByContact, contactSchema } from "~/domain/accounts/contact";
import { DomainError } from "~/domain/errors";

export const RecordLinkSchema = z.object({
  /** Her account's email or mobile number (phone-first accounts have no email). */
  account: contactSchema("recordLinks.error.account"),
  nationalId: z
    .string()
    .trim()
    .regex(/^\d{7,9}$/, "recordLinks.error.nationalId"),
  reason: z.string().trim().min(10, "recordLinks.error.reason").max(1000, "error.tooLong"),
});
export type RecordLinkInput = z.infer<typeof RecordLinkSchema>;

/** The record a link is about, by the national ID on the card the officer saw; null if none. */
export async function recordForLink(nationalId: string) {
  return db.worker.findUnique({
    where: { nationalId },
    select: { id: true, userId: true },
  });
}

/** What a proposal needs: a worker account by that contact, and a record with that ID no account holds. */
export async function checkRecordLink(recordId: string, input: RecordLinkInput) {
  const account = await db.user.findUnique({
    where: accountByContact(input.account),
    select: { role: true, worker: { select: { id: true } } },
  });
  if (account?.role !== "WORKER")
    throw new DomainError("recordLinks.error.account", { field: "account" });
  if (account.worker && (await holdsIdentity(db, account.worker.id)))
    throw new DomainError("recordLinks.error.hasIdentity", { field: "account" });
  const record = await db.worker.findUnique({
    where: { id: recordId },
    select: { userId: true, nationalId: true },
  });
  if (!record || record.nationalId !== input.nationalId)
    throw new DomainError("recordLinks.error.noRecord", { field: "nationalId" });
  if (record.userId) throw new DomainError("recordLinks.error.linked", { field: "nationalId" });
}

/** The second official confirmed: the record joins the account (stale if it was linked meanwhile). */
export async function applyRecordLink(
  tx: Tx,
  decider: User,
  recordId: string,
  input: RecordLinkInput,
  opts: { ctx: RequestContext; proposal: { id: string; proposedById: string } },
) {
  const account = await tx.user.findUnique({ where: accountByContact(input.account) });
  if (account?.role !== "WORKER")
    throw new DomainError("recordLinks.error.account", { field: "account" });
  await linkAccountToRecord(tx, account as unknown as User, recordId, {
    actor: { id: decider.id, role: decider.role },
    summary: { proposalId: opts.proposal.id, proposedBy: opts.proposal.proposedById },
    ctx: opts.ctx,
  });
  return { linkedTo: account.id };
}
