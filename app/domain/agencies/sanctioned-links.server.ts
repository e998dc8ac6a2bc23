// "Linked to a revoked or suspended agency" for a whole page of search results at once: a phoenix
// that comes back under a new name must carry its warning in the list, not only on its own page
// (issue 17). The same links as findLinkedSanctioned (a director's national ID or phone, the
// agency's phone or email), found in four queries per page whatever its length, through the same
// indexes.
import type { AgencyStatus } from "~/generated/prisma/client";
import { readDb } from "~/utils/db.server";

const SANCTIONED: AgencyStatus[] = ["REVOKED", "SUSPENDED"];

type Marks = {
  phone: string | null;
  email: string | null;
  directors: { nationalId: string; phone: string | null }[];
};

function marksOf(a: Marks) {
  return {
    ids: new Set(a.directors.map((d) => d.nationalId)),
    phones: new Set([a.phone, ...a.directors.map((d) => d.phone)].filter((p): p is string => !!p)),
    emails: new Set([a.email].filter((e): e is string => !!e)),
  };
}

/** Which of these agencies share a director, phone or email with a revoked or suspended agency. */
export async function linkedToSanctioned(agencyIds: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  if (!agencyIds.length) return out;
  const db = readDb();
  const marks = {
    phone: true,
    email: true,
    directors: { select: { nationalId: true, phone: true } },
  };
  const page = await db.agency.findMany({
    where: { id: { in: agencyIds }, status: { notIn: SANCTIONED } },
    select: { id: true, ...marks },
  });
  const mine = page.map((a) => ({ id: a.id, ...marksOf(a) }));
  const ids = [...new Set(mine.flatMap((a) => [...a.ids]))];
  const phones = [...new Set(mine.flatMap((a) => [...a.phones]))];
  const emails = [...new Set(mine.flatMap((a) => [...a.emails]))];
  if (!ids.length && !phones.length && !emails.length) return out;
  const [byContact, byDirector] = await Promise.all([
    phones.length || emails.length
      ? db.agency.findMany({
          where: {
            status: { in: SANCTIONED },
            OR: [
              ...(phones.length ? [{ phone: { in: phones } }] : []),
              ...(emails.length ? [{ email: { in: emails } }] : []),
            ],
          },
          select: { id: true },
          take: 500,
        })
      : [],
    ids.length || phones.length
      ? db.agencyDirector.findMany({
          where: {
            OR: [
              ...(ids.length ? [{ nationalId: { in: ids } }] : []),
              ...(phones.length ? [{ phone: { in: phones } }] : []),
            ],
          },
          select: { agencyId: true },
          take: 2000,
        })
      : [],
  ]);
  const candidates = [
    ...new Set([...byContact.map((a) => a.id), ...byDirector.map((d) => d.agencyId)]),
  ];
  if (!candidates.length) return out;
  const sanctioned = (
    await db.agency.findMany({
      where: { id: { in: candidates }, status: { in: SANCTIONED } },
      select: { id: true, ...marks },
    })
  ).map((s) => ({ id: s.id, ...marksOf(s) }));
  const shares = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
  for (const a of mine)
    if (
      sanctioned.some(
        (s) =>
          s.id !== a.id &&
          (shares(a.ids, s.ids) || shares(a.phones, s.phones) || shares(a.emails, s.emails)),
      )
    )
      out.add(a.id);
  return out;
}
