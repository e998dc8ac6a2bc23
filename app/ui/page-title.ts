// Every page's <title>, in the reader's language: the deepest route that names its page wins. A route
// names it in its handle — a catalogue key, or a function of its loader data for a record's page —
// so the title and the page's heading come from the same catalogue and no route writes English text.
import { translate, type Locale, type MessageKey } from "~/i18n/messages";

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;
export type PageTitle =
  | MessageKey
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route knows its own data's shape
  | ((data: any, t: Translate, locale: Locale) => string | null | undefined);

/** A route's handle naming its page (spread other handle fields, e.g. NO_SCRIPTS, beside it). */
export function titled<T extends object>(title: PageTitle, rest?: T) {
  return { ...(rest ?? ({} as T)), title };
}

type Match = { handle?: unknown; data?: unknown };

/** "Page — Kazi Salama" from the deepest route with a title; an error page's title when given. */
export function documentTitle(matches: Match[], locale: Locale, errorTitle?: MessageKey | null) {
  const t: Translate = (key, vars) => translate(locale, key, vars);
  const app = t("app.name");
  if (errorTitle) return `${t(errorTitle)} — ${app}`;
  for (let i = matches.length - 1; i >= 0; i--) {
    const title = (matches[i]!.handle as { title?: PageTitle } | undefined)?.title;
    if (!title) continue;
    const text = typeof title === "function" ? title(matches[i]!.data, t, locale) : t(title);
    if (text) return `${text} — ${app}`;
  }
  return app;
}
