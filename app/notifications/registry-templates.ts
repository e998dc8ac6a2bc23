import type { Locale } from "~/i18n/messages";

// Emails of the agency registry: complaints and licensing decisions, in English and Kiswahili.
type Rendered = { subject: string; text: string };

/** Contract statuses in words, for emails. */
const CONTRACT_STATUS: Record<string, { en: string; sw: string }> = {
  DRAFT: { en: "draft", sw: "rasimu" },
  SUBMITTED: { en: "submitted to NEA", sw: "umewasilishwa kwa NEA" },
  UNDER_REVIEW: { en: "under review", sw: "unakaguliwa" },
  CHANGES_REQUESTED: { en: "changes requested", sw: "mabadiliko yameombwa" },
  RECOMMENDED: { en: "recommended for approval", sw: "umependekezwa kuidhinishwa" },
  RECOMMENDED_REJECTION: { en: "recommended for rejection", sw: "umependekezwa kukataliwa" },
  APPROVED: { en: "approved", sw: "umeidhinishwa" },
  REJECTED: { en: "rejected", sw: "umekataliwa" },
  SIGNED: { en: "accepted by the worker", sw: "umekubaliwa na mfanyakazi" },
  WITHDRAWN: { en: "withdrawn", sw: "umeondolewa" },
};
export const statusWord = (status: string, locale: Locale) =>
  CONTRACT_STATUS[status]?.[locale] ?? status;

/** Licence decisions in words. */
const LICENCE_DECISION = {
  GRANTED: { en: "licence granted", sw: "leseni imetolewa" },
  RENEWED: { en: "licence renewed", sw: "leseni imehuishwa" },
  REFUSED: { en: "application refused", sw: "ombi limekataliwa" },
  SUSPENDED: { en: "licence suspended", sw: "leseni imesimamishwa" },
  REINSTATED: { en: "licence reinstated", sw: "leseni imerejeshwa" },
  REVOKED: { en: "licence revoked", sw: "leseni imefutwa" },
  EXPIRED: { en: "licence expired", sw: "muda wa leseni umekwisha" },
} as const;
export type LicenceDecision = keyof typeof LICENCE_DECISION;

const EXPIRY_REASON = {
  en: "Its validity ended without renewal. Apply for renewal to recruit again.",
  sw: "Muda wake umekwisha bila kuhuishwa. Omba kuhuisha ili kuajiri tena.",
};

const sign = {
  en: "Kazi Salama — National Employment Authority",
  sw: "Kazi Salama — Mamlaka ya Kitaifa ya Ajira",
};

