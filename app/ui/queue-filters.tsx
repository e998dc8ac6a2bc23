import { useSearchParams } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/use-t";
import { QUEUE_SORTS } from "~/utils/queue-order";

/** A destination as a select of names (a filter by country code would ask staff for "QA"). */
export function CountrySelect({
  countries,
}: {
  countries: { code: string; nameEn: string; nameSw: string }[];
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  return (
    <div className="field">
      <label htmlFor="country">{t("precheck.country")}</label>
      <select id="country" name="country" defaultValue={params.get("country") ?? ""}>
        <option value="">{t("jobs.anyCountry")}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {locale === "sw" ? c.nameSw : c.nameEn}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A queue's order: waiting longest first (the default), or newest first. */
export function SortSelect() {
  const t = useT();
  const [params] = useSearchParams();
  return (
    <div className="field">
      <label htmlFor="sort">{t("queue.sort")}</label>
      <select id="sort" name="sort" defaultValue={params.get("sort") ?? "oldest"}>
        {QUEUE_SORTS.map((s) => (
          <option key={s} value={s}>
            {t(`queue.sort.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
