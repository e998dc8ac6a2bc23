// "Linked to a revoked or suspended agency" for a whole page of search results at once: a phoenix
// that comes back under a new name must carry its warning in the list, not only on its own page
// (issue 17). The same links as findLinkedSanctioned (a director's national ID or phone, the
// agency's phone or email), found in one statement per page whatever its length, through the same
// indexes.
import { readDb } from "~/utils/db.server";
import { isUuid } from "~/utils/validation";

/** Which of these agencies share a director, phone or email with a revoked or suspended agency. */
export async function linkedToSanctioned(agencyIds: string[]): Promise<Set<string>> {
  const ids = agencyIds.filter(isUuid);
  if (!ids.length) return new Set();
  // One statement for the page (four round trips before, issue 18): the page's marks (each
  // agency's phone and email, each director's ID and phone), then for each mark whether a
  // sanctioned agency other than its own carries it. Each EXISTS looks one table up by its
  // indexed columns (a bitmap OR of two index scans), never an OR across tables.
  const rows = await readDb().$queryRaw<{ id: string }[]>`
    WITH page AS (
      SELECT id FROM "Agency"
       WHERE id = ANY(${ids}::uuid[]) AND status::text NOT IN ('REVOKED', 'SUSPENDED')
    ), mark AS (
      SELECT a.id, a.phone, a.email, NULL::text AS "nationalId"
        FROM "Agency" a JOIN page ON page.id = a.id
      UNION ALL
      SELECT d."agencyId", d.phone, NULL, d."nationalId"
        FROM "AgencyDirector" d JOIN page ON page.id = d."agencyId"
    )
    SELECT DISTINCT m.id FROM mark m
     WHERE EXISTS (SELECT 1 FROM "Agency" s
                    WHERE (s.phone = m.phone OR s.email = m.email) AND s.id <> m.id
                      AND s.status::text IN ('REVOKED', 'SUSPENDED'))
        OR EXISTS (SELECT 1 FROM "AgencyDirector" d JOIN "Agency" s ON s.id = d."agencyId"
                    WHERE (d."nationalId" = m."nationalId" OR d.phone = m.phone) AND s.id <> m.id
                      AND s.status::text IN ('REVOKED', 'SUSPENDED'))`;
  return new Set(rows.map((r) => r.id));
}
