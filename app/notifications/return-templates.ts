import type { Locale } from "~/i18n/messages";
import { mail, word, type Rendered } from "./render";

// Messages about a worker's return home and her reintegration referrals (issue 20 §3).
export const returnTemplates = {
  /** To her: welcome home, and the debrief (her answers can open a claim and get her help). */
  returnRecorded: (locale: Locale, d: { link: string }): Rendered =>
    mail(locale, "returnRecorded", d),
  /** To her: NEA referred her to a service; whom to call. */
  reintegrationReferred: (
    locale: Locale,
    d: { kind: string; service: string; phone: string },
  ): Rendered =>
    mail(locale, "reintegrationReferred", {
      ...d,
      kind: word(locale, "returns.kind", d.kind),
    }),
};
