// What each kind of two-official decision proposes, how it is checked when proposed, how a
// confirmation applies it, and how a page names its subject (ADR 0016). The lifecycle every kind
// shares (propose, confirm, refuse, withdraw) is in decisions.server.ts.
import type { User } from "lucia";
import { z } from "zod";
import type { ProposalKind } from "~/generated/prisma/client";
import { db, type Tx } from "~/utils/db.server";
import type { RequestContext } from "~/utils/request.server";
import { isUuid } from "~/utils/validation";
import { SanctionSchema } from "~/domain/agencies/licensing.schema";
import {
  applyAgencySanction,
  applyBulkSanction,
  checkSanctionProposal,
  previewBulkSanction,
} from "~/domain/agencies/sanctions.server";
import { applyImportStart, checkImportProposal } from "~/domain/agencies/import.server";
import { applyIdCorrection, checkIdCorrection } from "~/domain/workers/corrections.server";
import {
  applyRecordLink,
  checkRecordLink,
  type RecordLinkInput,
} from "~/domain/workers/record-links.server";
import { requiresSecondFactor } from "~/auth/permissions";
import { appUrl, forbidden, notFound } from "~/utils/http.server";
import type { Locale } from "~/i18n/messages";
import {
  applyAdminUserAction,
  createAccount,
  type NewAccount,
} from "~/domain/accounts/admin-accounts.server";
import { applyRevocation, checkRevocationProposal } from "~/domain/training/certificates.server";
import { PublishSchema, type PublishInput } from "~/domain/compliance/rule-set-form";
import { applyPublication, checkPublicationProposal } from "~/domain/compliance/rule-sets.server";
import { DomainError } from "~/domain/errors";

/** A confirmation that can no longer apply as proposed (the subject changed): nothing is applied. */
export function isStale(e: unknown) {
  const code = (e as { code?: string }).code;
  return (
    code === "P2002" || // the email was taken meanwhile
    code === "P2003" || // the mission or agency is gone
    (e instanceof Response && e.status === 404) || // the subject is gone
    e instanceof DomainError // a rule refuses it now (e.g. the account took an identity meanwhile)
  );
}

const BulkInput = z.object({
  action: z.enum(["suspend", "revoke"]),
  licenceNos: z.array(z.string()).min(1).max(5000),
  reason: z.string().min(1).max(2000),
  noticeDate: z.coerce.date().optional(),
  hearingDate: z.coerce.date().optional(),
});
const RevocationInput = z.object({ reason: z.string().trim().min(5).max(1000) });
const IdCorrectionInput = z.object({ note: z.string().max(2000).optional() });

/** What each kind proposes, and how a confirmation applies it. */
export type ProposalInput =
  | { kind: "AGENCY_SANCTION"; subjectId: string; input: z.infer<typeof SanctionSchema> }
  | { kind: "BULK_SANCTION"; subjectId: null; input: z.infer<typeof BulkInput> }
  | { kind: "CERTIFICATE_REVOCATION"; subjectId: string; input: z.infer<typeof RevocationInput> }
  | { kind: "RULE_SET_PUBLICATION"; subjectId: string; input: z.infer<typeof PublishSchema> }
  | { kind: "OFFICIAL_ACCOUNT"; subjectId: null; input: NewAccount & { locale: Locale } }
  | { kind: "SECOND_FACTOR_RESET"; subjectId: string; input: { reason: string } }
  | { kind: "OFFICIAL_REACTIVATION"; subjectId: string; input: { reason: string } }
  | { kind: "AGENCY_IMPORT"; subjectId: string; input: { reason: string } }
  | { kind: "RECORD_LINK"; subjectId: string; input: RecordLinkInput }
  | { kind: "ID_CORRECTION"; subjectId: string; input: { note?: string } };

