import type { Locale } from "~/i18n/messages";
import { mail, say, type Rendered } from "./render";

// Email templates in English and Kiswahili, from the catalogue. Each returns plain text (works on
// every phone).
import { registryTemplates } from "./registry-templates";
import { workerTemplates } from "./worker-templates";
import { caseTemplates } from "./case-templates";
import { feeTemplates } from "./fee-templates";
import { returnTemplates } from "./return-templates";

const accountTemplates = {
  verifyEmail: (locale: Locale, d: { name: string; link: string }): Rendered =>
    mail(locale, "verifyEmail", d),
  accountExists: (locale: Locale, d: { name: string; link: string }): Rendered =>
    mail(locale, "accountExists", d),
  resetPassword: (locale: Locale, d: { name: string; link: string }): Rendered =>
    mail(locale, "resetPassword", d),
  accountCreated: (locale: Locale, d: { name: string; role: string; link: string }): Rendered =>
    mail(locale, "accountCreated", d),
  passwordChanged: (locale: Locale, d: { name: string; time: string }): Rendered =>
    mail(locale, "passwordChanged", d),
  accountLocked: (locale: Locale, d: { name: string; until: string }): Rendered =>
    mail(locale, "accountLocked", d),
} as const;

export const templates = {
  ...accountTemplates,
  ...registryTemplates,
  ...workerTemplates,
  ...caseTemplates,
  ...feeTemplates,
  ...returnTemplates,
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

/** The message, and the same message with its secrets hidden. */
export function renderMessage<T extends TemplateName>(
  template: T,
  locale: Locale,
  data: TemplateData<T>,
) {
  const render = templates[template] as (l: Locale, d: TemplateData<T>) => Rendered;
  const full = render(locale, data);
  const hidden = { ...data } as Record<string, unknown>;
  for (const f of SECRET_FIELDS[template] ?? []) hidden[f as string] = say(locale, "mail.hidden");
  return { ...full, redactedText: render(locale, hidden as TemplateData<T>).text };
}
