// The USSD menu for feature phones, as a pure function of the answers so far (Africa's Talking
// sends them `*`-joined in `text`). Replies start with "CON " (ask more) or "END " (finish) and
// never exceed 182 characters, the USSD limit.
import { translate, type Locale } from "~/i18n/messages";
import type { ApprovedTerms, ReportedTerms } from "~/domain/mission/terms-check.rules";
import { walkTerms } from "~/domain/mission/terms-questions";
import { nairobiToday } from "~/utils/validation";

export const USSD_MAX = 182;

export type UssdAgency = {
  name: string;
  licenceNo: string | null;
  status: "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED" | "PENDING";
  validUntil: Date | null;
  countries: string[];
};

export type UssdVerification = {
  kind: string;
  status: "VALID" | "EXPIRED" | "SUSPENDED" | "REVOKED" | "INVALID";
  name: string;
  ref: string | null;
};

/** A check-in answered by phone: counted with the worker's PIN, otherwise kept as unverified. */
export type UssdCheckIn =
  | { verified: true; next: Date; emergency: string | null }
  | {
      verified: false;
      reason: "NO_PIN" | "WRONG_PIN" | "LOCKED" | "SHARED_NUMBER";
      emergency: string | null;
    }
  | null;

/** Who is calling with this PIN for the terms questions, and her approved terms once it verifies. */
export type UssdTerms =
  | null
  | {
      verified: false;
      /** CLOSED: her PIN verified, but the mission no longer expects check-ins from her. */
      reason: "NO_PIN" | "WRONG_PIN" | "LOCKED" | "SHARED_NUMBER" | "CLOSED";
      emergency: string | null;
    }
  | { verified: true; registrationId: string; approved: ApprovedTerms; emergency: string | null };

export type UssdRecruiter =
  | { verdict: "INVALID" }
  | { verdict: "UNKNOWN" }
  | { verdict: "REPORTED"; reports: number; confirmed: boolean }
  | {
      verdict: "AGENCY";
      agency: { name: string; licenceNo: string | null; status: UssdAgency["status"] };
    };

export type UssdLookups = {
  /** At most `limit` agencies whose name or licence number matches. */
  findAgencies(query: string, limit: number): Promise<UssdAgency[]>;
  /** "rate-limited" once this phone has used up the verification limit every channel shares. */
  verify(code: string): Promise<UssdVerification | null | "rate-limited">;
  /** Answers the open check-in of the worker abroad whose phone this is; null when there is none. */
  checkIn(outcome: "OK" | "CONCERN", pin: string): Promise<UssdCheckIn>;
  /** What the register knows of a recruiter's number or page (issue 20 §1). */
  checkRecruiter(q: string): Promise<UssdRecruiter | "rate-limited">;
  /** The caller's approved terms, when her PIN verifies (issue 19 §1). */
  terms(pin: string): Promise<UssdTerms>;
  /** Records her answers; null when her registration no longer expects them. */
  reportTerms(
    registrationId: string,
    reported: ReportedTerms,
  ): Promise<{ caseReference: string | null; next: Date } | null>;
};

