// When typed details name the same person as a worker record found by national ID: the same surname
// (ignoring case, accents and spacing) and the same date of birth. A record without a date of birth
// matches nothing: it cannot be confirmed. Pure: used by the agency starting a contract and by a
// worker claiming a record.
import { searchKey } from "~/domain/agencies/normalize";

export function sameIdentity(
  record: { lastName: string; dateOfBirth: Date | null },
  typed: { lastName: string; dateOfBirth?: string }, // YYYY-MM-DD
): boolean {
  if (!record.dateOfBirth || !typed.dateOfBirth) return false;
  return (
    searchKey(record.lastName) === searchKey(typed.lastName) &&
    record.dateOfBirth.toISOString().slice(0, 10) === typed.dateOfBirth
  );
}
