// The HTTP server: Express 4 in front of the Remix build. Security headers, request ids, body
// limits, the same-origin check, health checks and graceful shutdown live here.
import { randomBytes, randomUUID } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import pg from "pg";
import { pendingMigrations } from "./lib/migrations.ts";
import { publicCache } from "./lib/public-cache.ts";
import { backupOverdue } from "../app/ops/backup-manifest.ts";

export const BODY_LIMIT_BYTES = 1024 * 1024; // 1 MiB; uploads get their own limit where they exist
// Routes that take file uploads (a 5 MiB document or CSV plus the multipart envelope).
const UPLOAD_ROUTES = [/^\/agency\/application\/?$/, /^\/nea\/agencies\/import\/?$/];
const UPLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

type AppBuild = ServerBuild & {
  entry: {
    module: { startBackgroundJobs?: () => () => Promise<void>; disconnectDb?: () => Promise<void> };
  };
};

function securityHeaders(production: boolean) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader(
      "Content-Security-Policy",
      [
        "default-src 'self'",
        `script-src 'self' 'nonce-${nonce}'`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
      ].join("; "),
    );
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (production && req.secure)
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    next();
  };
}

/**
 * How many proxies in front are ours (`TRUST_PROXY`): `true` is one. The client's address is the one
 * the outermost of them saw (counted from the right of X-Forwarded-For); never `trust proxy: true`,
 * which takes the leftmost entry, one the client writes itself (an independent review: unlimited
 * "per-source" password tries and false addresses in the audit trail).
 */
export function trustProxyHops(setting: string | undefined): number | false {
  if (setting === "true") return 1;
  const n = Number(setting);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : false;
}

/** Rejects cross-site state changes: a browser's Origin must match this host. */
export function sameOrigin(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
  // The public API uses no cookies, so a cross-site call can act for nobody: let other sites call it.
  // The path as the router will see it (dot segments resolved: /api/v1/../../logout is /logout).
  if (new URL(req.originalUrl, "http://kazi-salama.invalid").pathname.startsWith("/api/v1/"))
    return next();
  const origin = req.get("origin");
  if (origin && origin !== "null") {
    const expected = `${req.protocol}://${req.get("host")}`;
    if (origin !== expected)
      return res.status(403).type("text/plain").send("Cross-origin request refused");
  } else if (origin === "null" || req.get("sec-fetch-site") === "cross-site") {
    return res.status(403).type("text/plain").send("Cross-origin request refused");
  }
  next();
}

const UNAVAILABLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kazi Salama — briefly unavailable</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head>
<body><h1>Kazi Salama is briefly unavailable</h1><p>Everything already confirmed to you is safe. What you sent just now was not saved: please send it again in a minute.</p>
<h2 lang="sw">Kazi Salama haipatikani kwa muda mfupi</h2><p lang="sw">Kila kitu ulichothibitishiwa kiko salama. Ulichotuma sasa hivi hakijahifadhiwa: tafadhali kitume tena baada ya dakika moja.</p>
<p>In an emergency abroad, call the Kenyan embassy or consulate.</p><p lang="sw">Ukiwa na dharura nje ya nchi, piga simu kwa ubalozi wa Kenya.</p></body></html>`;

const MALFORMED_ADDRESS =
  "Bad request: this address is not valid. Check the link and try again.\nOmbi batili: anwani hii si sahihi. Angalia kiungo ujaribu tena.";

/** An address with broken percent-encoding or a NUL character is a 400, before any route sees it. */
function wellFormedUrl(req: Request, res: Response, next: NextFunction) {
  const refuse = () => res.status(400).type("text/plain; charset=utf-8").send(MALFORMED_ADDRESS);
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    return refuse();
  }
  if (decoded.includes("\0") || /%00/i.test(req.originalUrl)) return refuse();
  next();
}

function bodyLimit(req: Request, res: Response, next: NextFunction) {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const length = req.get("content-length");
  if (length === undefined && req.get("transfer-encoding")) {
    return res.status(411).type("text/plain").send("Content-Length required");
  }
  const limit = UPLOAD_ROUTES.some((r) => r.test(req.path)) ? UPLOAD_LIMIT_BYTES : BODY_LIMIT_BYTES;
  if (Number(length ?? 0) > limit)
    return res.status(413).type("text/plain").send("Request body too large");
  next();
}

/** PUBLIC_CACHE_SECONDS: how long an anonymous public page may be reused (0 turns the cache off). */
function publicCacheSeconds() {
  const raw = process.env.PUBLIC_CACHE_SECONDS ?? "5";
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 300)
    throw new Error("PUBLIC_CACHE_SECONDS must be a whole number of seconds from 0 to 300");
  return n;
}

export async function startServer(opts: {
  host: string;
  port: number;
  databaseUrl: string;
  production: boolean;
  /** Background jobs in this process (false for the other processes of a cluster). */
  jobs?: boolean;
}) {
  const root = path.resolve(import.meta.dirname, "..");
  const build = (await import(
    pathToFileURL(path.join(root, "build", "index.js")).href
  )) as AppBuild;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxyHops(process.env.TRUST_PROXY));

  app.use((req, res, next) => {
    const id = randomUUID();
    req.headers["x-request-id"] = id; // never trust a client-supplied id
    req.headers["x-kazi-client-ip"] = req.ip ?? "";
    res.setHeader("X-Request-Id", id);
    next();
  });
  app.use(securityHeaders(opts.production));
  app.use(compression());

  const health = new pg.Pool({
    connectionString: opts.databaseUrl,
    max: 1,
    connectionTimeoutMillis: 2000,
    query_timeout: 2000,
  });
  health.on("error", () => {});
  // While the database cannot be reached, pages answer 503 with a short notice in both languages
  // (and Retry-After) instead of an error page; a probe every second notices when it is back.
  let databaseDown = false;
  const probe = async () => {
    try {
      await health.query("SELECT 1");
      databaseDown = false;
    } catch {
      databaseDown = true;
    }
  };
  const probeTimer = setInterval(() => void probe(), 1000);
  probeTimer.unref();
  let migrationsChecked = false;
  app.get("/healthz", (_req, res) => res.type("text/plain").send("ok"));
  app.get("/readyz", async (_req, res) => {
    try {
      await health.query("SELECT 1");
      databaseDown = false;
      if (!migrationsChecked) {
        const pending = await pendingMigrations(opts.databaseUrl);
        if (pending.length)
          return res.status(503).json({ ready: false, reason: "migrations pending", pending });
        migrationsChecked = true;
      }
      // For operators: when backups are scheduled, the last success and whether it is overdue
      // (never a reason to leave rotation: serving does not depend on it).
      const hours = Number(process.env.BACKUP_INTERVAL_HOURS ?? 0);
      if (!(hours > 0)) return res.json({ ready: true });
      const last = await health.query<{ at: Date }>(
        `SELECT at FROM "AuditEvent" WHERE action = 'backup.completed' ORDER BY seq DESC LIMIT 1`,
      );
      const at = last.rows[0]?.at ?? null;
      res.json({
        ready: true,
        backup: { lastSuccessAt: at, overdue: backupOverdue(at, hours), everyHours: hours },
      });
    } catch {
      databaseDown = true;
      res.status(503).json({ ready: false, reason: "database unreachable" });
    }
  });

  app.use(
    "/build",
    express.static(path.join(root, "public", "build"), { immutable: true, maxAge: "1y" }),
  );
  // Only paths that name a file (styles.css, favicon.svg) look in public/: a page request costs no file-system check.
  const publicFiles = express.static(path.join(root, "public"), { maxAge: "1h" });
  app.use((req, res, next) =>
    /\.[A-Za-z0-9]+$/.test(req.path) ? publicFiles(req, res, next) : next(),
  );
  app.use(wellFormedUrl, sameOrigin, bodyLimit);
  // Anonymous public pages for a few seconds (a cached page is served even while the database is down).
  app.use(publicCache(publicCacheSeconds()));
  app.use((req, res, next) => {
    if (!databaseDown) return next();
    res.status(503).set("Retry-After", "30").set("Cache-Control", "no-store");
    if (req.path.startsWith("/api/")) {
      return res.json({
        error: "unavailable",
        message: "The service is briefly unavailable; try again in a minute.",
      }); // the API's Error shape
    }
    res.type("html").send(UNAVAILABLE_PAGE);
  });
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: opts.production ? "production" : "development",
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  );
  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    process.stderr.write(`unhandled error ${req.headers["x-request-id"]}: ${String(err)}\n`);
    if (!res.headersSent)
      res
        .status(500)
        .type("text/plain")
        .send(`Internal error. Reference: ${req.headers["x-request-id"]}`);
  });

  const stopJobs =
    (opts.jobs !== false && build.entry.module.startBackgroundJobs?.()) || (async () => {});
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(opts.port, opts.host, () => resolve(s));
  });
  server.keepAliveTimeout = 65_000;
  return {
    server,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 5000).unref();
      });
      clearInterval(probeTimer);
      await stopJobs();
      await health.end();
      await build.entry.module.disconnectDb?.();
    },
  };
}
