import { createCookie, type Cookie } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { en, type MessageKey } from "~/i18n/messages";
import { appSecret } from "~/auth/app-secret.server";
import { secureCookies } from "~/utils/env.server";

// A one-shot message shown after a redirect. Only catalogue keys travel in the cookie, and it is
// signed, so nobody can plant a message (or its values) in someone's browser.
let cookie: Promise<Cookie> | undefined;
function flashCookie() {
  return (cookie ??= appSecret("cookie").then((secret) =>
    createCookie("ks_flash", {
      path: "/",
      sameSite: "lax",
      httpOnly: true,
      secure: secureCookies(),
      maxAge: 60,
      secrets: [secret],
    }),
  )).catch((e: unknown) => {
    cookie = undefined;
    throw e;
  });
}

export type Flash = {
  key: MessageKey;
  vars?: Record<string, string>;
  /**
   * After a submission that matters (a report, a request for help, an application): a confirmation
   * panel with this title, the reference shown large, and the message as "what happens next".
   */
  confirmation?: { title: MessageKey; reference?: string };
};

export async function flashHeader(flash: Flash) {
  return (await flashCookie()).serialize(flash);
}

export async function redirectWithFlash(to: string, flash: Flash, extra?: HeadersInit) {
  const headers = new Headers(extra);
  headers.append("Set-Cookie", await flashHeader(flash));
  return redirect(to, { headers });
}

export async function readFlash(
  request: Request,
): Promise<{ flash: Flash | null; clear: string | null }> {
  const header = request.headers.get("cookie");
  if (!header?.includes("ks_flash=")) return { flash: null, clear: null }; // most pages: no query
  const c = await flashCookie();
  const value = (await c.parse(header)) as Flash | null;
  if (!value) return { flash: null, clear: null };
  const valid =
    typeof value.key === "string" &&
    value.key in en &&
    (value.confirmation === undefined ||
      (typeof value.confirmation?.title === "string" && value.confirmation.title in en));
  return { flash: valid ? value : null, clear: await c.serialize("", { maxAge: 0 }) };
}
