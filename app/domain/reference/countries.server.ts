// Country names by code, in English and Kiswahili, from the reference data (the Country table). It
// changes only with a migration or the seed, so each server keeps it for a few minutes.
import { db } from "~/utils/db.server";

export type CountryNames = Record<string, { en: string; sw: string }>;

const TTL_MS = 5 * 60_000;
let cached: { at: number; names: Promise<CountryNames> } | null = null;

export function countryNames(): Promise<CountryNames> {
  if (cached && Date.now() - cached.at < TTL_MS) return cached.names;
  const names = db.country
    .findMany({ select: { code: true, nameEn: true, nameSw: true } })
    .then((rows) => Object.fromEntries(rows.map((r) => [r.code, { en: r.nameEn, sw: r.nameSw }])));
  cached = { at: Date.now(), names };
  names.catch(() => (cached = null));
  return names;
}
