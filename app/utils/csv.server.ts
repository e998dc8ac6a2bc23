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
