// Local emergency numbers in each destination: what a worker in danger dials first. One table, each
// entry with its source and the day it was last checked, so NEA staff can re-check them
// (issue 22 §3). Training content and the pages that show numbers read them from here.

export type EmergencyNumbers = {
  countryCode: string;
  /** The numbers, most general first: the first one is the one to remember. */
  numbers: { number: string; service: { en: string; sw: string } }[];
  source: string;
  checked: string; // YYYY-MM-DD
  confidence: "solid" | "likely" | "unsure";
};

export const EMERGENCY_NUMBERS: EmergencyNumbers[] = [
  {
    countryCode: "SA",
    numbers: [
      {
        number: "911",
        service: {
          en: "unified emergency number (police, ambulance, fire)",
          sw: "nambari ya dharura (polisi, ambulensi, zimamoto)",
        },
      },
      { number: "999", service: { en: "police", sw: "polisi" } },
      { number: "997", service: { en: "ambulance", sw: "ambulensi" } },
    ],
    source:
      "Ministry of Interior, National Center for Security Operations: unified number 911 (Arab News 2019-07-28, Zawya 2023-08); " +
      "999 police and 997 Red Crescent ambulance (Arab News 2024-03-18; expat.com guide 2024-10-16)",
    checked: "2026-11-30",
    confidence: "solid",
  },
  {
    countryCode: "QA",
    numbers: [
      {
        number: "999",
        service: { en: "police, ambulance and fire", sw: "polisi, ambulensi na zimamoto" },
      },
    ],
    source: "Qatar Ministry of Interior, emergency number 999",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    countryCode: "AE",
    numbers: [
      { number: "999", service: { en: "police", sw: "polisi" } },
      { number: "998", service: { en: "ambulance", sw: "ambulensi" } },
    ],
    source: "UAE Government portal u.ae, emergency numbers (999 police, 998 ambulance)",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    countryCode: "KW",
    numbers: [
      {
        number: "112",
        service: { en: "police, ambulance and fire", sw: "polisi, ambulensi na zimamoto" },
      },
    ],
    source:
      "Kuwait replaced 777 with 112 as its emergency number in 2009 (somecontrast.com 2009-07-11)",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    countryCode: "OM",
    numbers: [
      {
        number: "9999",
        service: {
          en: "Royal Oman Police (police, ambulance, fire)",
          sw: "Polisi ya Oman (polisi, ambulensi, zimamoto)",
        },
      },
    ],
    source: "Royal Oman Police operations centre, 9999 (expat.com Oman forum)",
    checked: "2026-11-30",
    confidence: "likely",
  },
  {
    countryCode: "BH",
    numbers: [
      {
        number: "999",
        service: { en: "police, ambulance and fire", sw: "polisi, ambulensi na zimamoto" },
      },
    ],
    source: "frequentbusinesstraveler.com 2012-08-07 (999 used by Bahrain)",
    checked: "2026-11-30",
    confidence: "unsure",
  },
  {
    countryCode: "JO",
    numbers: [
      {
        number: "911",
        service: {
          en: "unified emergency number (police, ambulance, fire)",
          sw: "nambari ya dharura (polisi, ambulensi, zimamoto)",
        },
      },
    ],
    source: "Public Security Directorate, psd.gov.jo 2024-01-30: the unified emergency number 911",
    checked: "2026-11-30",
    confidence: "solid",
  },
  {
    countryCode: "LB",
    numbers: [
      { number: "112", service: { en: "police", sw: "polisi" } },
      {
        number: "140",
        service: { en: "Red Cross ambulance", sw: "ambulensi ya Msalaba Mwekundu" },
      },
    ],
    source:
      "frequentbusinesstraveler.com 2012-08-07 (Lebanon uses 112); Lebanese Red Cross 140 not confirmed by a stored source",
    checked: "2026-11-30",
    confidence: "unsure",
  },
];

export function emergencyNumbersFor(countryCode: string): EmergencyNumbers | undefined {
  return EMERGENCY_NUMBERS.find((e) => e.countryCode === countryCode);
}

/**
 * Lines for a worker whom no mission knows yet (in Kenya, or abroad before her registration):
 * Kenya's police, NEA's free line and the Diaspora Response Centre, the numbers the training's
 * "numbers to keep" lesson teaches (catalogue.core-b.ts). The words for each are in the catalogue,
 * under `help.line.<id>`.
 */
export const KENYA_HELP_LINES = [
  { id: "police", number: "999" },
  { id: "police112", number: "112" },
  { id: "nea", number: "0800 222 223" },
  { id: "drc", number: "+254 207 876 000" },
  { id: "drcWhatsApp", number: "+254 114 757 002", whatsapp: true },
] as const;