export async function checkProposal(actor: User, p: ProposalInput): Promise<string> {
  switch (p.kind) {
    case "AGENCY_SANCTION":
      await checkSanctionProposal(actor, p.subjectId, p.input.intent);
      return p.input.reason;
    case "BULK_SANCTION": {
      const preview = await previewBulkSanction(actor, p.input);
      if (!preview.applicable.length)
        throw new DomainError("licence.error.bulkNone", { field: "licenceNos" });
      return p.input.reason;
    }
    case "CERTIFICATE_REVOCATION":
      await checkRevocationProposal(actor, p.subjectId);
      return p.input.reason;
    case "RULE_SET_PUBLICATION":
      await checkPublicationProposal(actor, p.subjectId, p.input);
      return p.input.note;
    case "OFFICIAL_ACCOUNT": {
      const i = p.input;
      if (!requiresSecondFactor(i.role)) throw forbidden(); // created at once, not proposed
      if (await db.user.findUnique({ where: { email: i.email }, select: { id: true } }))
        throw new DomainError("error.emailTaken", { field: "email" });
      if (
        i.role === "LABOUR_ATTACHE" &&
        !(isUuid(i.missionId) && (await db.mission.count({ where: { id: i.missionId } })))
      )
        throw new DomainError("error.scopeMission", { field: "missionId" });
      return `${i.name} <${i.email}>`; // the role is shown from the input, in the reader's language
    }
    case "SECOND_FACTOR_RESET": {
      const target = isUuid(p.subjectId)
        ? await db.user.findUnique({ where: { id: p.subjectId }, select: { role: true } })
        : null;
      if (!target) throw notFound();
      if (!requiresSecondFactor(target.role)) throw forbidden(); // reset at once, not proposed
      return p.input.reason;
    }
    case "OFFICIAL_REACTIVATION": {
      const target = isUuid(p.subjectId)
        ? await db.user.findUnique({
            where: { id: p.subjectId },
            select: { role: true, active: true },
          })
        : null;
      if (!target) throw notFound();
      if (!requiresSecondFactor(target.role)) throw forbidden(); // reactivated at once
      if (target.active) throw new DomainError("users.error.active", { kind: "conflict" });
      return p.input.reason;
    }
    case "AGENCY_IMPORT": {
      await checkImportProposal(actor, p.subjectId);
      return p.input.reason;
    }
    case "RECORD_LINK":
      await checkRecordLink(p.subjectId, p.input);
      return p.input.reason;
    case "ID_CORRECTION":
      await checkIdCorrection(p.subjectId);
      return p.input.note ?? "";
  }
}

export async function applyProposal(
  tx: Tx,
  decider: User,
  row: {
    id: string;
    kind: ProposalKind;
    subjectId: string | null;
    input: unknown;
    proposedById: string;
  },
  ctx: RequestContext,
) {
  const opts = { ctx, proposal: { id: row.id, proposedById: row.proposedById } };
  switch (row.kind) {
    case "AGENCY_SANCTION":
      return applyAgencySanction(
        tx,
        decider,
        row.subjectId!,
        SanctionSchema.parse(row.input),
        opts,
      );
    case "BULK_SANCTION":
      return applyBulkSanction(tx, decider, BulkInput.parse(row.input), opts);
    case "CERTIFICATE_REVOCATION":
      return applyRevocation(
        tx,
        decider,
        row.subjectId!,
        RevocationInput.parse(row.input).reason,
        opts,
      );
    case "OFFICIAL_ACCOUNT": {
      const { locale, ...account } = row.input as NewAccount & { locale: Locale };
      const user = await createAccount(tx, decider, account, { appUrl: appUrl(), ctx, locale });
      return { userId: user.id };
    }
    case "SECOND_FACTOR_RESET":
    case "OFFICIAL_REACTIVATION":
      return applyAdminUserAction(
        tx,
        decider,
        {
          intent: row.kind === "SECOND_FACTOR_RESET" ? "resetTotp" : "reactivate",
          userId: row.subjectId!,
        },
        ctx,
      );
    case "AGENCY_IMPORT":
      return applyImportStart(tx, row.subjectId!);
    case "RECORD_LINK":
      return applyRecordLink(tx, decider, row.subjectId!, row.input as RecordLinkInput, opts);
    case "ID_CORRECTION":
      return applyIdCorrection(
        tx,
        decider,
        row.subjectId!,
        IdCorrectionInput.parse(row.input).note ?? null,
        ctx,
      );
    case "RULE_SET_PUBLICATION":
      return applyPublication(
        tx,
        decider,
        row.subjectId!,
        row.input as PublishInput /* validated by the form schema when proposed */,
        opts,
      );
  }
}

