import { translate, type Locale, type MessageKey } from "~/i18n/messages";

/** A case's priority in words (the stored value is a code), from the catalogue. */
export function priorityWord(priority: string, locale: Locale) {
  const key = `cases.priority.${priority}` as MessageKey;
  return translate(locale, key) ?? priority;
}

// Emails about welfare cases: to the worker (received, updates, outcome) and to the attachés.
type Rendered = { subject: string; text: string };

const CATEGORY: Record<string, { en: string; sw: string }> = {
  UNPAID_WAGES: { en: "unpaid wages", sw: "mshahara haujalipwa" },
  PASSPORT_CONFISCATED: { en: "passport taken", sw: "pasipoti imechukuliwa" },
  ABUSE: { en: "abuse", sw: "unyanyasaji" },
  OVERWORK: { en: "overwork", sw: "kazi kupita kiasi" },
  CONTRACT_SUBSTITUTION: { en: "contract changed", sw: "mkataba umebadilishwa" },
  HEALTH: { en: "health", sw: "afya" },
  DETENTION: { en: "detention", sw: "kuzuiliwa" },
  DEATH: { en: "death", sw: "kifo" },
  TRAFFICKING_SUSPECTED: {
    en: "suspected trafficking",
    sw: "kushukiwa usafirishaji haramu wa binadamu",
  },
  WANTS_TO_RETURN: { en: "wants to return home", sw: "anataka kurudi nyumbani" },
  CANNOT_REACH: { en: "family cannot reach the worker", sw: "familia haiwezi kumpata mfanyakazi" },
  CONTRACT_QUESTION: { en: "question about a contract", sw: "swali kuhusu mkataba" },
  OTHER: { en: "other", sw: "nyingine" },
};

export const caseTemplates = {
  caseReceived: (locale: Locale, d: { reference: string }): Rendered =>
    locale === "sw"
      ? {
          subject: `Tumepokea ombi lako la msaada ${d.reference} — Kazi Salama`,
          text: `Habari,\n\nUbalozi wa Kenya umepokea ombi lako la msaada. Nambari yake ni ${d.reference}. Afisa atawasiliana nawe. Unaweza kuona hali yake kwenye ukurasa wa "Pata msaada".\n\nUkiwa hatarini sasa hivi, piga simu ya dharura ya ubalozi au polisi wa nchi uliyopo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `We received your request for help ${d.reference} — Kazi Salama`,
          text: `Hello,\n\nThe Kenyan mission received your request for help. Its reference is ${d.reference}. An officer will contact you. You can follow it on the "Get help" page.\n\nIf you are in danger right now, call the mission's emergency line or the local police.\n\nKazi Salama — National Employment Authority`,
        },
  questionReceived: (locale: Locale, d: { reference: string; contract: string }): Rendered =>
    locale === "sw"
      ? {
          subject: `Tumepokea swali lako ${d.reference} — Kazi Salama`,
          text: `Habari,\n\nNEA imepokea swali lako kuhusu mkataba ${d.contract}. Nambari yake ni ${d.reference}. Afisa atakujibu ndani ya siku tatu, kwenye ukurasa wa "Pata msaada" na kwa ujumbe. Usikubali mkataba mpaka uwe na uhakika.\n\nUnaweza pia kupiga simu NEA bure: 0800 222 223.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `We received your question ${d.reference} — Kazi Salama`,
          text: `Hello,\n\nNEA received your question about contract ${d.contract}. Its reference is ${d.reference}. An officer will answer within three days, on the "Get help" page and by message. Do not accept the contract until you are sure.\n\nYou can also call NEA free on 0800 222 223.\n\nKazi Salama — National Employment Authority`,
        },
  caseUpdate: (
    locale: Locale,
    // `byNea`: a case NEA handles (a question before departure, a family report no mission took).
    d: { reference: string; status: string; message: string; byNea?: boolean },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Habari mpya kuhusu ombi lako ${d.reference} — Kazi Salama`,
          text: `Habari,\n\n${d.byNea ? "NEA imeandika" : "Ubalozi umeandika"} kuhusu ombi lako ${d.reference}:\n\n${d.message}\n\nUnaweza kuona hali yake kwenye ukurasa wa "Pata msaada".\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `An update on your request ${d.reference} — Kazi Salama`,
          text: `Hello,\n\n${d.byNea ? "NEA wrote" : "The mission wrote"} about your request ${d.reference}:\n\n${d.message}\n\nYou can follow it on the "Get help" page.\n\nKazi Salama — National Employment Authority`,
        },
  caseAlert: (
    locale: Locale,
    d: { reference: string; category: string; priority: string; due: string; escalated: boolean },
  ): Rendered => {
    const what = CATEGORY[d.category]?.[locale] ?? d.category;
    const priority = priorityWord(d.priority, locale);
    return locale === "sw"
      ? {
          subject: `${d.escalated ? "IMECHELEWA: " : ""}Kesi ${d.reference} (${priority}) — ${what}`,
          text: `${d.escalated ? `Hakuna aliyejibu kesi ${d.reference} kabla ya ${d.due} (saa za Nairobi).` : `Kesi mpya ${d.reference}: ${what}. Jibu kabla ya ${d.due} (saa za Nairobi).`}\n\nIfungue kwenye Kazi Salama, chini ya Kesi.\n\nKazi Salama`,
        }
      : {
          subject: `${d.escalated ? "OVERDUE: " : ""}Case ${d.reference} (${priority}) — ${what}`,
          text: `${d.escalated ? `Nobody responded to case ${d.reference} by ${d.due} (Nairobi time).` : `New case ${d.reference}: ${what}. Respond by ${d.due} (Nairobi time).`}\n\nOpen it in Kazi Salama, under Cases.\n\nKazi Salama`,
        };
  },
} as const;
