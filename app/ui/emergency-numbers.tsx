import { emergencyNumbersFor } from "~/domain/safety/emergency-numbers";
import { useLocale, useT } from "~/i18n/use-t";

/**
 * The local emergency numbers of a destination (app/domain/safety/emergency-numbers.ts), as links a
 * phone can dial. Nothing when the table has no entry for the country.
 */
export function EmergencyNumbers({
  countryCode,
  country,
}: {
  countryCode: string;
  country: string;
}) {
  const t = useT();
  const locale = useLocale();
  const entry = emergencyNumbersFor(countryCode);
  if (!entry) return null;
  return (
    <div className="alert alert-error">
      <p>
        <strong>{t("emergency.inDanger", { country })}</strong>
      </p>
      <ul>
        {entry.numbers.map((n) => (
          <li key={n.number}>
            <a href={`tel:${n.number}`}>
              <strong>{n.number}</strong>
            </a>{" "}
            — {locale === "sw" ? n.service.sw : n.service.en}
          </li>
        ))}
      </ul>
    </div>
  );
}
