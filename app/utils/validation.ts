// Small checks shared by every area, so malformed input is refused the same way everywhere
// (and never reaches PostgreSQL, where it would be a 500).
import { z } from "zod";
import "./zod-messages";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(v: unknown): v is string {
  return typeof v === "string" && UUID.test(v);
}

/** A calendar date as YYYY-MM-DD that really exists (no 2026-02-30). */
export function isIsoDate(v: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

export const isoDate = (message = "licence.error.date") =>
  z.string({ error: message }).refine(isIsoDate, message);

export type FieldErrors = Record<string, string[]>;

/** zod issues as errors keyed by field name, as the form names them (`lessons[0].titleSw`). */
export function fieldErrorsOf(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) {
    const key = i.path.reduce<string>(
      (k, p) => (typeof p === "number" ? `${k}[${p}]` : k ? `${k}.${String(p)}` : String(p)),
      "",
    );
    (out[key || "form"] ??= []).push(i.message);
  }
  return out;
}

/** Today's date in Nairobi as YYYY-MM-DD (the day a person in Kenya sees on the calendar). */
export function nairobiToday(now = new Date()) {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Nairobi" }).format(now);
}

/**
 * The instant a Nairobi calendar day (YYYY-MM-DD) begins: 00:00 EAT, 21:00 UTC the day before. A
 * day someone picks ("arrived on") stored as this is never later than now when the day is today;
 * stored as UTC midnight it would be three hours in the future until 03:00 in Nairobi.
 */
export function startOfNairobiDay(day: string) {
  return new Date(`${day}T00:00:00+03:00`);
}

/** The year in Nairobi (references numbered by year start on 1 January in Kenya). */
export function nairobiYear(now = new Date()) {
  return Number(nairobiToday(now).slice(0, 4));
}

/** Today's date in Nairobi moved by `days` and `months` (negative: earlier), as YYYY-MM-DD. */
export function nairobiDay(offset: { days?: number; months?: number }, now = new Date()) {
  const d = new Date(`${nairobiToday(now)}T00:00:00Z`);
  if (offset.months) d.setUTCMonth(d.getUTCMonth() + offset.months);
  if (offset.days) d.setUTCDate(d.getUTCDate() + offset.days);
  return d.toISOString().slice(0, 10);
}

/**
 * A real date from `back` before today to today, both as Kenya's calendar shows them: at 00:30 in
 * Nairobi (21:30 UTC the day before) today's date is today, not "in the future".
 */
export function isRecentDay(v: string, back: { days?: number; months?: number }, now = new Date()) {
  const earliest = nairobiDay({ days: -(back.days ?? 0), months: -(back.months ?? 0) }, now);
  return isIsoDate(v) && v <= nairobiToday(now) && v >= earliest;
}

/** A date of birth: a real date from 1900-01-01 to today in Nairobi (never 9999-12-31). */
export function isBirthDate(v: string, now = new Date()) {
  return isIsoDate(v) && v >= "1900-01-01" && v <= nairobiToday(now);
}

/**
 * A date typed day first, as people in Kenya write it and as IDs and passports print it
 * ("27/03/1996", also with - . or spaces, one-digit day or month), as ISO; anything else (an ISO
 * date from the API or a test) is passed on unchanged for the ISO check.
 */
export function dayFirstToIso(v: string): string {
  const t = v.trim();
  const m = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : t;
}

/** An ISO date written day first for a form's value: "1996-03-27" → "27/03/1996". */
export function isoToDayFirst(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? "");
}

/** A date of birth, typed day first or as ISO; ISO out. */
export const birthDate = (message: string) =>
  z
    .string({ error: message })
    .transform(dayFirstToIso)
    .refine((v) => isBirthDate(v), message);

/** A document's date (a passport's expiry), typed day first or as ISO, in a plausible range. */
export const documentDate = (message: string) =>
  z
    .string({ error: message })
    .transform(dayFirstToIso)
    .refine((v) => isIsoDate(v) && v >= "1900-01-01" && v <= "2100-12-31", message);

/** Text to match literally inside a LIKE/ILIKE pattern (its wildcards and escape character escaped). */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