const T = {
  en: {
    menu: "1. Check agency by licence number\n2. Check agency by name\n3. Check a verification code\n4. Check in (workers abroad)\n5. Is my job as agreed? (abroad)\n6. Check a recruiter's number",
    askRecruiter: "Enter the recruiter's phone number, M-Pesa paybill or till, or page name:",
    recruiterAgency: "Belongs to a licensed agency:",
    recruiterConfirmed:
      "WARNING: NEA confirmed this is an unlicensed recruiter. Reported {n} times. Do NOT pay. Report: 0800 222 223.",
    recruiterReview:
      "WARNING: reported {n} times as an unlicensed recruiter; NEA is reviewing. Do NOT pay. Report: 0800 222 223.",
    recruiterUnknown:
      "Nothing is known about this number. Never pay anyone before NEA approves your contract.",
    recruiterInvalid: "Not a phone, M-Pesa number or page name. Please dial again.",
    checkInMenu: "Are you OK?\n1. I am OK\n2. I need help",
    askPin: "Enter your check-in PIN (set it on Kazi Salama, under Get help):",
    pinNotCounted: {
      NO_PIN: "Not counted: you have no check-in PIN yet. Set one on Kazi Salama, under Get help.",
      WRONG_PIN: "Not counted: the PIN is not right. The mission sees this attempt.",
      LOCKED: "Not counted: too many wrong PINs. Reset your PIN on Kazi Salama, under Get help.",
      SHARED_NUMBER:
        "Not counted: another worker gave this number too. Use your PIN, or call the mission.",
    },
    inDanger: "In danger? Call the mission:",
    tooMany: "Too many checks from this phone. Try again later.",
    checkInOk: "Thank you. The mission has your answer. Next check-in:",
    checkInHelp: "The mission has your answer and will call you. In danger? Call the mission now:",
    checkInNone:
      "No check-in is open for this phone number. Add your phone abroad on Kazi Salama. Help abroad, 24h: +254207876000",
    askLicence: "Enter the licence number (digits only is fine, e.g. 20260001):",
    askName: "Enter the first letters of the agency's name:",
    askCode: "Enter the 10-digit verification code:",
    choose: "Choose the agency:",
    notFound:
      "Not in the NEA register: this agency is NOT licensed. Do not pay. Report: 0800 222 223.",
    codeNotFound: "No document has this code. It may be forged. Report: 0800 222 223.",
    invalid: "Invalid choice. Please dial again.",
    tooShort: "Type at least 2 letters. Please dial again.",
    status: {
      ACTIVE: "LICENSED",
      SUSPENDED: "SUSPENDED - may not recruit",
      REVOKED: "REVOKED - may not recruit",
      EXPIRED: "EXPIRED - may not recruit",
      PENDING: "NOT LICENSED",
    },
    vstatus: {
      VALID: "VALID",
      EXPIRED: "EXPIRED",
      SUSPENDED: "SUSPENDED",
      REVOKED: "REVOKED",
      INVALID: "NOT VALID",
    },
    until: "until",
    countries: "For",
    neverPay: "Never pay recruitment fees.",
    licence: "Licence",
  },
  sw: {
    menu: "1. Wakala: nambari ya leseni\n2. Wakala: jina\n3. Msimbo wa uhakiki\n4. Jibu la hali (ng'ambo)\n5. Kazi kama ilivyokubaliwa? (ng'ambo)\n6. Simu, M-Pesa au ukurasa wa mwajiri",
    askRecruiter: "Andika nambari ya simu, paybill au till ya M-Pesa, au jina la ukurasa:",
    recruiterAgency: "Ni ya wakala mwenye leseni:",
    recruiterConfirmed:
      "TAHADHARI: NEA imethibitisha huyu ni mwajiri asiye na leseni. Ameripotiwa mara {n}. USILIPE. Ripoti: 0800 222 223.",
    recruiterReview:
      "TAHADHARI: ameripotiwa mara {n} kama mwajiri asiye na leseni; NEA inachunguza. USILIPE. Ripoti: 0800 222 223.",
    recruiterUnknown:
      "Hakuna kinachojulikana kuhusu nambari hii. Usimlipe mtu kabla NEA haijaidhinisha mkataba wako.",
    recruiterInvalid: "Si nambari ya simu, ya M-Pesa wala jina la ukurasa. Tafadhali piga tena.",
    checkInMenu: "Uko salama?\n1. Niko salama\n2. Nahitaji msaada",
    askPin: "Andika PIN yako ya kujibu hali (iweke kwenye Kazi Salama, sehemu ya Pata msaada):",
    pinNotCounted: {
      NO_PIN: "Halijahesabiwa: bado huna PIN. Iweke kwenye Kazi Salama, sehemu ya Pata msaada.",
      WRONG_PIN: "Halijahesabiwa: PIN si sahihi. Ubalozi unaona jaribio hili.",
      LOCKED:
        "Halijahesabiwa: PIN zisizo sahihi mara nyingi. Weka PIN mpya kwenye Kazi Salama, Pata msaada.",
      SHARED_NUMBER:
        "Halijahesabiwa: mfanyakazi mwingine pia ametoa nambari hii. Tumia PIN yako, au piga ubalozi.",
    },
    inDanger: "Uko hatarini? Piga ubalozi:",
    tooMany: "Maombi mengi mno kutoka simu hii. Jaribu baadaye.",
    checkInOk: "Asante. Ubalozi umepata jibu lako. Jibu linalofuata:",
    checkInHelp: "Ubalozi umepata jibu lako na utakupigia. Uko hatarini? Piga ubalozi sasa:",
    checkInNone:
      "Hakuna jibu la hali linalosubiriwa kwa nambari hii. Ongeza simu yako ya ng'ambo kwenye Kazi Salama. Msaada ng'ambo, saa 24: +254207876000",
    askLicence: "Andika nambari ya leseni (tarakimu pekee zinatosha, mf. 20260001):",
    askName: "Andika herufi za kwanza za jina la wakala:",
    askCode: "Andika msimbo wa uhakiki wa tarakimu 10:",
    choose: "Chagua wakala:",
    notFound:
      "Hayumo kwenye sajili ya NEA: wakala huyu HANA leseni. Usilipe. Ripoti: 0800 222 223.",
    codeNotFound: "Hakuna hati yenye msimbo huu. Huenda ni ya kughushi. Ripoti: 0800 222 223.",
    invalid: "Chaguo si sahihi. Tafadhali piga tena.",
    tooShort: "Andika angalau herufi 2. Tafadhali piga tena.",
    status: {
      ACTIVE: "ANA LESENI",
      SUSPENDED: "IMESIMAMISHWA - hawezi kuajiri",
      REVOKED: "IMEFUTWA - hawezi kuajiri",
      EXPIRED: "MUDA UMEKWISHA - hawezi kuajiri",
      PENDING: "HANA LESENI",
    },
    vstatus: {
      VALID: "HALALI",
      EXPIRED: "MUDA UMEKWISHA",
      SUSPENDED: "IMESIMAMISHWA",
      REVOKED: "IMEFUTWA",
      INVALID: "SI HALALI",
    },
    until: "hadi",
    countries: "Kwa",
    neverPay: "Usilipe ada ya kuajiriwa.",
    licence: "Leseni",
  },
} as const;

