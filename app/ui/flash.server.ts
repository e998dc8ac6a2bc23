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
  /** The page a confirmation belongs to: refreshing that page shows it again (set by the redirect). */
  at?: string;
};

/** A page's address without Remix's data parameters (a client navigation asks "?_data=root"). */
function pageOf(url: URL) {
  const q = new URLSearchParams(url.search);
  q.delete("_data");
  q.delete("index");
  const search = q.toString();
  return search ? `${url.pathname}?${search}` : url.pathname;
}

/** How long a confirmation stays on its page through refreshes: time to copy the reference. */
const CONFIRMATION_SECONDS = 15 * 60;

export async function flashHeader(flash: Flash) {
  return (await flashCookie()).serialize(
    flash,
    flash.confirmation ? { maxAge: CONFIRMATION_SECONDS } : undefined,
  );
}

export async function redirectWithFlash(to: string, flash: Flash, extra?: HeadersInit) {
  const headers = new Headers(extra);
  const at = flash.confirmation ? pageOf(new URL(to, "http://local")) : undefined;
  headers.append("Set-Cookie", await flashHeader({ ...flash, at }));
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
  // A confirmation stays while she is on its page (a refresh, a phone reloading a tab) and goes as
  // soon as she opens any other page; any other message is shown once.
  const onItsPage = valid && !!value.confirmation && value.at === pageOf(new URL(request.url));
  if (onItsPage) return { flash: value, clear: null };
  // A confirmation has been seen on its page (the redirect went there): elsewhere it just goes.
  const show = valid && !value.at;
  return { flash: show ? value : null, clear: await c.serialize("", { maxAge: 0 }) };
}
