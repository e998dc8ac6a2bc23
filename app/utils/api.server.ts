// JSON answers of the public API (/api/v1): CORS open (read-only public data), short caching,
// and errors as JSON with a stable machine-readable code.
import { en, translate, type MessageKey } from "~/i18n/messages";

const HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=30",
};

export function apiJson(body: unknown, status = 200, extra?: Record<string, string>) {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...extra } });
}

/**
 * A schema's issues as the API reports them: the field, and the message in English (schemas name
 * their messages with catalogue keys, shared with the forms).
 */
export function issueDetails(issues: { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({
    field: i.path.map(String).join("."),
    message: i.message in en ? translate("en", i.message as MessageKey) : i.message,
  }));
}

export function apiError(
  status: 400 | 404 | 429,
  error: string,
  message: string,
  details?: unknown,
) {
  return apiJson({ error, message, ...(details ? { details } : {}) }, status, {
    "Cache-Control": "no-store",
  });
}
