// Contracts as lists and documents: NEA's review queue, a worker's own contracts, the CSV export
// and the data of the approved contract's PDF. Every list is scoped to what the reader may see.
import type { User } from "lucia";
import type { ContractStatus, Prisma } from "~/generated/prisma/client";
import { can } from "~/auth/permissions";
import { db } from "~/utils/db.server";
import { renderContractPdf } from "./contract-pdf.server";
import { isUuid } from "~/utils/validation";
import { csvLines } from "~/utils/csv.server";

import { requireContractForActor } from "./contracts.server";
import { forbidden, notFound } from "~/utils/http.server";

type QueueFilter = {
  status?: ContractStatus;
  country?: string;
  agency?: string;
  waitedDays?: number;
};

function queueWhere(opts: QueueFilter): Prisma.ContractWhereInput {
  return {
    status: opts.status ?? {
      in: ["SUBMITTED", "UNDER_REVIEW", "RECOMMENDED", "RECOMMENDED_REJECTION"],
    },
    ...(opts.country ? { countryCode: opts.country } : {}),
    ...(opts.agency ? { agency: { name: { contains: opts.agency, mode: "insensitive" } } } : {}),
    ...(opts.waitedDays
      ? { submittedAt: { lte: new Date(Date.now() - opts.waitedDays * 86400_000) } }
      : {}),
  };
}

export async function listContractsForReview(
  actor: User,
  opts: QueueFilter & { cursor?: string | null },
) {
  if (!can(actor, "contract:review")) throw forbidden();
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  const rows = await db.contract.findMany({
    where: { ...queueWhere(opts), ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" }, // oldest first
    take: 26,
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      submittedAt: true,
      agency: { select: { name: true } },
      worker: { select: { firstName: true, lastName: true } },
    },
  });
  const more = rows.length > 25;
  const items = more ? rows.slice(0, 25) : rows;
  return { items, nextCursor: more ? items[items.length - 1]!.id : null };
}

export async function listWorkerContracts(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  return db.contract.findMany({
    where: { worker: { userId: actor.id }, status: { notIn: ["DRAFT", "WITHDRAWN"] } },
    orderBy: { id: "desc" },
    select: {
      id: true,
      reference: true,
      status: true,
      countryCode: true,
      jobOrder: { select: { title: true } },
      agency: { select: { name: true } },
    },
  });
}

/** The filtered queue as CSV (every page, oldest first), for NEA's own reporting. */
export async function exportContractsCsv(actor: User, opts: QueueFilter) {
  if (!can(actor, "contract:review")) throw forbidden();
  const header = [
    "reference",
    "status",
    "country",
    "agency",
    "licence_no",
    "submitted_at",
    "decided_at",
  ];
  const lines = [header];
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.contract.findMany({
      where: { ...queueWhere(opts), ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: 1000,
      select: {
        id: true,
        reference: true,
        status: true,
        countryCode: true,
        submittedAt: true,
        decidedAt: true,
        agency: { select: { name: true, licenceNo: true } },
      },
    });
    for (const r of rows) {
      lines.push([
        r.reference,
        r.status,
        r.countryCode,
        r.agency.name,
        r.agency.licenceNo ?? "",
        r.submittedAt?.toISOString() ?? "",
        r.decidedAt?.toISOString() ?? "",
      ]);
    }
    if (rows.length < 1000) return csvLines(lines);
    cursor = rows[rows.length - 1]!.id;
  }
}

/** The approved contract's PDF, for whoever may read the contract (agency, NEA, the worker). */
export async function approvedContractPdf(actor: User, id: string, baseUrl: string) {
  const c = await requireContractForActor(actor, id);
  if (!c.verificationCode || !c.termsHash) throw notFound();
  return renderContractPdf(
    {
      reference: c.reference,
      version: c.version,
      verificationCode: c.verificationCode,
      termsHash: c.termsHash,
      terms: c.terms,
      worker: c.worker,
      employer: c.employer,
      agency: c.agency,
      countryName: c.country.nameEn,
      jobTitle: c.jobOrder.title,
      approvedAt: c.decidedAt,
    },
    baseUrl,
  );
}
