// Pure normalisers for search and for matching people and contacts across agencies.

/** Lower case, accents and punctuation removed, single spaces: "Société  Émirats-Kenya" → "societe emirats kenya". */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "") // Murang'a and Muranga are the same word
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * What the trigram index searches: the name, the licence number as words, and the licence number
 * run together, so "NEA/PEA/2026/0001", "nea pea 2026" and, on a phone keypad, "20260001" all match.
 */
export function agencySearchName(name: string, licenceNo: string | null | undefined): string {
  const compact = (licenceNo ?? "").toLowerCase().replace(/[^a-z0-9]/g, "");
  return [searchKey(`${name} ${licenceNo ?? ""}`), compact].filter(Boolean).join(" ");
}

/** Kenyan and international numbers as digits with the country code: "0712 345 678" → "254712345678". */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let d = raw.replace(/[^\d+]/g, "");
  if (d.startsWith("+")) d = d.slice(1);
  else if (d.startsWith("00")) d = d.slice(2);
  else if (/^0[17]\d{8}$/.test(d)) d = `254${d.slice(1)}`;
  else if (/^[17]\d{8}$/.test(d)) d = `254${d}`;
  d = d.replace(/\D/g, "");
  return d.length >= 9 && d.length <= 15 ? d : null;
}

export function normalizeEmail(raw: string | null | undefined): string | null {
  const v = raw?.trim().toLowerCase();
  return v ? v : null;
}

/** Licence numbers are compared upper-cased with single spaces around nothing: " nea/pea/2026/0001 " → "NEA/PEA/2026/0001". */
export function normalizeLicenceNo(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, "");
}

/** Kenyan national ID numbers are 7–9 digits; we keep digits only for matching. */
export function normalizeNationalId(raw: string): string {
  return raw.replace(/\D/g, "");
}
