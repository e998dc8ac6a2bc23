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

/** A date of birth: a real date from 1900-01-01 to today in Nairobi (never 9999-12-31). */
export function isBirthDate(v: string, now = new Date()) {
  return isIsoDate(v) && v >= "1900-01-01" && v <= nairobiToday(now);
}

export const birthDate = (message: string) =>
  z.string({ error: message }).refine((v) => isBirthDate(v), message);
