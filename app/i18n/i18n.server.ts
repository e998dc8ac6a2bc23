import { createCookie, type Cookie } from "@remix-run/node";
import { secureCookies } from "~/utils/env.server";
import { isLocale, type Locale } from "./messages";

let cookie: Cookie | undefined;
/** The language switch; Secure like every other cookie in production. */
export function localeCookie() {
  return (cookie ??= createCookie("ks_lang", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
    maxAge: 365 * 24 * 3600,
  }));
}

/** The language a person chose with the switch in this browser, if any (it wins at login). */
export async function chosenLocale(request: Request): Promise<Locale | null> {
  const fromCookie = await localeCookie().parse(request.headers.get("cookie"));
  return isLocale(fromCookie) ? fromCookie : null;
}

/** Cookie first (the switch), then the signed-in user's saved choice, then the browser. */
export async function getLocale(request: Request, userLocale?: string | null): Promise<Locale> {
  const chosen = await chosenLocale(request);
  if (chosen) return chosen;
  if (isLocale(userLocale)) return userLocale;
  const accept = request.headers.get("accept-language") ?? "";
  return /^\s*sw\b/i.test(accept) ? "sw" : "en";
}
