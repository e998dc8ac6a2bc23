import { getEnv } from "./env.server";

/**
 * The public base URL for links in emails and QR codes. From configuration only, never from a
 * request's Host header (which a sender chooses): production refuses to start without APP_URL, and
 * `npm start` in demo mode sets it from HOST and PORT. The fallback serves development and tests.
 */
export function appUrl() {
  return (getEnv().APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

const REDIRECT_BASE = "http://kazi-salama.invalid";

/**
 * Where to send someone after login or a language change: only a path on this site, returned as the
 * URL parser reads it. Anything else gives `fallback`: absolute and protocol-relative URLs, control
 * characters (browsers drop tab and newline, so "/\t/evil.example" would be "//evil.example"; CR
 * and LF would break the header) and backslashes (browsers read them as slashes).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  if (typeof to !== "string" || to.length > 2000) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(to) || !to.startsWith("/") || to.startsWith("//"))
    return fallback;
  let url: URL;
  try {
    url = new URL(to, REDIRECT_BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== REDIRECT_BASE) return fallback;
  // The parser resolves dot segments ("/.//evil.example" → "//evil.example"): check what is returned,
  // not only what was given (an independent review).
  const out = `${url.pathname}${url.search}${url.hash}`;
  if (!out.startsWith("/") || out.startsWith("//") || out.startsWith("/\\")) return fallback;
  return out;
}

export function badRequest(message = "Bad request"): never {
  throw new Response(message, { status: 400 });
}

/** Denies a page or an action to this person (the 403 page in the reader's language). */
export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
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
