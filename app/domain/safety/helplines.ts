// Help lines a worker may be given (besides each destination's emergency numbers and each mission's
// own numbers): one table, each with where it works, its source and the day it was last checked, so
// NEA staff can re-check them (issue 22 §3). Shown to staff at /nea/numbers.

export type Helpline = {
  id: "nea" | "drc" | "drc-whatsapp" | "jeddah" | "qatar-mol" | "kenya-police" | "kenya-112";
  name: { en: string; sw: string };
  number: string;
  /** Where the number can be called from. */
  reach: { en: string; sw: string };
  source: string;
  checked: string; // YYYY-MM-DD
  confidence: "solid" | "likely" | "unsure";
};

export const HELPLINES: Helpline[] = [
  {
    id: "kenya-police",
    name: { en: "Police in Kenya", sw: "Polisi nchini Kenya" },
    number: "999",
    reach: { en: "Inside Kenya, free", sw: "Ndani ya Kenya, bure" },
    source: "azadikenya.org (Kenya police 999 / 112 / 911) — kenya-rules.md §5.2",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    id: "kenya-112",
    name: { en: "Emergency number in Kenya", sw: "Nambari ya dharura nchini Kenya" },
    number: "112",
    reach: { en: "Inside Kenya, free", sw: "Ndani ya Kenya, bure" },
    source: "azadikenya.org (Kenya police 999 / 112 / 911) — kenya-rules.md §5.2",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    id: "nea",
    name: { en: "NEA distress line", sw: "Nambari ya dharura ya NEA" },
    number: "0800 222 223",
    reach: {
      en: "Toll-free inside Kenya only (not from abroad); hours not published",
      sw: "Bure ndani ya Kenya tu (si kutoka ng'ambo); saa za kazi hazijatangazwa",
    },
    source:
      "kbc.co.ke, 2024-02-03 (Cabinet Secretary for Labour); online distress form on neaims.go.ke",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    id: "drc",
    name: { en: "Diaspora Response Centre", sw: "Kituo cha Kushughulikia Wakenya wa Ughaibuni" },
    number: "+254 207 876 000",
    reach: { en: "From anywhere, 24 hours", sw: "Kutoka popote, saa 24" },
    source:
      "State Department for Diaspora Affairs, platform.diaspora.go.ke/welfare/faqs; livenowafrica.com",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    id: "drc-whatsapp",
    name: {
      en: "Diaspora Response Centre (WhatsApp)",
      sw: "Kituo cha Kushughulikia Wakenya wa Ughaibuni (WhatsApp)",
    },
    number: "+254 114 757 002",
    reach: { en: "WhatsApp, from anywhere", sw: "WhatsApp, kutoka popote" },
    source: "State Department for Diaspora Affairs, platform.diaspora.go.ke/welfare/faqs",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    id: "jeddah",
    name: { en: "Kenya's consulate in Jeddah", sw: "Ubalozi mdogo wa Kenya, Jeddah" },
    number: "8001000352",
    reach: {
      en: "Toll-free inside Saudi Arabia, 24 hours",
      sw: "Bure ndani ya Saudi Arabia, saa 24",
    },
    source: "kenyans.co.ke/119833 (January 2026); the-star.co.ke",
    checked: "2026-11-30",
    confidence: "solid",
  },
  {
    id: "qatar-mol",
    name: { en: "Qatar Ministry of Labour", sw: "Wizara ya Kazi ya Qatar" },
    number: "16008",
    reach: {
      en: "Inside Qatar: labour complaints (not emergencies)",
      sw: "Ndani ya Qatar: malalamiko ya kazi (si dharura)",
    },
    source: "fgbs.futuregategroup.com; nricafe.com",
    checked: "2026-11-30",
    confidence: "likely",
  },
];