const con = (body: string) => fit(`CON ${body}`);
const end = (body: string) => fit(`END ${body}`);

/** Cuts to the USSD limit (a last resort: every message is written to fit). */
export function fit(reply: string): string {
  return reply.length <= USSD_MAX ? reply : `${reply.slice(0, USSD_MAX - 1)}…`;
}

/** The Nairobi calendar date (a check-in due at 00:00 EAT is 21:00 UTC the day before). */
function shortDate(d: Date) {
  return nairobiToday(d);
}

/** Agency answer: the facts line first, the name shortened if needed so the whole fits. */
export function agencyAnswer(a: UssdAgency, locale: Locale) {
  const t = T[locale];
  const status =
    t.status[a.status] +
    (a.status === "ACTIVE" && a.validUntil ? ` ${t.until} ${shortDate(a.validUntil)}` : "");
  const lines = [
    a.licenceNo ? `${t.licence} ${a.licenceNo}` : null,
    status,
    a.status === "ACTIVE" && a.countries.length ? `${t.countries}: ${a.countries.join(",")}` : null,
    t.neverPay,
  ].filter(Boolean);
  const rest = lines.join("\n");
  const room = USSD_MAX - "END ".length - rest.length - 1;
  const name = a.name.length > room ? `${a.name.slice(0, Math.max(room - 1, 8))}…` : a.name;
  return end(`${name}\n${rest}`);
}

function pickList(agencies: UssdAgency[], locale: Locale) {
  const header = T[locale].choose;
  const room = Math.floor((USSD_MAX - 4 - header.length - agencies.length * 4) / agencies.length);
  const items = agencies.map(
    (a, i) => `${i + 1}. ${a.name.length > room ? `${a.name.slice(0, room - 1)}…` : a.name}`,
  );
  return con(`${header}\n${items.join("\n")}`);
}

/** What a worker is told after a check-in by phone (USSD or SMS), in her language. */
export function checkInAnswer(r: UssdCheckIn, outcome: "OK" | "CONCERN", locale: Locale) {
  const t = T[locale];
  if (!r) return t.checkInNone;
  // Abroad, NEA's Kenyan toll-free line does not answer: the Diaspora Response Centre does.
  const call = r.emergency ?? "+254207876000";
  if (!r.verified) return `${t.pinNotCounted[r.reason]} ${t.inDanger} ${call}`;
  return outcome === "OK" ? `${t.checkInOk} ${shortDate(r.next)}` : `${t.checkInHelp} ${call}`;
}

/** What a worker is told when her answers by phone were recorded (issue 19 §1). */
export function termsAnswer(
  done: { caseReference: string | null; next: Date },
  emergency: string | null,
  locale: Locale,
) {
  return done.caseReference
    ? translate(locale, "phoneTerms.different", {
        reference: done.caseReference,
        phone: emergency ?? "+254207876000",
      })
    : translate(locale, "phoneTerms.asAgreed", { date: shortDate(done.next) });
}

