// The terms questions by USSD and SMS (issue 19 §1): a worker abroad without a smartphone answers
// "is your job what was agreed?" with her check-in PIN. The questions are terms-questions.ts (pure);
// what her answers do is the web form's (recordTerms): the check-in answered, and a difference opens
// the substitution case, flags the contract and tells the agency.
import { db, transaction, type Tx } from "~/utils/db.server";
import { once } from "~/utils/idempotency.server";
import type { Locale } from "~/i18n/messages";
import { expectsCheckIns } from "./checkin.rules";
import { emergencyOf, identifyCaller, pinKey } from "./phone-caller.server";
import {
  approvedOf,
  localeOf,
  recordTerms,
  registrationSelect,
  type Registration,
} from "./terms-check.server";
import type { ApprovedTerms, ReportedTerms, TermsDifference } from "./terms-check.rules";

export type PhoneTerms =
  /** No registration abroad gave this number. */
  | null
  | {
      verified: false;
      reason: "NO_PIN" | "WRONG_PIN" | "LOCKED" | "SHARED_NUMBER" | "CLOSED";
      emergency: string | null;
    }
  | {
      verified: true;
      registrationId: string;
      approved: ApprovedTerms;
      locale: Locale;
      emergency: string | null;
    };

/** Her registration, if she may still answer (arrived, and the mission still expects check-ins). */
export async function openRegistration(client: Tx | typeof db, registrationId: string) {
  const r = await client.missionRegistration.findUnique({
    where: { id: registrationId },
    select: registrationSelect,
  });
  return r && r.arrivedAt && expectsCheckIns(r.status) ? r : null;
}

/** Who is calling with this PIN, and the terms NEA approved for her (the questions show them). */
export async function phoneTermsFor(digits: string, pin: string): Promise<PhoneTerms> {
  const caller = await identifyCaller(digits, pin);
  if (!caller) return null;
  if (!caller.verified) {
    const first = caller.candidates[0]!;
    return {
      verified: false,
      reason: caller.candidates.length > 1 ? "SHARED_NUMBER" : caller.reasons.get(first.id)!,
      emergency: emergencyOf(first),
    };
  }
  const reg = caller.verified;
  await db.rateLimitBucket.deleteMany({ where: { key: pinKey(digits, reg.worker.id) } });
  const r = await openRegistration(db, reg.id);
  if (!r) return { verified: false, reason: "CLOSED", emergency: emergencyOf(reg) };
  return {
    verified: true,
    registrationId: r.id,
    approved: approvedOf(r),
    locale: localeOf(r),
    emergency: emergencyOf(reg),
  };
}

export type PhoneTermsResult = {
  differences: TermsDifference[];
  caseReference: string | null;
  next: Date;
};

/**
 * Records her answers by phone, once per `key` (the USSD session, the SMS conversation): a gateway
 * that repeats the last step gets the first answer, and her next check-in is not skipped.
 */
export async function recordTermsByPhone(
  tx: Tx,
  r: Registration,
  reported: ReportedTerms,
  channel: "USSD" | "SMS",
  key: string,
): Promise<PhoneTermsResult> {
  const done = await once(
    tx,
    { key, actorId: null, action: `mission.terms:${r.id}` },
    () => recordTerms(tx, null, r, reported, undefined, channel),
    (x) => JSON.stringify(x),
  );
  if (!done.repeated) return done.result;
  const x = JSON.parse(done.resultRef!) as PhoneTermsResult & { next: string };
  return { ...x, next: new Date(x.next) };
}

/** The USSD path: her PIN verified on this screen; recorded in its own transaction. */
export async function reportTermsByUssd(
  registrationId: string,
  reported: ReportedTerms,
  sessionId: string,
): Promise<PhoneTermsResult | null> {
  return transaction(async (tx) => {
    const r = await openRegistration(tx, registrationId);
    if (!r) return null;
    return recordTermsByPhone(tx, r, reported, "USSD", `ussd:${sessionId}`);
  });
}
