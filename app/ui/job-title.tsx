// A job as its reader names it. The agency's own title ("Housekeeper and cook") is stored only in
// English; a Kiswahili reader first reads the kind of job in her language, the title beside it.
import type { Locale, MessageKey } from "~/i18n/messages";
import { useLocale, useT } from "~/i18n/use-t";
import type { Translate } from "~/ui/page-title";

type Job = { title: string; category: string };

/** As text (page titles, select options, catalogue sentences): "Mfanyakazi wa nyumbani (Housekeeper and cook)". */
export function jobName(job: Job, t: Translate, locale: Locale) {
  return locale === "sw" ? `${t(`job.${job.category}` as MessageKey)} (${job.title})` : job.title;
}

/** As markup: the same, with the English title marked as English for screen readers. */
export function JobTitle({ title, category }: Job) {
  const t = useT();
  const locale = useLocale();
  if (locale !== "sw") return <span lang="en">{title}</span>;
  return (
    <>
      {t(`job.${category}` as MessageKey)} (<span lang="en">{title}</span>)
    </>
  );
}
