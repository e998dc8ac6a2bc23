// A short-lived in-process cache of public pages for anonymous visitors: when a revocation makes
// the news and thousands look the same agency up, each app server renders that page once every
// few seconds instead of thousands of times. Only GET requests without a session or flash cookie,
// only the public read-only routes below, only 200 answers without Set-Cookie. The cached answer
// keeps the headers it was rendered with (its CSP nonce matches its scripts). Signed-in people,
// forms and everything else pass straight through. See ADR 0014.
import type { NextFunction, Request, Response } from "express";

const PUBLIC_ROUTES = [
  /^\/$/,
  /^\/agencies\/[^/]+$/,
  /^\/verify$/,
  /^\/verify\/[^/]+$/,
  /^\/warnings$/,
  /^\/jobs$/,
  /^\/stats(\.json)?$/,
  /^\/api\/v1\/agencies(\/.*)?$/,
  /^\/api\/v1\/verify\/[^/]+$/,
];
const MAX_ENTRIES = 5000;
const MAX_BODY_BYTES = 512 * 1024;
const MAX_TOTAL_BYTES = 64 * 1024 * 1024; // random query strings cannot make the cache grow past this
const SKIP_HEADERS = new Set([
  "x-request-id",
  "date",
  "connection",
  "content-length",
  "transfer-encoding",
  "content-encoding",
  "vary",
  "keep-alive",
]);

type Entry = {
  expires: number;
  status: number;
  headers: [string, string | number | string[]][];
  body: Buffer;
};

/**
 * What the page's language is chosen from (the language cookie and the browser's Accept-Language),
 * taken as sent: the cache never second-guesses the app's choice, at the cost of a few more entries.
 */
function localeKey(req: Request) {
  const lang = /(?:^|;\s*)ks_lang=([^;]*)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
  return `${lang}|${req.headers["accept-language"] ?? ""}`;
}

/** Anonymous: no cookie other than the language choice (a session or a flash message changes the page). */
function anonymous(req: Request) {
  const cookie = req.headers.cookie;
  if (!cookie) return true;
  return cookie.split(";").every((c) => {
    const name = c.split("=")[0]!.trim();
    return name === "" || name === "ks_lang";
  });
}

export function publicCache(ttlSeconds: number) {
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    totalBytes -= e.body.length;
    entries.delete(key);
  };
  return (req: Request, res: Response, next: NextFunction) => {
    if (
      ttlSeconds <= 0 ||
      req.method !== "GET" ||
      !anonymous(req) ||
      !PUBLIC_ROUTES.some((r) => r.test(req.path))
    )
      return next();
    const key = `${req.originalUrl}\u0000${localeKey(req)}`;
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) {
      for (const [name, value] of hit.headers) res.setHeader(name, value);
      res.setHeader("X-Cache", "HIT");
      res.setHeader("Age", String(Math.floor((now - (hit.expires - ttlSeconds * 1000)) / 1000)));
      res.status(hit.status).end(hit.body);
      return;
    }
    if (hit) drop(key);
    // Miss: let the app answer, and keep a copy of what it wrote.
    const chunks: Buffer[] = [];
    let size = 0;
    let keep = true;
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => Response;
    const collect = (chunk: unknown, encoding?: unknown) => {
      if (!keep || chunk == null || typeof chunk === "function") return;
      const b = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk) // what Remix streams (a copy)
          : Buffer.from(
              String(chunk),
              typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8",
            );
      size += b.length;
      if (size > MAX_BODY_BYTES) keep = false;
      else chunks.push(b);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      collect(chunk, rest[0]);
      if (keep && res.statusCode === 200 && !res.hasHeader("set-cookie")) {
        const headers = Object.entries(res.getHeaders()).filter(
          ([n]) => !SKIP_HEADERS.has(n),
        ) as Entry["headers"];
        const body = Buffer.concat(chunks);
        drop(key);
        while (
          entries.size > 0 &&
          (entries.size >= MAX_ENTRIES || totalBytes + body.length > MAX_TOTAL_BYTES)
        )
          drop(entries.keys().next().value!); // the oldest
        entries.set(key, { expires: Date.now() + ttlSeconds * 1000, status: 200, headers, body });
        totalBytes += body.length;
      }
      if (!res.headersSent) res.setHeader("X-Cache", "MISS");
      return end(chunk, ...rest);
    }) as Response["end"];
    next();
  };
}