export const registryTemplates = {
  complaintReceived: (locale: Locale, d: { reference: string }): Rendered =>
    locale === "sw"
      ? {
          subject: `Tumepokea ripoti yako ${d.reference}`,
          text: `Asante kwa ripoti yako. Nambari yake ni ${d.reference}. NEA itaichunguza na kukujulisha matokeo.\n\nUkiwa hatarini sasa, piga polisi: 999 au 112 nchini Kenya; ng'ambo, nambari ya dharura ya nchi hiyo, na Kituo cha Kushughulikia Wakenya wa Ughaibuni, +254 207 876 000 (saa 24). Ukiwa Kenya, NEA: 0800 222 223 (bure).\n\n${sign.sw}`,
        }
      : {
          subject: `We received your report ${d.reference}`,
          text: `Thank you for your report. Its reference is ${d.reference}. NEA will look into it and tell you the outcome.\n\nIf you are in danger now, call the police: 999 or 112 in Kenya; abroad, the local emergency number, and the Diaspora Response Centre, +254 207 876 000 (24 hours). In Kenya, NEA: 0800 222 223 (free).\n\n${sign.en}`,
        },
  complaintOutcome: (
    locale: Locale,
    d: { reference: string; upheld: boolean; note: string },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Matokeo ya ripoti yako ${d.reference}`,
          text: `NEA imemaliza kuchunguza ripoti yako ${d.reference}.\n\nMatokeo: ${d.upheld ? "imethibitishwa" : "haikuthibitishwa"}.\n\n${d.note}\n\n${sign.sw}`,
        }
      : {
          subject: `Outcome of your report ${d.reference}`,
          text: `NEA has finished looking into your report ${d.reference}.\n\nOutcome: ${d.upheld ? "upheld" : "not upheld"}.\n\n${d.note}\n\n${sign.en}`,
        },
  complaintUpheldAgency: (
    locale: Locale,
    d: { agency: string; reference: string; note: string },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Lalamiko dhidi ya ${d.agency} limethibitishwa`,
          text: `Lalamiko ${d.reference} dhidi ya ${d.agency} limethibitishwa na NEA na linaonekana kwenye ukurasa wa umma wa wakala.\n\n${d.note}\n\n${sign.sw}`,
        }
      : {
          subject: `A complaint against ${d.agency} was upheld`,
          text: `Complaint ${d.reference} against ${d.agency} was upheld by NEA and now counts on the agency's public page.\n\n${d.note}\n\n${sign.en}`,
        },
  licenceDecision: (
    locale: Locale,
    d: {
      agency: string;
      decision: LicenceDecision;
      reason: string | null;
      licenceNo?: string | null;
      validUntil?: string | null;
      link: string;
    },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Uamuzi wa leseni: ${LICENCE_DECISION[d.decision].sw} — ${d.agency}`,
          text: `Uamuzi wa NEA kuhusu ${d.agency}: ${LICENCE_DECISION[d.decision].sw}.\n\nSababu: ${d.reason ?? EXPIRY_REASON.sw}\n${d.licenceNo ? `Nambari ya leseni: ${d.licenceNo}\n` : ""}${d.validUntil ? `Halali hadi: ${d.validUntil}\n` : ""}\nMaelezo: ${d.link}\n\nUna haki ya kukata rufaa kwa Mahakama ya Ajira na Mahusiano ya Kazi (LIA s. 56(8)).\n\n${sign.sw}`,
        }
      : {
          subject: `Licence decision: ${LICENCE_DECISION[d.decision].en} — ${d.agency}`,
          text: `NEA's decision about ${d.agency}: ${LICENCE_DECISION[d.decision].en}.\n\nReason: ${d.reason ?? EXPIRY_REASON.en}\n${d.licenceNo ? `Licence number: ${d.licenceNo}\n` : ""}${d.validUntil ? `Valid until: ${d.validUntil}\n` : ""}\nDetails: ${d.link}\n\nYou may appeal to the Employment and Labour Relations Court (LIA s. 56(8)).\n\n${sign.en}`,
        },
  applicationUpdate: (
    locale: Locale,
    d: { agency: string; status: "CHANGES_REQUESTED"; note: string; link: string },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Ombi la leseni la ${d.agency}: mabadiliko yameombwa`,
          text: `Hali ya ombi la leseni la ${d.agency} sasa ni: mabadiliko yameombwa.\n\n${d.note}\n\nFungua: ${d.link}\n\n${sign.sw}`,
        }
      : {
          subject: `Licence application of ${d.agency}: changes requested`,
          text: `The licence application of ${d.agency} is now: changes requested.\n\n${d.note}\n\nOpen: ${d.link}\n\n${sign.en}`,
        },
  jobOrderDecision: (
    locale: Locale,
    d: {
      agency: string;
      title: string;
      decision: "verified" | "rejected";
      reason: string;
      code?: string | null;
      link: string;
    },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Agizo la kazi "${d.title}": ${d.decision === "verified" ? "limethibitishwa" : "limekataliwa"}`,
          text: `NEA ${d.decision === "verified" ? "imethibitisha" : "imekataa"} agizo la kazi "${d.title}" la ${d.agency}.\n${d.reason ? `\nSababu: ${d.reason}\n` : ""}${d.code ? `\nMsimbo wa uhakiki: ${d.code}\n` : ""}\nFungua: ${d.link}\n\n${sign.sw}`,
        }
      : {
          subject: `Job order "${d.title}": ${d.decision}`,
          text: `NEA has ${d.decision} the job order "${d.title}" of ${d.agency}.\n${d.reason ? `\nReason: ${d.reason}\n` : ""}${d.code ? `\nVerification code: ${d.code}\n` : ""}\nOpen: ${d.link}\n\n${sign.en}`,
        },
  employerWatchListed: (locale: Locale, d: { employer: string; reason: string }): Rendered =>
    locale === "sw"
      ? {
          subject: `Mwajiri ${d.employer} amewekwa kwenye orodha ya tahadhari`,
          text: `Mwajiri ${d.employer}, uliyemsajili, amewekwa kwenye orodha ya tahadhari ya NEA. Hakuna agizo jipya la kazi wala mkataba unaoweza kuwasilishwa kwa mwajiri huyu.\n\nSababu: ${d.reason}\n\n${sign.sw}`,
        }
      : {
          subject: `Employer ${d.employer} is on the watch list`,
          text: `The employer ${d.employer}, registered by your agency, is now on NEA's watch list. No new job order or contract can be submitted for this employer.\n\nReason: ${d.reason}\n\n${sign.en}`,
        },
  contractUpdate: (
    locale: Locale,
    d: { reference: string; status: string; note: string; link: string },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Mkataba ${d.reference}: ${statusWord(d.status, "sw")}`,
          text: `Hali ya mkataba ${d.reference} sasa ni: ${statusWord(d.status, "sw")}.\n${d.note ? `\n${d.note}\n` : ""}\nFungua: ${d.link}\n\n${sign.sw}`,
        }
      : {
          subject: `Contract ${d.reference}: ${statusWord(d.status, "en")}`,
          text: `The status of contract ${d.reference} is now: ${statusWord(d.status, "en")}.\n${d.note ? `\n${d.note}\n` : ""}\nOpen: ${d.link}\n\n${sign.en}`,
        },
} as const;
