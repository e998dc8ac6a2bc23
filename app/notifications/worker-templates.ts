import type { Locale } from "~/i18n/messages";
import { type MissionNames, missionIn } from "~/i18n/mission-name";

// Emails to workers about their own record, in English and Kiswahili.
type Rendered = { subject: string; text: string };

const FIELD = {
  FIRST_NAME: { en: "first name", sw: "jina la kwanza" },
  LAST_NAME: { en: "surname", sw: "jina la ukoo" },
  NATIONAL_ID: { en: "national ID number", sw: "nambari ya kitambulisho" },
  DATE_OF_BIRTH: { en: "date of birth", sw: "tarehe ya kuzaliwa" },
} as const;

export const workerTemplates = {
  /** An SMS whose text is written by its channel (an answer, or a message's short version). */
  smsText: (locale: Locale, d: { text: string }): Rendered => ({
    subject: locale === "sw" ? "SMS — Kazi Salama" : "SMS — Kazi Salama",
    text: d.text,
  }),
  // Short enough for one SMS (GSM-7, 160 characters) in either language.
  recordClaimCode: (locale: Locale, d: { code: string; minutes: number }): Rendered =>
    locale === "sw"
      ? {
          subject: "Nambari ya kuthibitisha — Kazi Salama",
          text: `Kazi Salama: msimbo wako ni ${d.code}. Utumie ndani ya dakika ${d.minutes} kuunganisha akaunti yako na rekodi yako. Usimpe mtu yeyote.`,
        }
      : {
          subject: "Your confirmation code — Kazi Salama",
          text: `Kazi Salama: your code is ${d.code}. Use it within ${d.minutes} minutes to link your account to your record. Never give it to anyone.`,
        },
  /** The code that signs in (or creates an account) with a mobile number, or resets a password. */
  phoneCode: (
    locale: Locale,
    d: { code: string; minutes: number; purpose: "SIGN_IN" | "RESET_PASSWORD" },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: "Nambari ya kuingia — Kazi Salama",
          text: `Kazi Salama: nambari yako ni ${d.code}. Itumie ndani ya dakika ${d.minutes} ${d.purpose === "SIGN_IN" ? "kuingia" : "kubadilisha nenosiri lako"}. Usimpe mtu yeyote, hata mtu wa wakala.`,
        }
      : {
          subject: "Your sign-in code — Kazi Salama",
          text: `Kazi Salama: your code is ${d.code}. Use it within ${d.minutes} minutes to ${d.purpose === "SIGN_IN" ? "sign in" : "reset your password"}. Never give it to anyone, not even an agent.`,
        },
  correctionDecision: (
    locale: Locale,
    d: { field: keyof typeof FIELD; applied: boolean; note: string | null },
  ): Rendered => {
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
  certificateIssued: (
    locale: Locale,
    d: { country: string; code: string; expires: string; url: string },
  ): Rendered =>
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
  inPersonRecorded: (
    locale: Locale,
    d: { provider: string; course: string; score: number; date: string },
  ): Rendered =>
    locale === "sw"
      ? {
          subject: "Kozi yako ya ana kwa ana imerekodiwa — Kazi Salama",
          text: `Habari,\n\n${d.provider} imerekodi kwamba ulimaliza kozi "${d.course}" tarehe ${d.date}, ukapata alama ${d.score}%.\n\nUkimaliza pia masomo ya mtandaoni ya nchi unayoenda, utapokea cheti chako kwenye ukurasa wa Mafunzo. Ukiona kosa, wasiliana na taasisi hiyo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "Your in-person course was recorded — Kazi Salama",
          text: `Hello,\n\n${d.provider} recorded that you completed the course "${d.course}" on ${d.date}, with a score of ${d.score}%.\n\nWhen you have also finished the online lessons for your destination, you will receive your certificate on the Training page. If anything is wrong, contact the institution.\n\nKazi Salama — National Employment Authority`,
        },
  clearanceIssued: (
    locale: Locale,
    d: { country: string; code: string; url: string } & MissionNames,
  ): Rendered =>
    locale === "sw"
      ? {
          subject: `Kibali chako cha kuondoka kwenda ${d.country} — Kazi Salama`,
          text: `Habari,\n\nKibali chako cha kuondoka kimetolewa. Msimbo wake ni ${d.code}; maafisa wa uhamiaji na familia yako wanaweza kukihakiki hapa: ${d.url}\n\nUmesajiliwa mapema na ubalozi wa Kenya: ${missionIn("sw", d)}. Ukifika, ongeza anwani na nambari yako ya simu ya huko kwenye ukurasa wa Kuondoka.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: `Your departure clearance for ${d.country} — Kazi Salama`,
          text: `Hello,\n\nYour departure clearance was issued. Its code is ${d.code}; immigration officers and your family can check it here: ${d.url}\n\nYou are pre-registered with the Kenyan mission: ${d.mission}. When you arrive, add your address and phone number abroad on the Departure page.\n\nKazi Salama — National Employment Authority`,
        },
  // To the next of kin the worker named and consented to share with; written in Kiswahili with English below.
  clearanceKin: (
    _locale: Locale,
    d: { kin: string; worker: string; country: string; countryEn: string } & MissionNames,
  ): Rendered => ({
    subject: `${d.worker} amepata kibali cha kwenda kufanya kazi ${d.country} — Kazi Salama`,
    text: `Habari ${d.kin},\n\n${d.worker} amekutaja kama jamaa wa karibu. Amepata kibali cha serikali cha kwenda kufanya kazi ${d.country}, na amesajiliwa na ubalozi wa Kenya: ${missionIn("sw", d)}.\n\nUkikosa kumpata kwa muda mrefu, ripoti kwenye Kazi Salama au piga simu NEA 0800 222 223.\n\n---\n\nHello ${d.kin},\n\n${d.worker} named you as next of kin. They have a government clearance to work in ${d.countryEn} and are registered with the Kenyan mission: ${d.mission}.\n\nIf you cannot reach them for a long time, report it on Kazi Salama or call NEA on 0800 222 223.\n\nKazi Salama — National Employment Authority`,
  }),
  clearanceAgency: (
    _locale: Locale,
    d: { reference: string; worker: string; country: string; code: string },
  ): Rendered => ({
    subject: `Departure clearance issued for contract ${d.reference} — Kazi Salama`,
    text: `Hello,\n\nThe worker ${d.worker} on contract ${d.reference} (${d.country}) has been issued departure clearance ${d.code} and is pre-registered with the Kenyan mission.\n\nKazi Salama — National Employment Authority`,
  }),
  checkInDue: (locale: Locale, d: MissionNames): Rendered =>
    locale === "sw"
      ? {
          subject: "Uko salama? Wakati wa kuripoti — Kazi Salama",
          text: `Habari,\n\n${missionIn("sw", d)} inataka kujua kama uko salama. Jibu kwenye ukurasa wa Kuondoka, au jibu SMS yetu kwa neno SAWA na PIN yako (mfano: SAWA 1234). Ukihitaji msaada, tuma MSAADA na PIN yako.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "Are you OK? Time to check in — Kazi Salama",
          text: `Hello,\n\n${d.mission} would like to know that you are OK. Answer on the Departure page, or reply to our SMS with OK and your PIN (for example: OK 1234). If you need help, send HELP and your PIN.\n\nKazi Salama — National Employment Authority`,
        },
  checkInReminder: (locale: Locale, d: MissionNames): Rendered =>
    locale === "sw"
      ? {
          subject: "Ukumbusho: tujulishe kama uko salama — Kazi Salama",
          text: `Habari,\n\nBado hatujasikia kutoka kwako. Tafadhali jibu SAWA na PIN yako, au kwenye ukurasa wa Kuondoka. Usipojibu, ${missionIn("sw", d)} itakutafuta.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "Reminder: let us know you are OK — Kazi Salama",
          text: `Hello,\n\nWe have not heard from you yet. Please reply OK and your PIN, or answer on the Departure page. If you do not answer, ${d.mission} will look for you.\n\nKazi Salama — National Employment Authority`,
        },
  arrivalConfirmed: (locale: Locale, d: MissionNames & { nextCheckIn: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Ubalozi umethibitisha kwamba umefika — Kazi Salama",
          text: `Habari,\n\n${missionIn("sw", d)} imethibitisha kwamba umefika salama. Tutakuuliza kama uko salama tarehe ${d.nextCheckIn}, kisha siku 30 na 90 baada ya kufika, na kila siku 90 baadaye. Jibu kwenye ukurasa wa Kuondoka. Ukihitaji msaada wakati wowote, piga simu ubalozi au Kituo cha Kushughulikia Wakenya wa Ughaibuni (+254 207 876 000, WhatsApp +254 114 757 002, saa 24). Ukiwa hatarini, piga polisi wa nchi uliyopo.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "The mission confirmed your arrival — Kazi Salama",
          text: `Hello,\n\n${d.mission} confirmed that you arrived safely. We will ask whether you are OK on ${d.nextCheckIn}, then 30 and 90 days after arrival, and every 90 days after that. Answer on the Departure page. If you need help at any time, call the mission or the Diaspora Response Centre (+254 207 876 000, WhatsApp +254 114 757 002, 24 hours). In danger, call the police of the country you are in.\n\nKazi Salama — National Employment Authority`,
        },
} as const;
