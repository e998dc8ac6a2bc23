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
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\"))
    return fallback;
  return to;
}

export function badRequest(message = "Bad request"): never {
  throw new Response(message, { status: 400 });
}

export function notFound(): never {
  throw new Response("Not found", { status: 404 });
}

/**
 * The submitted form. A body that is not a form (another content type, broken multipart) answers
 * 400 with a message in both languages, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw unreadableForm();
  }
  // PostgreSQL text cannot hold a NUL character, and no person types one: refuse it here, once,
  // rather than fail at the database.
  for (const [, v] of form) if (typeof v === "string" && v.includes("\0")) throw unreadableForm();
  return form;
}

function unreadableForm() {
  return new Response(
    "The form could not be read: send it again from the page.\nFomu haikuweza kusomwa: itume tena kutoka kwenye ukurasa.",
    {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    },
  );
}
