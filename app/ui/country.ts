import { useRouteLoaderData } from "@remix-run/react";
import { useLocale } from "~/i18n/use-t";
import type { CountryNames } from "~/domain/reference/countries.server";

/** A country's name in the reader's language, from its code (the code itself is never shown). */
export function useCountryName() {
  const locale = useLocale();
  const names = useRouteLoaderData<{ countries?: CountryNames }>("root")?.countries ?? {};
  return (code: string) => names[code]?.[locale] ?? code;
}
