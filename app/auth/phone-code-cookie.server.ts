import { safeRedirect } from "~/utils/http.server";
import { createHmac, timingSafeEqual } from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { startPhoneCode } from "~/domain/accounts/phone-sign-in.server";
import { getLocale } from "~/i18n/i18n.server";
import { requestContext } from "~/utils/request.server";
import { appSecret } from "./app-secret.server";
import { secureCookies } from "~/utils/env.server";

// The secret that ties a code sent by SMS to the browser that asked for it (phone-sign-in.server.ts):
// random, so it needs no signature; http-only and short-lived like the code.
const cookie = () =>
  createCookie("ks_phone", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
    maxAge: 30 * 60,
  });

export const phoneCodeCookie = (secret: string) => cookie().serialize(secret);
export const clearPhoneCodeCookie = () => cookie().serialize("", { maxAge: 0 });

export async function phoneCodeSecret(request: Request): Promise<string | null> {
  const v: unknown = await cookie().parse(request.headers.get("cookie"));
  return typeof v === "string" && /^[A-Za-z0-9_-]{16,200}$/.test(v) ? v : null;
}

// A browser where a number signed in before is remembered for it (a keyed hash, never the number):
// asking for a code there is not stopped by the number's hourly cap, so strangers using up that cap
// from many addresses cannot keep its owner out of her account (a review).
const deviceCookie = () =>
  createCookie("ks_device", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
    maxAge: 365 * 24 * 3600,
  });

async function deviceMark(phone: string) {
  const key = await appSecret("cookie");
  return createHmac("sha256", key).update(`known-phone:${phone}`).digest("base64url");
}

export async function rememberDevice(phone: string) {
  return deviceCookie().serialize(await deviceMark(phone));
}

/** Whether this browser signed in with `phone` before. */
export async function knownDevice(request: Request, phone: string) {
  const v: unknown = await deviceCookie().parse(request.headers.get("cookie"));
  if (typeof v !== "string") return false;
  const a = Buffer.from(v);
  const b = Buffer.from(await deviceMark(phone));
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sends a code by SMS and continues at /phone/code, the browser holding the code's secret. Past a
 * rate limit it throws the DomainError that says when to ask again (the form's 429).
 */
export async function sendPhoneCode(
  request: Request,
  input: Parameters<typeof startPhoneCode>[0],
  /** Where she was going before signing in (a path on this site), kept through the code step. */
  next = "/",
): Promise<Response> {
  const secret = await startPhoneCode(input, {
    locale: await getLocale(request),
    ctx: requestContext(request),
    knownDevice: await knownDevice(request, input.phone),
  });
  return redirect(phoneCodePath(next), {
    headers: { "Set-Cookie": await phoneCodeCookie(secret) },
  });
}

/** The code step's address, carrying where to go once signed in (only a path on this site). */
export function phoneCodePath(next: FormDataEntryValue | null | undefined) {
  const to = safeRedirect(next);
  return to === "/" ? "/phone/code" : `/phone/code?redirectTo=${encodeURIComponent(to)}`;
}
