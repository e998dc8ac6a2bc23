// Trafficking indicators on a case and the referral to the National Referral Mechanism (issue 20
// §4). Pure: which indicators suggest a referral, and what a referral record may carry — only what
// the worker agreed to share.
//
// The threshold follows the structure of the ILO/EU operational indicators of trafficking in human
// beings (2009): a *means* (deception, debt bondage, threats or violence) together with a sign of
// *exploitation or control* (documents taken, movement restricted, isolation, wages withheld), or
// three indicators of any kind. A project rule until Kenya's counter-trafficking unit sets one: it
// only suggests; the official decides, with the worker's consent.
import type {
  ConsentMethod,
  ReferralStatus,
  SharedData,
  TraffickingIndicator,
} from "~/generated/prisma/enums";

export const INDICATORS = [
  "DECEPTION",
  "DEBT_BONDAGE",
  "DOCUMENTS_CONFISCATED",
  "MOVEMENT_RESTRICTED",
  "ISOLATION",
  "WAGES_WITHHELD",
  "THREATS_VIOLENCE",
] as const satisfies readonly TraffickingIndicator[];

export const MEANS: readonly TraffickingIndicator[] = [
  "DECEPTION",
  "DEBT_BONDAGE",
  "THREATS_VIOLENCE",
];

/** Whether the indicators found suggest referring the case to the NRM. */
export function suggestsNrmReferral(found: readonly TraffickingIndicator[]) {
  const set = new Set(found);
  const means = [...set].filter((i) => MEANS.includes(i)).length;
  const control = set.size - means;
  return (means >= 1 && control >= 1) || set.size >= 3;
}

export const CONSENT_METHODS = [
  "IN_PERSON",
  "PHONE",
  "WRITTEN",
] as const satisfies readonly ConsentMethod[];
export const SHARED_DATA = [
  "IDENTITY",
  "CONTACT",
  "EMPLOYER",
  "AGENCY",
  "ACCOUNT",
] as const satisfies readonly SharedData[];
export const REFERRAL_OUTCOMES = [
  "ACCEPTED",
  "DECLINED",
  "CLOSED",
] as const satisfies readonly ReferralStatus[];
/** A referral still open: one NRM referral at a time per case. */
export const OPEN_REFERRAL: readonly ReferralStatus[] = ["SENT", "ACCEPTED"];

/** Everything the case holds that a referral could carry; the record takes only what was agreed. */
export type NrmFacts = {
  reference: string;
  category: string;
  raisedAt: Date;
  destination: string | null;
  indicators: TraffickingIndicator[];
  referredAt: Date;
  consent: { method: ConsentMethod; recordedAt: Date; shared: SharedData[] };
  identity: {
    firstName: string;
    lastName: string;
    nationalId: string | null;
    dateOfBirth: string | null;
  } | null;
  contact: { phone: string | null; phoneAbroad: string | null } | null;
  employer: { name: string; city: string } | null;
  agency: { name: string; licenceNo: string | null } | null;
  account: { description: string } | null;
  /** The official's note for the unit (never the worker's personal data). */
  note: string | null;
};

export const NRM_SCHEMA = "kazi-salama/nrm-referral/1";

/**
 * The structured record for the counter-trafficking unit: the case, its indicators and the consent
 * always; each kind of personal data only if she agreed to share it (absent, not empty, otherwise).
 */
export function nrmRecord(f: NrmFacts) {
  const agreed = new Set(f.consent.shared);
  const iso = (d: Date) => d.toISOString();
  return {
    schema: NRM_SCHEMA,
    caseReference: f.reference,
    referredAt: iso(f.referredAt),
    note: f.note,
    consent: {
      method: f.consent.method,
      recordedAt: iso(f.consent.recordedAt),
      shared: SHARED_DATA.filter((s) => agreed.has(s)),
    },
    case: {
      category: f.category,
      raisedAt: iso(f.raisedAt),
      destination: f.destination,
      indicators: INDICATORS.filter((i) => f.indicators.includes(i)),
      thresholdMet: suggestsNrmReferral(f.indicators),
    },
    ...(agreed.has("IDENTITY") && f.identity ? { identity: f.identity } : {}),
    ...(agreed.has("CONTACT") && f.contact ? { contact: f.contact } : {}),
    ...(agreed.has("EMPLOYER") && f.employer ? { employer: f.employer } : {}),
    ...(agreed.has("AGENCY") && f.agency ? { agency: f.agency } : {}),
    ...(agreed.has("ACCOUNT") && f.account ? { account: f.account } : {}),
  };
}
export type NrmRecord = ReturnType<typeof nrmRecord>;
