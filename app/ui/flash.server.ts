import { createCookie, redirect } from "@remix-run/node";
import { en, type MessageKey } from "~/i18n/messages";

// A one-shot message shown after a redirect. Only catalogue keys travel in the cookie.
const flashCookie = createCookie("ks_flash", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60,
});

export type Flash = { key: MessageKey; vars?: Record<string, string> };

export async function flashHeader(flash: Flash) {
  return flashCookie.serialize(flash);
}

export async function redirectWithFlash(to: string, flash: Flash, extra?: HeadersInit) {
  const headers = new Headers(extra);
  headers.append("Set-Cookie", await flashHeader(flash));
  return redirect(to, { headers });
}

export async function readFlash(
  request: Request,
): Promise<{ flash: Flash | null; clear: string | null }> {
  const value = (await flashCookie.parse(request.headers.get("cookie"))) as Flash | null;
  if (!value) return { flash: null, clear: null };
  const valid = typeof value.key === "string" && value.key in en;
  return { flash: valid ? value : null, clear: await flashCookie.serialize("", { maxAge: 0 }) };
}
