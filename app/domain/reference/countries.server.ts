// Country names by code, in English and Kiswahili, from the reference data (the Country table). It
// changes only with a migration or the seed, so each server keeps it for a few minutes. Every page's
// layout reads it: while the database is unreachable the last names read are kept (or none, and the
// codes show), so the names never turn a page that could be served into an error.
import { db } from "~/utils/db.server";

export type CountryNames = Record<string, { en: string; sw: string }>;

const TTL_MS = 5 * 60_000;
let cached: { at: number; names: CountryNames } | null = null;
let reading: Promise<CountryNames> | null = null;

export async function countryNames(): Promise<CountryNames> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.names;
  reading ??= db.country
    .findMany({ select: { code: true, nameEn: true, nameSw: true } })
    .then((rows) => {
      const names = Object.fromEntries(rows.map((r) => [r.code, { en: r.nameEn, sw: r.nameSw }]));
      cached = { at: Date.now(), names };
      return names;
    })
    .catch(() => cached?.names ?? {})
    .finally(() => (reading = null));
  return reading;
}
