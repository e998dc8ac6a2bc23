// Contracts as lists and documents: NEA's review queue, a worker's own contracts, the CSV export
// and the data of the approved contract's PDF. Every list is scoped to what the reader may see.
import type { User } from "lucia";
import { Prisma, type ContractStatus } from "~/generated/prisma/client";
import { ContractStatus as CONTRACT_STATUS } from "~/generated/prisma/enums";
import { can } from "~/auth/permissions";
import { db } from "~/utils/db.server";
import { renderContractPdf } from "./contract-pdf.server";
import { csvLines, csvTime } from "~/utils/csv.server";
import { decodeSubmittedCursor, type QueueSort, submittedCursor } from "~/utils/queue-order";
import { escapeLike } from "~/utils/validation";

import { requireContractForActor } from "./contracts.server";
import { forbidden, notFound } from "~/utils/http.server";

type QueueFilter = {
  status?: ContractStatus;
  country?: string;
  agency?: string;
  waitedDays?: number;
  sort?: QueueSort;
};

const CONTRACT_STATUSES = new Set<string>(Object.values(CONTRACT_STATUS));
const OPEN: ContractStatus[] = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "RECOMMENDED",
  "RECOMMENDED_REJECTION",
];

/**
 * One page of the queue's contract ids, in its order. Written in SQL so that the open statuses are
 * constants the planner can match to the queue's partial indexes (Prisma sends each status as a
 * cast parameter, which PostgreSQL cannot prove matches an index's predicate): the first page is
 * then an ordered read of a few index entries, not a sort of every open contract (issue 18).
 */
async function queuePage(opts: QueueFilter, cursor: string | null, take: number) {
  const statuses = (opts.status ? [opts.status] : OPEN).filter((s) => CONTRACT_STATUSES.has(s));
  const sort = opts.sort ?? "oldest";
  const at = cursor ? decodeSubmittedCursor(cursor) : null;
  // Times as stored (UTC, without a zone), whatever the database session's time zone.
  const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const conditions = [
    // Constants, from the list of statuses itself (never from the request as typed).
    Prisma.sql`c.status IN (${Prisma.raw(statuses.map((s) => `'${s}'`).join(", "))})`,
    Prisma.sql`c."submittedAt" IS NOT NULL`,
    ...(opts.country ? [Prisma.sql`c."countryCode" = ${opts.country}`] : []),
    ...(opts.agency
      ? [
          Prisma.sql`c."agencyId" IN (SELECT id FROM "Agency" WHERE name ILIKE ${`%${escapeLike(opts.agency)}%`})`,
        ]
      : []),
    ...(opts.waitedDays
      ? [Prisma.sql`c."submittedAt" <= ${utc(new Date(Date.now() - opts.waitedDays * 86400_000))}`]
      : []),
    ...(at
      ? [
          sort === "oldest"
            ? Prisma.sql`(c."submittedAt", c.id) > (${utc(at.submittedAt)}, ${at.id}::uuid)`
            : Prisma.sql`(c."submittedAt", c.id) < (${utc(at.submittedAt)}, ${at.id}::uuid)`,
        ]
      : []),
  ];
  const dir = Prisma.raw(sort === "oldest" ? "ASC" : "DESC");
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Contract" c WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."submittedAt" ${dir}, c.id ${dir} LIMIT ${take}`;
  return rows.map((r) => r.id);
}

/** What the queue's page and its CSV show of a contract (the CSV adds the rest). */
const queueSelect = {
  id: true,
  reference: true,
  status: true,
  countryCode: true,
  submittedAt: true,
  worker: { select: { firstName: true, lastName: true } },
} as const;

/** One page of the queue: its contracts' rows, in the queue's order. */
async function queueRows<S extends Prisma.ContractSelect>(
  opts: QueueFilter,
  cursor: string | null,
  take: number,
  select: S,
) {
  const ids = await queuePage(opts, cursor, take);
  const rows = await db.contract.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((r) => [(r as { id: string }).id, r]));
  return ids.map((id) => byId.get(id)).filter((r) => r !== undefined);
}

export async function listContractsForReview(
  actor: User,
  opts: QueueFilter & { cursor?: string | null; take?: number },
) {
  const take = Math.min(Math.max(opts.take ?? 25, 1), 100);
  if (!can(actor, "contract:review")) throw forbidden();
  // Longest waiting first (since submission, not since the draft was started), or newest first.
  const rows = await queueRows(opts, opts.cursor ?? null, take + 1, {
    ...queueSelect,
    agency: { select: { name: true } },
  });
  const more = rows.length > take;
  const items = more ? rows.slice(0, take) : rows;
  return { items, nextCursor: more ? submittedCursor(items[items.length - 1]!) : null };
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
      jobCategory: true,
      jobOrder: { select: { title: true } },
      agency: { select: { name: true } },
    },
  });
}

/**
 * The countries a worker is travelling to or working in under a signed contract: where she may be
 * before a mission has registered her, so "Get help" can show that country's emergency numbers.
 */
export async function travelDestinations(actor: User) {
  if (!can(actor, "worker:self")) throw forbidden();
  const rows = await db.contract.findMany({
    where: { worker: { userId: actor.id }, status: { in: ["SIGNED", "DEPARTED", "ARRIVED"] } },
    orderBy: { id: "desc" },
    take: 5,
    select: {
      countryCode: true,
      status: true,
      country: { select: { nameEn: true, nameSw: true } },
    },
  });
  return [...new Map(rows.map((r) => [r.countryCode, r])).values()].map((r) => ({
    ...r,
    /** She has left Kenya under it: that country's numbers come before Kenya's. */
    abroad: r.status !== "SIGNED",
  }));
}

/**
 * The filtered queue as CSV (every page, in the page's order), for NEA's own reporting: times are
 * Nairobi times, and each row names the worker.
 */
export async function exportContractsCsv(actor: User, opts: QueueFilter) {
  if (!can(actor, "contract:review")) throw forbidden();
  const header = [
    "reference",
    "status",
    "country",
    "worker",
    "agency",
    "licence_no",
    "submitted_at (Nairobi)",
    "decided_at (Nairobi)",
  ];
  const lines = [header];
  let cursor: string | null = null;
  for (;;) {
    const rows = await queueRows(opts, cursor, 1000, {
      ...queueSelect,
      decidedAt: true,
      agency: { select: { name: true, licenceNo: true } },
    });
    for (const r of rows) {
      lines.push([
        r.reference,
        r.status,
        r.countryCode,
        `${r.worker.firstName} ${r.worker.lastName}`,
        r.agency.name,
        r.agency.licenceNo ?? "",
        csvTime(r.submittedAt),
        csvTime(r.decidedAt),
      ]);
    }
    if (rows.length < 1000) return csvLines(lines);
    cursor = submittedCursor(rows[rows.length - 1]!);
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