/** The answer when her terms cannot be asked by phone: no registration, or her PIN did not verify. */
export function notCountedAnswer(r: UssdTerms, locale: Locale) {
  if (!r) return T[locale].checkInNone;
  if (r.verified) return "";
  return translate(locale, `phoneTerms.refused.${r.reason}`, {
    phone: r.emergency ?? "+254207876000",
  });
}

/** The answer to an SMS that is not a check-in: how to send one, in both languages. */
export const SMS_HELP =
  "Kazi Salama: reply OK and your PIN if you are safe, HELP and your PIN if you need help, JOB and your PIN if your job is not as agreed. / Jibu SAWA na PIN yako kama uko salama, MSAADA na PIN yako kama unahitaji msaada, KAZI na PIN yako kama kazi si kama ilivyokubaliwa.";

export async function ussdReply(text: string, lookups: UssdLookups): Promise<string> {
  const parts = text === "" ? [] : text.split("*").map((p) => p.trim());
  if (parts.length === 0) return con("Kazi Salama\n1. English\n2. Kiswahili");
  const locale: Locale | null = parts[0] === "1" ? "en" : parts[0] === "2" ? "sw" : null;
  if (!locale) return end(T.en.invalid);
  const t = T[locale];
  if (parts.length === 1) return con(t.menu);
  const [, choice, input, pick] = parts;
  if (choice === "4") {
    if (input === undefined) return con(t.checkInMenu);
    if (input !== "1" && input !== "2") return end(t.invalid);
    if (pick === undefined) return con(t.askPin);
    const outcome = input === "1" ? "OK" : "CONCERN";
    return end(checkInAnswer(await lookups.checkIn(outcome, pick), outcome, locale));
  }
  if (choice === "5") {
    // Language, 5, her PIN, then one answer a screen (terms-questions.ts).
    if (input === undefined) return con(t.askPin);
    const who = await lookups.terms(input);
    if (!who?.verified) return end(notCountedAnswer(who, locale));
    const answers = parts.slice(3);
    const walk = walkTerms(answers, who.approved, locale);
    if (walk.kind === "ask") return con(walk.text);
    if (walk.kind === "invalid")
      return con(`${translate(locale, "phoneTerms.notUnderstood")}\n${walk.text}`);
    if (walk.used !== answers.length) return end(t.invalid);
    const done = await lookups.reportTerms(who.registrationId, walk.reported);
    return end(done ? termsAnswer(done, who.emergency, locale) : t.checkInNone);
  }
  if (choice === "6") {
    if (input === undefined) return con(t.askRecruiter);
    const r = await lookups.checkRecruiter(input);
    if (r === "rate-limited") return end(t.tooMany);
    if (r.verdict === "INVALID") return end(t.recruiterInvalid);
    if (r.verdict === "UNKNOWN") return end(t.recruiterUnknown);
    if (r.verdict === "REPORTED")
      return end(
        (r.confirmed ? t.recruiterConfirmed : t.recruiterReview).replace("{n}", String(r.reports)),
      );
    const a = r.agency;
    return end(
      `${t.recruiterAgency}\n${a.name.slice(0, 70)}\n${a.licenceNo ? `${t.licence} ${a.licenceNo}\n` : ""}${t.status[a.status]}\n${t.neverPay}`,
    );
  }
  if (choice !== "1" && choice !== "2" && choice !== "3") return end(t.invalid);
  if (input === undefined)
    return con(choice === "1" ? t.askLicence : choice === "2" ? t.askName : t.askCode);
  if (choice === "3") {
    const v = await lookups.verify(input);
    if (v === "rate-limited") return end(t.tooMany);
    if (!v) return end(t.codeNotFound);
    return end(`${v.name}${v.ref ? `\n${v.ref}` : ""}\n${t.vstatus[v.status]}`);
  }
  if (input.replace(/[^\p{L}\p{N}]/gu, "").length < 2) return end(t.tooShort);
  const found = await lookups.findAgencies(input, 5);
  if (found.length === 0) return end(t.notFound);
  if (pick === undefined)
    return found.length === 1 ? agencyAnswer(found[0]!, locale) : pickList(found, locale);
  const chosen = found[Number(pick) - 1];
  return chosen && /^\d$/.test(pick) ? agencyAnswer(chosen, locale) : end(t.invalid);
}
