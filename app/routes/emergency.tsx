import { useLoaderData } from "@remix-run/react";
import { EMERGENCY_NUMBERS } from "~/domain/safety/emergency-numbers";
import { useT } from "~/i18n/use-t";
import { useCountryName } from "~/ui/country";
import { EmergencyNumbers } from "~/ui/emergency-numbers";
import { HelpLines } from "~/ui/help-lines";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("emergency.title", NO_SCRIPTS);

// Public: every number to call, without an account (a borrowed phone, a relative, a worker who
// cannot log in): Kenya's lines first, then each destination's police and ambulance.
export async function loader() {
  return { countries: EMERGENCY_NUMBERS.map((e) => e.countryCode) };
}

export default function Emergency() {
  const t = useT();
  const country = useCountryName();
  const { countries } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("emergency.title")}</h1>
      <HelpLines />
      <h2>{t("emergency.abroad")}</h2>
      {countries.map((code) => (
        <EmergencyNumbers key={code} countryCode={code} country={country(code)} />
      ))}
    </section>
  );
}
