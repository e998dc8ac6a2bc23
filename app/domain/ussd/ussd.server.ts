import { searchAgencies } from "~/domain/agencies/agencies.server";
import { verifyCodeLimited } from "~/domain/verify/verify.server";
import { callerAllowed, callerNumber } from "./caller.server";
import { checkInByPhone } from "~/domain/mission/checkins.server";
import { ussdReply, type UssdLookups } from "./ussd";
import { phoneTermsFor, reportTermsByUssd } from "~/domain/mission/terms-by-phone.server";
import { checkRecruiterLimited } from "~/domain/recruiters/recruiters.server";

const lookups: Omit<
  UssdLookups,
  "checkIn" | "verify" | "terms" | "reportTerms" | "checkRecruiter"
> = {
  async findAgencies(query, limit) {
    const { items } = await searchAgencies({ q: query, take: limit });
    return items.map((a) => ({
      name: a.name,
      licenceNo: a.licenceNo,
      status: a.status,
      validUntil: a.validUntil,
      countries: a.countries,
    }));
  },
};

/** What a verification code proves, as USSD shows it; the limit is the one every channel shares. */
async function verifyByPhone(code: string, phoneNumber: string): ReturnType<UssdLookups["verify"]> {
  const r = await verifyCodeLimited(code, `ussd:${phoneNumber}`);
  if (r === "rate-limited") return r;
  if (!r) return null;
  if (r.kind === "LICENCE")
    return { kind: r.kind, status: r.status, name: r.subject.name, ref: r.subject.licenceNo };
  if (r.kind === "JOB_ORDER")
    return {
      kind: r.kind,
      status: r.status,
      name: `${r.subject.title}, ${r.subject.country}`,
      ref: r.subject.agency.name,
    };
  if (r.kind === "TRAINING_CERTIFICATE")
    return {
      kind: r.kind,
      status: r.status,
      name: `${r.subject.workerInitials} ${r.subject.country}`,
      ref: `→ ${r.subject.expiresAt.slice(0, 10)}`,
    };
  if (r.kind === "DEPARTURE_CLEARANCE")
    return {
      kind: r.kind,
      status: r.status,
      name: `${r.subject.workerInitials} ${r.subject.country}${r.subject.passportTail ? ` …${r.subject.passportTail}` : ""}`,
      ref: r.subject.agency.name,
    };
  return {
    kind: r.kind,
    status: r.status,
    name: `${r.subject.reference} (${r.subject.jobTitle}, ${r.subject.country})`,
    ref: r.subject.agency.name,
  };
}

/**
 * One USSD callback from the authenticated gateway (routes/ussd.tsx): the phone number is the
 * network's, so limits keyed on it hold. Each phone gets a generous but finite number of steps per hour.
 */
export async function handleUssd(input: { sessionId: string; phoneNumber: string; text: string }) {
  const number = callerNumber(input.phoneNumber);
  if (!number || !(await callerAllowed("USSD", number)))
    return "END Too many requests. Try again later. / Maombi mengi mno. Jaribu baadaye.";
  return ussdReply(input.text, {
    ...lookups,
    verify: (code) => verifyByPhone(code, number),
    checkIn: (outcome, pin) => checkInByPhone(number, outcome, pin),
    terms: (pin) => phoneTermsFor(number, pin),
    // The limit every channel shares, keyed on the network's number.
    checkRecruiter: (q) => checkRecruiterLimited(q, `ussd:${number}`),
    // The session's answers are recorded once, however often the gateway sends its last step.
    reportTerms: (registrationId, reported) =>
      reportTermsByUssd(registrationId, reported, input.sessionId),
  });
}
