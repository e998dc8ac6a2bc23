// The record of a referral to the National Referral Mechanism (issue 20 §4), as JSON and as a PDF
// for the counter-trafficking unit: only what the worker agreed to share (trafficking.rules.ts), to
// officials who may see the case, and every export is audited.
import type { User } from "lucia";
import { transaction } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { notFound } from "~/utils/http.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { NEA_GREEN, printedDate, printedDocument } from "~/domain/verify/document-pdf.server";
import { translate, type MessageKey } from "~/i18n/messages";
import { formatPhone } from "~/ui/format";
import { isUuid } from "~/utils/validation";
import { actorOf } from "./case-common.server";
import { caseInScope } from "./case-reading.server";
import { nrmRecord, type NrmRecord } from "./trafficking.rules";

/** The record of one NRM referral of a case the official may see; the export is audited. */
export async function nrmExport(
  actor: User,
  caseId: string,
  referralId: string,
  format: "json" | "pdf",
  ctx: RequestContext,
): Promise<{ record: NrmRecord; destinationName: string | null }> {
  if (!isUuid(referralId)) throw notFound();
  return transaction(async (tx) => {
    await caseInScope(tx, actor, caseId);
    const r = await tx.caseReferral.findFirst({
      where: { id: referralId, caseId, kind: "NATIONAL_REFERRAL_MECHANISM" },
      select: {
        createdAt: true,
        note: true,
        consent: { select: { method: true, shared: true, recordedAt: true, indicators: true } },
        case: {
          select: {
            reference: true,
            category: true,
            createdAt: true,
            description: true,
            raisedBy: true,
            indicators: true,
            worker: {
              select: {
                firstName: true,
                lastName: true,
                nationalId: true,
                dateOfBirth: true,
                phone: true,
              },
            },
            registration: {
              select: { phoneAbroad: true, contract: { select: { countryCode: true } } },
            },
            mission: { select: { countries: { select: { countryCode: true }, take: 1 } } },
            employer: { select: { name: true, city: true, countryCode: true } },
            agency: { select: { name: true, licenceNo: true } },
          },
        },
      },
    });
    // A referral without a consent record carries nothing (none is made without one).
    if (!r?.consent) throw notFound();
    const c = r.case;
    const record = nrmRecord({
      reference: c.reference,
      category: c.category,
      raisedAt: c.createdAt,
      destination:
        c.registration?.contract?.countryCode ??
        c.employer?.countryCode ??
        c.mission?.countries[0]?.countryCode ??
        null,
      // As they stood when she was referred (the case's may have changed since).
      indicators: r.consent.indicators,
      referredAt: r.createdAt,
      consent: r.consent,
      identity: c.worker
        ? {
            firstName: c.worker.firstName,
            lastName: c.worker.lastName,
            nationalId: c.worker.nationalId,
            dateOfBirth: c.worker.dateOfBirth?.toISOString().slice(0, 10) ?? null,
          }
        : null,
      contact:
        c.worker || c.registration
          ? {
              phone: c.worker?.phone ?? null,
              phoneAbroad: c.registration?.phoneAbroad ?? null,
            }
          : null,
      employer: c.employer ? { name: c.employer.name, city: c.employer.city } : null,
      agency: c.agency,
      // Her own account only: a relative's report holds the relative's name and words, which are
      // not hers to share (and a worker's account she gave the mission is).
      account: c.raisedBy === "NEXT_OF_KIN" ? null : { description: c.description },
      note: r.note,
    });
    await recordAudit(tx, {
      actor: actorOf(actor),
      action: "case.nrm_exported",
      entityType: "Case",
      entityId: caseId,
      summary: { referralId, format, shared: record.consent.shared },
      ctx,
    });
    const country = record.case.destination
      ? await tx.country.findUnique({
          where: { code: record.case.destination },
          select: { nameEn: true, nameSw: true },
        })
      : null;
    return {
      record,
      destinationName: country ? `${country.nameEn} / ${country.nameSw}` : null,
    };
  });
}

/** "English / Kiswahili": the printed record is bilingual, like the other printed documents. */
const both = (key: MessageKey) => `${translate("en", key)} / ${translate("sw", key)}`;

export async function renderNrmPdf(
  r: NrmRecord,
  destinationName: string | null,
): Promise<Uint8Array> {
  const doc = await printedDocument(`NRM referral ${r.caseReference}`, { footer: 40 });
  const { bold, line, row } = doc;
  line("REPUBLIC OF KENYA — National Employment Authority", 11, bold, NEA_GREEN);
  line(both("nrm.pdf.title"), 14, bold);
  line(`${r.caseReference} · ${printedDate(new Date(r.referredAt))}`, 11);
  if (r.note) line(`${both("nrm.pdf.note")}: ${r.note}`, 10);
  doc.skip(6);
  row(both("nrm.pdf.category"), both(`cases.category.${r.case.category}` as MessageKey));
  row(both("nrm.pdf.destination"), destinationName ?? "—");
  row(
    both("nrm.pdf.indicators"),
    r.case.indicators.map((i) => both(`indicator.${i}` as MessageKey)).join("; ") || "—",
  );
  row(
    both("nrm.pdf.consent"),
    `${both(`consent.method.${r.consent.method}` as MessageKey)}, ${printedDate(new Date(r.consent.recordedAt))}`,
  );
  row(
    both("nrm.pdf.shared"),
    r.consent.shared.map((s) => both(`consent.shared.${s}` as MessageKey)).join("; ") ||
      both("nrm.pdf.sharedNone"),
  );
  doc.skip(6);
  if ("identity" in r && r.identity) {
    line(both("consent.shared.IDENTITY"), 11, bold);
    row(both("nrm.pdf.name"), `${r.identity.firstName} ${r.identity.lastName}`);
    row(both("nrm.pdf.nationalId"), r.identity.nationalId ?? "—");
    row(both("nrm.pdf.dateOfBirth"), r.identity.dateOfBirth ?? "—");
  }
  if ("contact" in r && r.contact) {
    line(both("consent.shared.CONTACT"), 11, bold);
    row(both("nrm.pdf.phone"), r.contact.phone ? formatPhone(r.contact.phone) : "—");
    row(both("nrm.pdf.phoneAbroad"), r.contact.phoneAbroad ?? "—");
  }
  if ("employer" in r && r.employer) {
    line(both("consent.shared.EMPLOYER"), 11, bold);
    row(both("nrm.pdf.employer"), `${r.employer.name}, ${r.employer.city}`);
  }
  if ("agency" in r && r.agency) {
    line(both("consent.shared.AGENCY"), 11, bold);
    row(both("nrm.pdf.agency"), `${r.agency.name} (${r.agency.licenceNo ?? "—"})`);
  }
  if ("account" in r && r.account) {
    line(both("consent.shared.ACCOUNT"), 11, bold);
    line(r.account.description, 10);
  }
  return doc.pdf.save();
}
