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
} as const;
