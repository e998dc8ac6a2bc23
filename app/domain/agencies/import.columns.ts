// The agency-list CSV format (kept apart from the parser so the upload page can show it).
export const IMPORT_COLUMNS = [
  "licence_no",
  "name",
  "status",
  "county",
  "town",
  "address",
  "phone",
  "email",
  "valid_from",
  "valid_until",
  "countries",
] as const;
export const REQUIRED_COLUMNS = [
  "licence_no",
  "name",
  "status",
  "county",
  "valid_from",
  "valid_until",
] as const;
export const MAX_IMPORT_ROWS = 20_000;
