import { createCookie } from "@remix-run/node";
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
