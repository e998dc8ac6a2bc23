// Complaints: public reports (anonymous allowed) and NEA's triage and outcome. The reporter's
// contact details are personal data: never in an audit summary, shown only to NEA.
import type { User } from "lucia";
import type { ComplaintStatus, ComplaintSubject, Prisma } from "~/generated/prisma/client";
import { db, transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueueEmail } from "~/notifications/outbox.server";
import { notifyContacts } from "~/notifications/notify.server";
import { reportRecruiter } from "~/domain/recruiters/recruiters.server";
import { hitRateLimit } from "~/auth/rate-limit.server";
import { nextCounter } from "~/utils/counter.server";
import { keyedStep, once } from "~/utils/idempotency.server";
import { isLocale, type Locale } from "~/i18n/messages";
import { normalizeEmail, normalizeLicenceNo, normalizePhone } from "~/domain/agencies/normalize";
import { agencyLocale } from "~/domain/agencies/licensing.server";
import { closeAgencyMatches } from "~/domain/agencies/close-matches.server";
import {
  complaintNext,
  formatComplaintReference,
  type ComplaintAction,
} from "./complaints.workflow";
import { byId, type QueueSort } from "~/utils/queue-order";
import { isUuid, nairobiYear } from "~/utils/validation";
import { changedMeanwhile, DomainError, notNow, rateLimited } from "~/domain/errors";
import { UNSURE } from "./complaints.schema";

type NewComplaint = {
  subject: ComplaintSubject;
  agencyId?: string;
  agencyRef?: string;
  recruiterName?: string;
  recruiterPhone?: string;
  recruiterAccount?: string;
  whereSeen?: string;
  description: string;
  reporterName?: string;
  reporterEmail?: string;
  reporterPhone?: string;
};

/** The agency a public reporter means: by id (from its page), licence number or exact name. */
async function resolveAgency(input: NewComplaint) {
  if (input.subject !== "AGENCY" || input.agencyId === UNSURE) return null;
  if (input.agencyId) {
    return db.agency.findFirst({
      where: { id: input.agencyId, status: { not: "PENDING" } },
      select: { id: true },
    });
  }
  const ref = input.agencyRef ?? "";
  const exact = await db.agency.findFirst({
    where: {
      status: { not: "PENDING" },
      OR: [
        { licenceNo: normalizeLicenceNo(ref) },
        { name: { equals: ref.trim(), mode: "insensitive" } },
      ],
    },
    select: { id: true },
  });
  if (exact) return exact;
  // People name an agency as they heard it ("Jamii Bora"): offer the close matches to pick from
  // rather than refuse, and never guess for them (a report about the wrong agency harms it).
  const close = await closeAgencyMatches(ref);
  if (close.length)
    throw new DomainError("complaint.error.agencyPick", {
      field: "agencyRef",
      choices: close.map((a) => ({
        value: a.id,
        label: a.licenceNo ? `${a.name} (${a.licenceNo})` : a.name,
        hint: `status.${a.status}`,
      })),
    });
  throw new DomainError("complaint.error.agencyUnknown", { field: "agencyRef" });
}

/**
 * What the agency field would be told once the rest of the form is right (pick one of these, or
 * not in the register), so a report with other mistakes gets every message in one round.
 */
