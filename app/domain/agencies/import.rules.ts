// Pure rules of the agency-list import: read the CSV, check each row, say what would change.
// Problems carry message keys (English and Kiswahili in the catalogue) and name line and column.
import { parse } from "csv-parse/sync";
import { isIsoDate } from "~/utils/validation";
import { normalizeEmail, normalizeLicenceNo, normalizePhone, searchKey } from "./normalize";

import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, REQUIRED_COLUMNS } from "./import.columns";

export { IMPORT_COLUMNS };

export type ImportRow = {
  line: number;
  licenceNo: string;
  name: string;
  status: "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED";
  countyCode: number;
  town: string | null;
  address: string | null;
  phone: string | null;
  email: string | null;
  validFrom: Date;
  validUntil: Date;
  countries: string[];
};

/** A problem on one line; `key` is a message-catalogue key (import.row.*), `vars` fill it in. */
export type RowError = { line: number; field: string; key: string; vars?: Record<string, string> };

const STATUSES = new Set(["ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED"]);

function date(v: string): Date | null {
  return isIsoDate(v) ? new Date(`${v}T00:00:00Z`) : null;
}

/** Reads and checks a CSV (header row first); returns the valid rows and every problem found. */
export function checkImport(
  text: string,
  ref: { counties: { code: number; name: string }[]; countries: string[] },
): { rows: ImportRow[]; errors: RowError[]; total: number } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (e) {
    return {
      rows: [],
      errors: [
        {
          line: 0,
          field: "file",
          key: "import.row.unreadable",
          vars: { detail: (e as Error).message.slice(0, 200) },
        },
      ],
      total: 0,
    };
  }
  const [header, ...body] = records;
  if (!header)
    return { rows: [], errors: [{ line: 0, field: "file", key: "import.row.empty" }], total: 0 };
  const cols = header.map((h) => h.toLowerCase().replace(/\s+/g, "_"));
  const missing = REQUIRED_COLUMNS.filter((c) => !cols.includes(c));
  if (missing.length)
    return {
      rows: [],
      errors: [
        {
          line: 1,
          field: "header",
          key: "import.row.columns",
          vars: { missing: missing.join(", "), expected: IMPORT_COLUMNS.join(", ") },
        },
      ],
      total: body.length,
    };
  if (body.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      errors: [
        {
          line: 0,
          field: "file",
          key: "import.row.tooMany",
          vars: { max: String(MAX_IMPORT_ROWS) },
        },
      ],
      total: body.length,
    };

  const countyByKey = new Map<string, number>();
  for (const c of ref.counties) {
    countyByKey.set(String(c.code), c.code);
    countyByKey.set(searchKey(c.name), c.code);
  }
  const countrySet = new Set(ref.countries);
  const seen = new Map<string, number>();
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];

  body.forEach((record, i) => {
    const line = i + 2;
    const get = (c: (typeof IMPORT_COLUMNS)[number]) => {
      const idx = cols.indexOf(c);
      return idx >= 0 ? (record[idx] ?? "").trim() : "";
    };
    const bad = (field: string, key: string, vars?: Record<string, string>) =>
      errors.push({ line, field, key, ...(vars ? { vars } : {}) });
    const before = errors.length;

    const licenceNo = normalizeLicenceNo(get("licence_no"));
    if (!/^[A-Z0-9][A-Z0-9/-]{2,39}$/.test(licenceNo)) bad("licence_no", "import.row.licenceNo");
    else if (seen.has(licenceNo))
      bad("licence_no", "import.row.duplicate", { line: String(seen.get(licenceNo)) });
    else seen.set(licenceNo, line);
    const name = get("name");
    if (name.length < 2 || name.length > 200) bad("name", "import.row.name");
    const status = get("status").toUpperCase();
    if (!STATUSES.has(status)) bad("status", "import.row.status");
    const countyCode = countyByKey.get(searchKey(get("county")));
    if (!countyCode) bad("county", "import.row.county", { value: get("county").slice(0, 40) });
    const validFrom = date(get("valid_from"));
    const validUntil = date(get("valid_until"));
    if (!validFrom) bad("valid_from", "import.row.date");
    if (!validUntil) bad("valid_until", "import.row.date");
    if (validFrom && validUntil && validUntil <= validFrom)
      bad("valid_until", "import.row.dateOrder");
    const phoneRaw = get("phone");
    const phone = phoneRaw ? normalizePhone(phoneRaw) : null;
    if (phoneRaw && !phone) bad("phone", "import.row.phone");
    const email = normalizeEmail(get("email"));
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) bad("email", "import.row.email");
    const countries = get("countries")
      .split(/[;|\s]+/)
      .map((c) => c.toUpperCase())
      .filter(Boolean);
    const unknown = countries.filter((c) => !countrySet.has(c));
    if (unknown.length) bad("countries", "import.row.countries", { codes: unknown.join(", ") });

    if (errors.length === before) {
      rows.push({
        line,
        licenceNo,
        name,
        status: status as ImportRow["status"],
        countyCode: countyCode!,
        town: get("town") || null,
        address: get("address") || null,
        phone,
        email,
        validFrom: validFrom!,
        validUntil: validUntil!,
        countries: [...new Set(countries)].sort(),
      });
    }
  });
  return { rows, errors, total: body.length };
}

/** The stored fields a row sets; equal means re-importing it changes nothing. */
export function rowFields(r: ImportRow) {
  return {
    name: r.name,
    status: r.status,
    countyCode: r.countyCode,
    town: r.town,
    address: r.address,
    phone: r.phone,
    email: r.email,
    validFrom: r.validFrom.toISOString(),
    validUntil: r.validUntil.toISOString(),
    countries: r.countries.join(","),
  };
}
