import type { Locale } from "~/i18n/messages";

// Emails to workers about their own record, in English and Kiswahili.
type Rendered = { subject: string; text: string };

const FIELD = {
  FIRST_NAME: { en: "first name", sw: "jina la kwanza" },
  LAST_NAME: { en: "surname", sw: "jina la ukoo" },
  NATIONAL_ID: { en: "national ID number", sw: "nambari ya kitambulisho" },
  DATE_OF_BIRTH: { en: "date of birth", sw: "tarehe ya kuzaliwa" },
} as const;

export const workerTemplates = {
  correctionDecision: (locale: Locale, d: { field: keyof typeof FIELD; applied: boolean; note: string | null }): Rendered => {
    const field = FIELD[d.field][locale];
    const note = d.note ? `\n\n${locale === "sw" ? "Maelezo" : "Note"}: ${d.note}` : "";
    return locale === "sw"
      ? {
          subject: `Ombi lako la kusahihisha ${field} ${d.applied ? "limekubaliwa" : "limekataliwa"} — Kazi Salama`,
          text: `Habari,\n\nMamlaka ya Kitaifa ya Ajira ${d.applied ? "imesahihisha" : "haikusahihisha"} ${field} kwenye rekodi yako.${note}\n\nUnaweza kuona rekodi yako kwenye ukurasa wa wasifu wako.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `Your request to correct your ${field} was ${d.applied ? "accepted" : "refused"} — Kazi Salama`,
          text: `Hello,\n\nThe National Employment Authority ${d.applied ? "has corrected" : "did not correct"} the ${field} on your record.${note}\n\nYou can see your record on your profile page.\n\nKazi Salama — National Employment Authority`,
        };
  },
  certificateIssued: (locale: Locale, d: { country: string; code: string; expires: string; url: string }): Rendered =>
    locale === "sw"
      ? {
          subject: `Cheti chako cha mafunzo ya kabla ya kuondoka (${d.country}) — Kazi Salama`,
          text: `Hongera,\n\nUmemaliza mafunzo ya kabla ya kuondoka kwa ${d.country}. Msimbo wa cheti chako ni ${d.code}, na ni halali hadi ${d.expires}. Mtu yeyote anaweza kukihakiki hapa: ${d.url}\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `Your pre-departure training certificate (${d.country}) — Kazi Salama`,
          text: `Congratulations,\n\nYou have completed the pre-departure training for ${d.country}. Your certificate code is ${d.code}, valid until ${d.expires}. Anyone can check it here: ${d.url}\n\nKazi Salama — National Employment Authority`,
        },
  certificateRevoked: (locale: Locale, d: { code: string; reason: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Cheti chako cha mafunzo kimefutwa — Kazi Salama",
          text: `Habari,\n\nMamlaka ya Kitaifa ya Ajira imefuta cheti cha mafunzo ${d.code}.\nSababu: ${d.reason}\n\nUkiona si sahihi, piga simu NEA kupitia 0800 222 223 (bure).\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "Your training certificate was revoked — Kazi Salama",
          text: `Hello,\n\nThe National Employment Authority revoked training certificate ${d.code}.\nReason: ${d.reason}\n\nIf you think this is wrong, call NEA on 0800 222 223 (toll-free).\n\nKazi Salama — National Employment Authority`,
        },
} as const;
