// Public reads of the agency registry: search, the agency page, warnings and "linked to a revoked
// agency". Everything here is public, so every select names only public fields: a director's
// national ID is matched on but never returned.
import type { AgencyStatus, Prisma } from "~/generated/prisma/client";
import { db, readDb } from "~/utils/db.server";
import { normalizeEmail, normalizeLicenceNo, normalizePhone, searchKey } from "./normalize";
import { isUuid } from "~/utils/validation";

export const PUBLIC_STATUSES: readonly AgencyStatus[] = [
  "ACTIVE",
  "SUSPENDED",
  "REVOKED",
  "EXPIRED",
];
export const PAGE_SIZE = 20;

export type AgencySearch = {
  q?: string;
  status?: AgencyStatus;
  county?: number;
  cursor?: string | null;
  take?: number;
};

/** Opaque keyset cursor over (searchName, id). */
function encodeCursor(searchName: string, id: string) {
  return Buffer.from(JSON.stringify([searchName, id])).toString("base64url");
}

function decodeCursor(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 2 &&
      typeof v[0] === "string" &&
      typeof v[1] === "string" &&
      isUuid(v[1])
    ) {
      return [v[0], v[1]];
    }
  } catch {
    // fall through
  }
  return null;
}

export class BadCursor extends Error {}

const listSelect = {
  id: true,
  licenceNo: true,
  name: true,
  status: true,
  town: true,
  validFrom: true,
  validUntil: true,
  searchName: true,
  county: { select: { code: true, name: true } },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
} satisfies Prisma.AgencySelect;

/**
 * Case- and accent-insensitive substring search on name and licence number (trigram index),
 * filtered by status and county, in name order with a keyset cursor.
 */
export async function searchAgencies(input: AgencySearch) {
  const take = Math.min(input.take ?? PAGE_SIZE, 100);
  const key = input.q ? searchKey(input.q) : "";
  // A query of nothing but punctuation matches nothing (rather than everything).
  if (input.q?.trim() && !key) return { items: [], nextCursor: null };
  const after = decodeCursor(input.cursor);
  if (input.cursor && !after) throw new BadCursor("bad cursor");
  const where: Prisma.AgencyWhereInput = {
    status: input.status ?? { in: [...PUBLIC_STATUSES] },
    ...(input.county ? { countyCode: input.county } : {}),
    ...(key ? { searchName: { contains: key } } : {}),
    ...(after
      ? { OR: [{ searchName: { gt: after[0] } }, { searchName: after[0], id: { gt: after[1] } }] }
      : {}),
  };
  const rows = await readDb().agency.findMany({
    where,
    orderBy: [{ searchName: "asc" }, { id: "asc" }],
    take: take + 1,
    select: listSelect,
  });
  const hasMore = rows.length > take;
  const items = (hasMore ? rows.slice(0, take) : rows).map(
    ({ searchName: _s, countries, ...a }) => ({
      ...a,
      countries: countries.map((c) => c.countryCode),
    }),
  );
  const last = hasMore ? rows[take - 1]! : null;
  return { items, nextCursor: last ? encodeCursor(last.searchName, last.id) : null };
}

export type AgencyListItem = Awaited<ReturnType<typeof searchAgencies>>["items"][number];

export type LinkReason = "director" | "phone" | "email";
export type LinkedAgency = {
  id: string;
  name: string;
  licenceNo: string | null;
  status: AgencyStatus;
  reasons: LinkReason[];
};

/**
 * Agencies that are revoked or suspended and share a director (national ID or phone), a phone
 * number or an email address with the given people and contacts — how a revoked agency that
 * comes back under a new name is caught.
 */
export async function findLinkedSanctioned(input: {
  excludeAgencyId?: string;
  directorIds: string[];
  phones: string[];
  emails: string[];
}): Promise<LinkedAgency[]> {
  const ids = [...new Set(input.directorIds.filter(Boolean))];
  const phones = [
    ...new Set(input.phones.map((p) => normalizePhone(p)).filter((p): p is string => !!p)),
  ];
  const emails = [
    ...new Set(input.emails.map((e) => normalizeEmail(e)).filter((e): e is string => !!e)),
  ];
  if (!ids.length && !phones.length && !emails.length) return [];
  // One statement: each kind of link is found through its own index (one OR across directors,
  // phones and emails made PostgreSQL walk every agency: ADR 0013's benchmark), then the
  // sanctioned agencies among them, with why each is linked. Four round trips before (issue 18).
  const rows = await db.$queryRaw<
    {
      id: string;
      name: string;
      licenceNo: string | null;
      status: AgencyStatus;
      director: boolean;
      phone: boolean;
      email: boolean;
    }[]
  >`
    WITH candidate AS (
      SELECT id FROM "Agency" WHERE phone = ANY(${phones}::text[])
      UNION SELECT id FROM "Agency" WHERE email = ANY(${emails}::text[])
      UNION SELECT "agencyId" FROM "AgencyDirector" WHERE "nationalId" = ANY(${ids}::text[])
      UNION SELECT "agencyId" FROM "AgencyDirector" WHERE phone = ANY(${phones}::text[])
    )
    SELECT s.id, s.name, s."licenceNo", s.status::text AS status,
           EXISTS (SELECT 1 FROM "AgencyDirector" d
                    WHERE d."agencyId" = s.id AND d."nationalId" = ANY(${ids}::text[])) AS director,
           (coalesce(s.phone = ANY(${phones}::text[]), false)
             OR EXISTS (SELECT 1 FROM "AgencyDirector" d
                         WHERE d."agencyId" = s.id AND d.phone = ANY(${phones}::text[]))) AS phone,
           coalesce(s.email = ANY(${emails}::text[]), false) AS email
      FROM "Agency" s JOIN candidate ON candidate.id = s.id
     WHERE s.status::text IN ('REVOKED', 'SUSPENDED') AND s.id IS DISTINCT FROM ${input.excludeAgencyId ?? null}::uuid
     ORDER BY s.id
     LIMIT 20`;
  return rows.map((a) => ({
    id: a.id,
    name: a.name,
    licenceNo: a.licenceNo,
    status: a.status,
    reasons: (["director", "phone", "email"] as const).filter((r) => a[r]),
  }));
}

