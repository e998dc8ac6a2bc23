// Agencies whose registered name is close to what a person typed ("Jamii Bora", "Sahra"): offered
// to pick from on /report and as "did you mean" when a search finds nothing. Never a guess made
// for her: a report about the wrong agency harms it.
import type { AgencyStatus } from "~/generated/prisma/enums";
import { db } from "~/utils/db.server";
import { searchKey } from "./normalize";

const WORD_THRESHOLD = 0.5;
const GENERIC_WORDS = new Set(
  "agency agencies agent agents ltd limited co company recruitment recruiters recruiting employment manpower services international the and of wakala kampuni ajira".split(
    " ",
  ),
);

/** Up to five registered agencies (never pending) whose name contains or resembles `text`. */
export async function closeAgencyMatches(text: string) {
  // Words every agency's name has ("agency", "ltd", "wakala") say nothing about which one she
  // means: "sahra agency" must not be offered "Kilele Careers Agency".
  const key = searchKey(text)
    .split(" ")
    .filter((w) => !GENERIC_WORDS.has(w))
    .join(" ");
  // A licence number is matched exactly or not at all: a made-up number must read "not in the
  // register", not "did you mean" a real agency's number.
  if (key.length < 3 || /\d/.test(key)) return [];
  // pg_trgm's default word-similarity threshold (0.6) misses a one-word name misspelt as it is
  // heard ("sahra" scores about 0.57 against "sahara"). A lower threshold, for this query's
  // transaction only, still lets the trigram index answer `<%`.
  const [, rows] = await db.$transaction([
    db.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_THRESHOLD)}, true)`,
    db.$queryRaw<{ id: string; name: string; licenceNo: string | null; status: AgencyStatus }[]>`
    SELECT id, name, "licenceNo", status::text AS status
    FROM "Agency"
    WHERE status <> 'PENDING'
      AND ("searchName" LIKE '%' || ${key} || '%' OR ${key} <% "searchName")
    ORDER BY word_similarity(${key}, "searchName") DESC, "searchName", id
    LIMIT 5`,
  ]);
  return rows;
}
