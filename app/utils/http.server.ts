import { getEnv } from "./env.server";

/** The public base URL for links in emails. */
export function appUrl(request: Request) {
  return (getEnv().APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
}

/** The base URL for links in emails sent by background jobs (no request at hand). */
export function jobAppUrl() {
  return (getEnv().APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** Only same-site relative paths: never an open redirect. */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  return to;
}

export function badRequest(message = "Bad request"): never {
  throw new Response(message, { status: 400 });
}

export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}