/** The public profile, by id or licence number; null when unknown or never licensed. */
export async function getPublicAgency(ref: { id?: string; licenceNo?: string }) {
  const where: Prisma.AgencyWhereUniqueInput | null = ref.id
    ? isUuid(ref.id)
      ? { id: ref.id }
      : null
    : ref.licenceNo
      ? { licenceNo: normalizeLicenceNo(ref.licenceNo) }
      : null;
  if (!where) return null;
  const agency = await db.agency.findUnique({
    where,
    select: {
      id: true,
      licenceNo: true,
      name: true,
      status: true,
      validFrom: true,
      validUntil: true,
      town: true,
      address: true,
      phone: true,
      email: true,
      website: true,
      verificationCode: true,
      directors: { select: { nationalId: true, phone: true } },
      county: { select: { code: true, name: true } },
      countries: {
        select: { country: { select: { code: true, nameEn: true, nameSw: true } } },
        orderBy: { countryCode: "asc" },
      },
      actions: {
        select: {
          action: true,
          reason: true,
          at: true,
          validUntil: true,
          noticeDate: true,
          hearingDate: true,
        },
        orderBy: { at: "desc" },
        take: 50,
      },
      _count: { select: { complaints: { where: { status: "UPHELD" } } } },
    },
  });
  if (!agency || agency.status === "PENDING") return null;
  const { _count, countries, directors, ...rest } = agency;
  const linked = await findLinkedSanctioned({
    excludeAgencyId: agency.id,
    directorIds: directors.map((d) => d.nationalId),
    phones: [agency.phone, ...directors.map((d) => d.phone)].filter((p): p is string => !!p),
    emails: agency.email ? [agency.email] : [],
  });
  return {
    ...rest,
    countries: countries.map((c) => c.country),
    upheldComplaints: _count.complaints,
    linked,
    linkedToRevoked: linked.length > 0,
  };
}

export type PublicAgency = NonNullable<Awaited<ReturnType<typeof getPublicAgency>>>;

/** Revoked and suspended agencies, newest decision first, with the reason and date of that decision. */
export async function listSanctionedAgencies(opts: { cursor?: string | null; take?: number }) {
  const take = Math.min(opts.take ?? 50, 100);
  const after = decodeCursor(opts.cursor);
  if (opts.cursor && !after) throw new BadCursor("bad cursor");
  const rows = await db.agency.findMany({
    where: {
      status: { in: ["REVOKED", "SUSPENDED"] },
      ...(after
        ? { OR: [{ searchName: { gt: after[0] } }, { searchName: after[0], id: { gt: after[1] } }] }
        : {}),
    },
    orderBy: [{ searchName: "asc" }, { id: "asc" }],
    take: take + 1,
    select: {
      id: true,
      name: true,
      licenceNo: true,
      status: true,
      searchName: true,
      actions: {
        where: { action: { in: ["REVOKED", "SUSPENDED"] } },
        orderBy: { at: "desc" },
        take: 1,
        select: { reason: true, at: true },
      },
    },
  });
  const hasMore = rows.length > take;
  const items = (hasMore ? rows.slice(0, take) : rows).map(({ actions, searchName: _s, ...a }) => ({
    ...a,
    reason: actions[0]?.reason ?? null,
    at: actions[0]?.at ?? null,
  }));
  const last = hasMore ? rows[take - 1]! : null;
  return { items, nextCursor: last ? encodeCursor(last.searchName, last.id) : null };
}

export async function listWatchListedEmployers(opts: { cursor?: string | null; take?: number }) {
  const take = Math.min(opts.take ?? 50, 100);
  const cursor = opts.cursor && isUuid(opts.cursor) ? opts.cursor : null;
  if (opts.cursor && !cursor) throw new BadCursor("bad cursor");
  const rows = await db.employer.findMany({
    where: { watchListed: true, ...(cursor ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take: take + 1,
    select: {
      id: true,
      name: true,
      kind: true,
      city: true,
      watchReason: true,
      watchListedAt: true,
      country: { select: { code: true, nameEn: true, nameSw: true } },
    },
  });
  const hasMore = rows.length > take;
  const items = hasMore ? rows.slice(0, take) : rows;
  return { items, nextCursor: hasMore ? items[items.length - 1]!.id : null };
}

let counties: Promise<{ code: number; name: string }[]> | null = null;

/** The 47 counties (reference data the app never changes): read once per server process. */
export function listCounties() {
  counties ??= db.county
    .findMany({ orderBy: { name: "asc" }, select: { code: true, name: true } })
    .catch((e: unknown) => {
      counties = null; // a failed read is tried again next time
      throw e;
    });
  return counties;
}

export async function listDestinationCountries() {
  return db.country.findMany({
    where: { isDestination: true },
    orderBy: { nameEn: "asc" },
    select: { code: true, nameEn: true, nameSw: true, currency: true },
  });
}