export async function agencyRefProblem(form: FormData): Promise<DomainError | null> {
  const [subject, agencyId, agencyRef] = ["subject", "agencyId", "agencyRef"].map((k) => {
    const v = form.get(k);
    return typeof v === "string" ? v.trim() : "";
  });
  if (subject !== "AGENCY" || agencyId || !agencyRef || agencyRef.length > 100) return null;
  try {
    await resolveAgency({ subject: "AGENCY", agencyRef } as NewComplaint);
    return null;
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

export async function getAgencyForReport(id: string | null) {
  if (!id || !isUuid(id)) return null;
  return db.agency.findFirst({
    where: { id, status: { not: "PENDING" } },
    select: { id: true, name: true, licenceNo: true },
  });
}

/** Records a public report; returns its reference (also emailed when the reporter left an address). */
export async function submitComplaint(
  input: NewComplaint,
  opts: { ctx: RequestContext; locale: Locale; submissionKey: string | null },
): Promise<string | null> {
  const limit = await hitRateLimit(`complaint:${opts.ctx.ip ?? "unknown"}`, 10, 3600_000);
  if (!limit.allowed) throw rateLimited();
  const agency = await resolveAgency(input);
  const unsure = input.subject === "AGENCY" && input.agencyId === UNSURE;
  if (input.subject === "AGENCY" && !agency && !unsure)
    throw new DomainError("complaint.error.agencyUnknown", { field: "agencyRef" });
  return transaction(async (tx) => {
    const outcome = await once(
      tx,
      { key: opts.submissionKey, actorId: null, action: "complaint.submit" },
      async () => {
        const year = nairobiYear();
        const reference = formatComplaintReference(
          year,
          await nextCounter(tx, `complaint:${year}`),
        );
        const email = normalizeEmail(input.reporterEmail);
        const complaint = await tx.complaint.create({
          data: {
            reference,
            subject: input.subject,
            agencyId: agency?.id ?? null,
            // Not sure which agency: the name as she heard it goes to NEA with the report.
            recruiterName: unsure
              ? [input.agencyRef, input.recruiterName].filter(Boolean).join(" — ") || null
              : (input.recruiterName ?? null),
            recruiterPhone: input.recruiterPhone ?? null,
            recruiterAccount: input.recruiterAccount ?? null,
            whereSeen: input.whereSeen ?? null,
            description: input.description,
            reporterName: input.reporterName ?? null,
            reporterEmail: email,
            reporterPhone: normalizePhone(input.reporterPhone) ?? input.reporterPhone ?? null,
            reporterLocale: opts.locale,
          },
          select: { id: true, reference: true },
        });
        // The recruiter's number, M-Pesa or page counts against it on /check-number; one that is
        // a licensed agency's official contact goes to that agency's record instead (issue 20 §1).
        if (input.subject !== "AGENCY")
          for (const raw of [input.recruiterPhone, input.recruiterAccount]) {
            const to = await reportRecruiter(tx, raw, "REPORT", complaint.id);
            if (to && "agencyId" in to && !agency)
              await tx.complaint.updateMany({
                where: { id: complaint.id, agencyId: null },
                data: { agencyId: to.agencyId },
              });
          }
        // A reporter who left only a phone number hears by SMS (issue 16).
        await notifyContacts(
          tx,
          { email, phone: normalizePhone(input.reporterPhone), locale: opts.locale },
          {
            key: `complaint:${complaint.id}:received`,
            template: "complaintReceived",
            data: { reference },
          },
        );
        await recordAudit(tx, {
          actor: null,
          action: "complaint.received",
          entityType: "Complaint",
          entityId: complaint.id,
          summary: {
            subject: input.subject,
            agencyId: agency?.id ?? null,
            anonymous: !email && !input.reporterPhone,
          },
          ctx: opts.ctx,
        });
        return complaint.reference;
      },
      (r) => r,
    );
    return outcome.repeated ? outcome.resultRef : outcome.result;
  });
}

const PAGE = 25;

export async function listComplaintsForActor(
  _actor: User,
  opts: {
    status?: ComplaintStatus;
    subject?: ComplaintSubject;
    cursor?: string | null;
    sort?: QueueSort;
  },
) {
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const page = byId(opts.sort ?? "oldest", cursor); // a queue: longest waiting first by default
  const where: Prisma.ComplaintWhereInput = {
    ...(opts.status ? { status: opts.status } : { status: { in: ["RECEIVED", "TRIAGED"] } }),
    ...(opts.subject ? { subject: opts.subject } : {}),
    ...page.where,
  };
  const rows = await db.complaint.findMany({
    where,
    orderBy: page.orderBy,
    take: PAGE + 1,
    select: {
      id: true,
      reference: true,
      subject: true,
      status: true,
      createdAt: true,
      recruiterName: true,
      agency: { select: { id: true, name: true, licenceNo: true } },
    },
  });
  const more = rows.length > PAGE;
  const items = more ? rows.slice(0, PAGE) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

export async function requireComplaintForActor(_actor: User, id: string) {
  const c = isUuid(id)
    ? await db.complaint.findUnique({
        where: { id },
        select: {
          id: true,
          reference: true,
          subject: true,
          status: true,
          createdAt: true,
          decidedAt: true,
          description: true,
          recruiterName: true,
          recruiterPhone: true,
          recruiterAccount: true,
          whereSeen: true,
          reporterName: true,
          reporterEmail: true,
          reporterPhone: true,
          outcomeNote: true,
          agency: { select: { id: true, name: true, licenceNo: true, status: true } },
        },
      })
    : null;
  if (!c) throw new Response("Not found", { status: 404 });
  return c;
}

/** Triage or decide. The update carries the expected status, so two officers cannot both act. */
export async function actOnComplaint(
  actor: User,
  id: string,
  input:
    { intent: "triage" } | { intent: "decide"; outcome: "UPHELD" | "NOT_UPHELD"; note: string },
  ctx: RequestContext,
  submissionKey: string | null = null,
): Promise<ComplaintStatus> {
  const scope = {
    key: submissionKey,
    actorId: actor.id,
    action: `complaint.${input.intent}:${id}`,
  };
  return keyedStep<ComplaintStatus>(
    db,
    scope,
    (ref) => ref as ComplaintStatus,
    async () => {
      const current = await requireComplaintForActor(actor, id);
      const action: ComplaintAction =
        input.intent === "triage" ? "triage" : input.outcome === "UPHELD" ? "uphold" : "dismiss";
      const next = complaintNext(current.status, action);
      if (!next) throw notNow();
      await transaction((tx) =>
        once(
          tx,
          scope,
          async () => {
            const decided = input.intent === "decide";
            const { count } = await tx.complaint.updateMany({
              where: { id, status: current.status },
              data: {
                status: next,
                handledById: actor.id,
                ...(decided ? { outcomeNote: input.note, decidedAt: new Date() } : {}),
              },
            });
            if (count !== 1) throw changedMeanwhile();
            const full = await tx.complaint.findUniqueOrThrow({
              where: { id },
              select: {
                reference: true,
                reporterEmail: true,
                reporterPhone: true,
                reporterLocale: true,
                agencyId: true,
                agency: { select: { name: true, email: true } },
              },
            });
            if (decided) {
              const upheld = input.outcome === "UPHELD";
              await notifyContacts(
                tx,
                {
                  email: full.reporterEmail,
                  phone: normalizePhone(full.reporterPhone),
                  locale: isLocale(full.reporterLocale) ? full.reporterLocale : "en",
                },
                {
                  key: `complaint:${id}:outcome`,
                  template: "complaintOutcome",
                  data: { reference: full.reference, upheld, note: input.note },
                },
              );
              if (upheld && full.agency?.email) {
                await enqueueEmail(tx, {
                  key: `complaint:${id}:agency`,
                  to: full.agency.email,
                  locale: await agencyLocale(tx, full.agencyId!),
                  template: "complaintUpheldAgency",
                  data: { agency: full.agency.name, reference: full.reference, note: input.note },
                });
              }
            }
            await recordAudit(tx, {
              actor: { id: actor.id, role: actor.role },
              action: decided ? "complaint.decided" : "complaint.triaged",
              entityType: "Complaint",
              entityId: id,
              summary: { from: current.status, to: next },
              ctx,
            });
          },
          () => next,
        ),
      );
      return next;
    },
  );
}
