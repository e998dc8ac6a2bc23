// CSV for downloads that open in a spreadsheet: csv-stringify quotes what needs quoting and defuses
// formulas (a cell starting with = + - @, a tab or a carriage return, or their full-width forms, gets
// a leading quote), so a name typed by an agency cannot run in an official's spreadsheet.
import { stringify } from "csv-stringify/sync";

/** Rows as CSV text, CRLF line ends (what spreadsheets expect), formulas defused. */
export function csvLines(rows: string[][]): string {
  return stringify(rows, {
    escape_formulas: true,
    record_delimiter: "windows",
    quoted_match: /[\r\n]/, // a lone CR or LF inside a cell, too
  });
}

/** A moment as a Nairobi wall-clock time, "2026-04-30 23:59" (the header says which zone). */
export function csvTime(d: Date | null | undefined): string {
  if (!d) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: "Africa/Nairobi",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
