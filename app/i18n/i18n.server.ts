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

/** Cookie first (the switch), then the signed-in user's saved choice, then the browser. */
export async function getLocale(request: Request, userLocale?: string | null): Promise<Locale> {
  const fromCookie = await localeCookie().parse(request.headers.get("cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  if (isLocale(userLocale)) return userLocale;
  const accept = request.headers.get("accept-language") ?? "";
  return /^\s*sw\b/i.test(accept) ? "sw" : "en";
}
