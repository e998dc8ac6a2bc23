import type { Locale } from "~/i18n/messages";

// Email templates in English and Kiswahili. Each returns plain text (works on every phone).
type Rendered = { subject: string; text: string };

import { registryTemplates } from "./registry-templates";
import { workerTemplates } from "./worker-templates";
import { caseTemplates } from "./case-templates";

const accountTemplates = {
  verifyEmail: (locale: Locale, d: { name: string; link: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Thibitisha barua pepe yako — Kazi Salama",
          text: `Habari ${d.name},\n\nFungua kiungo hiki ili kuthibitisha barua pepe yako na kuanza kutumia Kazi Salama:\n\n${d.link}\n\nKiungo kinafanya kazi kwa saa 24. Ikiwa hukufungua akaunti, puuza barua hii.\n\nKazi Salama — Mamlaka ya Kitaifa ya Ajira`,
        }
      : {
          subject: "Confirm your email — Kazi Salama",
          text: `Hello ${d.name},\n\nOpen this link to confirm your email address and start using Kazi Salama:\n\n${d.link}\n\nThe link works for 24 hours. If you did not create an account, ignore this message.\n\nKazi Salama — National Employment Authority`,
        },
  accountExists: (locale: Locale, d: { name: string; link: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Tayari una akaunti — Kazi Salama",
          text: `Habari ${d.name},\n\nMtu (huenda ni wewe) amejaribu kufungua akaunti mpya ya Kazi Salama kwa barua pepe hii. Tayari una akaunti: ingia, au kama umesahau nenosiri, libadilishe hapa:\n\n${d.link}\n\nIkiwa si wewe, puuza barua hii; akaunti yako haijabadilika.\n\nKazi Salama`,
        }
      : {
          subject: "You already have an account — Kazi Salama",
          text: `Hello ${d.name},\n\nSomeone (perhaps you) tried to create a new Kazi Salama account with this email address. You already have one: log in, or if you forgot your password, choose a new one here:\n\n${d.link}\n\nIf this was not you, ignore this message; your account has not changed.\n\nKazi Salama`,
        },
  resetPassword: (locale: Locale, d: { name: string; link: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Badilisha nenosiri lako — Kazi Salama",
          text: `Habari ${d.name},\n\nMtu (tunatumaini ni wewe) ameomba kubadilisha nenosiri la akaunti yako. Fungua kiungo hiki ili kuchagua nenosiri jipya:\n\n${d.link}\n\nKiungo kinafanya kazi mara moja tu, kwa saa moja. Ikiwa hukuomba, puuza barua hii; nenosiri lako halijabadilika.\n\nKazi Salama`,
        }
      : {
          subject: "Reset your password — Kazi Salama",
          text: `Hello ${d.name},\n\nSomeone (we hope you) asked to reset the password of your account. Open this link to choose a new password:\n\n${d.link}\n\nThe link works once, for one hour. If you did not ask, ignore this message; your password has not changed.\n\nKazi Salama`,
        },
  accountCreated: (locale: Locale, d: { name: string; role: string; link: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Akaunti yako ya Kazi Salama",
          text: `Habari ${d.name},\n\nAkaunti ya Kazi Salama (${d.role}) imefunguliwa kwa ajili yako. Fungua kiungo hiki ili kuweka nenosiri lako:\n\n${d.link}\n\nKiungo kinafanya kazi mara moja tu.\n\nKazi Salama`,
        }
      : {
          subject: "Your Kazi Salama account",
          text: `Hello ${d.name},\n\nA Kazi Salama account (${d.role}) has been created for you. Open this link to set your password:\n\n${d.link}\n\nThe link works once.\n\nKazi Salama`,
        },
  passwordChanged: (locale: Locale, d: { name: string; time: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Nenosiri lako limebadilishwa — Kazi Salama",
          text: `Habari ${d.name},\n\nNenosiri la akaunti yako ya Kazi Salama limebadilishwa ${d.time}, na vifaa vingine vyote vimetolewa kwenye akaunti.\n\nIkiwa si wewe, libadilishe mara moja kwa "Umesahau nenosiri?" kwenye ukurasa wa kuingia, na upige simu NEA 0800 222 223 (bure).\n\nKazi Salama`,
        }
      : {
          subject: "Your password was changed — Kazi Salama",
          text: `Hello ${d.name},\n\nThe password of your Kazi Salama account was changed on ${d.time}, and every other device was signed out.\n\nIf this was not you, reset it at once with "Forgot your password?" on the login page, and call NEA on 0800 222 223 (free).\n\nKazi Salama`,
        },
  accountLocked: (locale: Locale, d: { name: string; until: string }): Rendered =>
    locale === "sw"
      ? {
          subject: "Akaunti yako imefungwa kwa muda — Kazi Salama",
          text: `Habari ${d.name},\n\nKulikuwa na majaribio kadhaa ya kuingia yaliyoshindwa, kwa hivyo akaunti yako imefungwa hadi ${d.until}. Ikiwa si wewe, badilisha nenosiri lako.\n\nKazi Salama`,
        }
      : {
          subject: "Your account is locked for a while — Kazi Salama",
          text: `Hello ${d.name},\n\nThere were several failed login attempts, so your account is locked until ${d.until}. If this was not you, reset your password.\n\nKazi Salama`,
        },
} as const;

export const templates = {
  ...accountTemplates,
  ...registryTemplates,
  ...workerTemplates,
  ...caseTemplates,
};

export type TemplateName = keyof typeof templates;
export type TemplateData<T extends TemplateName> = Parameters<(typeof templates)[T]>[1];

/**
 * What in a message is a secret: the single-use links (email verification, password reset,
 * invitations) and one-time codes. Only the recipient may read them. The outbox keeps a copy with
 * these fields hidden; that copy is what the admin reads and what stays once the message is sent.
 */
export const SECRET_FIELDS: { [T in TemplateName]?: readonly (keyof TemplateData<T>)[] } = {
  verifyEmail: ["link"],
  resetPassword: ["link"],
  accountCreated: ["link"],
  recordClaimCode: ["code"],
  phoneCode: ["code"],
};

const HIDDEN = { en: "[hidden]", sw: "[imefichwa]" } as const;

/** The message, and the same message with its secrets hidden. */
export function renderMessage<T extends TemplateName>(
  template: T,
  locale: Locale,
  data: TemplateData<T>,
) {
  const render = templates[template] as (l: Locale, d: TemplateData<T>) => Rendered;
  const full = render(locale, data);
  const hidden = { ...data } as Record<string, unknown>;
  for (const f of SECRET_FIELDS[template] ?? []) hidden[f as string] = HIDDEN[locale];
  return { ...full, redactedText: render(locale, hidden as TemplateData<T>).text };
}
