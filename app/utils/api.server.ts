// JSON answers of the public API (/api/v1): CORS open (read-only public data), short caching,
// and errors as JSON with a stable machine-readable code.
const HEADERS = {
  "Content-Type": "application/json; charset=utf-8",
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=30",
};

export function apiJson(body: unknown, status = 200, extra?: Record<string, string>) {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...extra } });
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