/** What each proposal is about, in words an official recognises (one query per kind, not per row). */
export async function subjectLabels(rows: { kind: ProposalKind; subjectId: string | null }[]) {
  const ids = (k: ProposalKind) =>
    rows.filter((r) => r.kind === k && r.subjectId).map((r) => r.subjectId!);
  const [agencies, certificates, ruleSets, users, records, imports, corrections] =
    await Promise.all([
      db.agency.findMany({
        where: { id: { in: ids("AGENCY_SANCTION") } },
        select: { id: true, name: true, licenceNo: true },
      }),
      db.certificate.findMany({
        where: { id: { in: ids("CERTIFICATE_REVOCATION") } },
        select: { id: true, code: true },
      }),
      db.blmaRuleSet.findMany({
        where: { id: { in: ids("RULE_SET_PUBLICATION") } },
        select: { id: true, countryCode: true, jobCategory: true, version: true },
      }),
      db.user.findMany({
        where: { id: { in: [...ids("SECOND_FACTOR_RESET"), ...ids("OFFICIAL_REACTIVATION")] } },
        select: { id: true, name: true, email: true, role: true },
      }),
      db.worker.findMany({
        where: { id: { in: ids("RECORD_LINK") } },
        select: { id: true, firstName: true, lastName: true, nationalId: true },
      }),
      db.importRun.findMany({
        where: { id: { in: ids("AGENCY_IMPORT") } },
        select: {
          id: true,
          fileName: true,
          total: true,
          valid: true,
          created: true,
          updated: true,
          unchanged: true,
        },
      }),
      db.correctionRequest.findMany({
        where: { id: { in: ids("ID_CORRECTION") } },
        select: {
          id: true,
          requestedValue: true,
          worker: { select: { firstName: true, lastName: true, nationalId: true } },
        },
      }),
    ]);
  const labels = new Map<
    string,
    {
      label: string;
      href: string;
      counts?: Record<"total" | "valid" | "create" | "update" | "unchanged", number>;
    }
  >();
  for (const a of agencies)
    labels.set(a.id, { label: `${a.name} (${a.licenceNo ?? "—"})`, href: `/agencies/${a.id}` });
  for (const c of certificates)
    labels.set(c.id, { label: c.code, href: `/nea/certificates?code=${c.code}` });
  for (const u of users)
    labels.set(u.id, { label: `${u.name} <${u.email}>`, href: "/admin/users" });
  for (const w of records)
    labels.set(w.id, {
      label: `${w.firstName} ${w.lastName} (ID …${(w.nationalId ?? "").slice(-3)})`,
      href: "/nea/record-links",
    });
  for (const c of corrections)
    labels.set(c.id, {
      label: `${c.worker.firstName} ${c.worker.lastName} (ID …${(c.worker.nationalId ?? "").slice(-3)} → …${c.requestedValue.slice(-3)})`,
      href: "/nea/corrections",
    });
  for (const r of imports)
    labels.set(r.id, {
      label: r.fileName,
      href: `/nea/agencies/import/${r.id}`,
      counts: {
        total: r.total,
        valid: r.valid,
        create: r.created,
        update: r.updated,
        unchanged: r.unchanged,
      },
    });
  for (const r of ruleSets)
    labels.set(r.id, {
      label: `${r.countryCode}${r.jobCategory ? ` · ${r.jobCategory}` : ""} v${r.version}`,
      href: `/nea/rules/${r.id}`,
    });
  return labels;
}
