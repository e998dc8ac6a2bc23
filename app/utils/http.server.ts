import { getEnv } from "./env.server";

/** The public base URL for links in emails. */
export function appUrl(request: Request) {
  return (getEnv().APP_URL ?? new URL(request.url).origin).replace(/\/$/, "");
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
