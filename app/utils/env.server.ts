import { z } from "zod";
import { parseBackupKey } from "~/ops/backup-crypto";

// Validated once, at boot: a bad value stops the server with a message that names it.
const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url("DATABASE_URL must be a postgresql:// URL"),
    // The owner's connection, for migrations and reference data (ADR 0018). The app itself connects
    // with DATABASE_URL as a role that cannot update, delete or truncate audit events.
    MIGRATION_DATABASE_URL: z
      .string()
      .url("MIGRATION_DATABASE_URL must be a postgresql:// URL")
      .optional(),
    // The least-privilege role the app connects as; migrations grant it its privileges (ADR 0018).
    APP_DB_ROLE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, "APP_DB_ROLE must be a plain lower-case role name")
      .optional(),
    // Signs the audit chain's checkpoints; the database never holds it (ADR 0018).
    AUDIT_CHECKPOINT_KEY: z
      .string()
      .min(32, "AUDIT_CHECKPOINT_KEY must be at least 32 characters (a long random string)")
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // Optional read replicas (comma-separated postgresql:// URLs) for reads that may lag a moment.
    DATABASE_REPLICA_URLS: z
      .string()
      .default("")
      .transform((v) =>
        v
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(
          z.string().url("DATABASE_REPLICA_URLS must be postgresql:// URLs separated by commas"),
        ),
      ),
    APP_URL: z
      .string()
      .url("APP_URL must be the public URL, e.g. https://kazisalama.go.ke")
      .optional(),
    SMTP_URL: z.string().url("SMTP_URL must look like smtp://user:pass@host:587").optional(),
    // Africa's Talking's SMS API (issue 16): all three or none; without them SMS wait at /admin/mail.
    SMS_URL: z
      .string()
      .url(
        "SMS_URL must be the gateway's messaging URL, e.g. https://api.africastalking.com/version1/messaging",
      )
      .optional(),
    SMS_USERNAME: z.string().min(1).optional(),
    SMS_API_KEY: z.string().min(1).optional(),
    SMS_SENDER_ID: z.string().min(1).max(11).optional(),
    SMS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
    // Set by `npm start` in demo mode (embedded database): /admin/mail then stands in for the
    // recipients' inboxes and shows the links and codes of messages. Never in production.
    DEMO_INBOX: z.enum(["true", "false"]).default("false"),
    MAIL_FROM: z.string().default("Kazi Salama <no-reply@kazisalama.go.ke>"),
    SECURE_COOKIES: z.enum(["true", "false"]).optional(),
    // Our proxies in front: "true" is one; a number of hops (1-5) for a chain (CDN then nginx).
    TRUST_PROXY: z.enum(["true", "false", "1", "2", "3", "4", "5"]).default("false"),
    OUTBOX_INTERVAL_MS: z.coerce.number().int().min(50).default(2000),
    UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
    // Scheduled backups (ADR 0021): every BACKUP_INTERVAL_HOURS (0: none), into BACKUP_DIR, keeping
    // BACKUP_KEEP, encrypted under BACKUP_KEY (required when scheduled in production).
    BACKUP_INTERVAL_HOURS: z.coerce
      .number()
      .min(0)
      .max(24 * 7)
      .default(0),
    BACKUP_DIR: z.string().min(1).default("backups"),
    BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
    BACKUP_KEY: z.string().optional(),
    JOBS_INTERVAL_MS: z.coerce.number().int().min(100).default(60_000),
    // The secret the USSD/SMS gateway sends with each callback (ADR 0017).
    GATEWAY_SECRET: z
      .string()
      .min(16, "GATEWAY_SECRET must be at least 16 characters (a long random string)")
      .optional(),
  })
  .superRefine((env, ctx) => {
    // Documents hold national IDs and passports: scheduled backups are never written in clear.
    if (env.NODE_ENV === "production" && env.BACKUP_INTERVAL_HOURS > 0 && !env.BACKUP_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["BACKUP_KEY"],
        message:
          "BACKUP_KEY must be set when BACKUP_INTERVAL_HOURS schedules backups: 32 bytes, e.g. `openssl rand -hex 32`, kept in your secret store",
      });
    try {
      parseBackupKey(env.BACKUP_KEY);
    } catch (e) {
      ctx.addIssue({ code: "custom", path: ["BACKUP_KEY"], message: (e as Error).message });
    }
    // Links in emails and QR codes are built from APP_URL alone (never from a request's Host header).
    if (env.NODE_ENV === "production" && !env.APP_URL)
      ctx.addIssue({
        code: "custom",
        path: ["APP_URL"],
        message:
          "APP_URL must be set in production: the public address used in email links and QR codes, e.g. https://kazisalama.go.ke",
      });
    if (env.NODE_ENV === "production" && !env.AUDIT_CHECKPOINT_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["AUDIT_CHECKPOINT_KEY"],
        message:
          "AUDIT_CHECKPOINT_KEY must be set in production: the key that signs the audit chain's checkpoints (at least 32 characters, kept outside the database)",
      });
    // The demo inbox shows everyone's links and codes: never on a server that delivers mail.
    if (env.DEMO_INBOX === "true" && (env.SMTP_URL || env.SMS_URL))
      ctx.addIssue({
        code: "custom",
        path: ["DEMO_INBOX"],
        message:
          "DEMO_INBOX shows every recipient's links and codes at /admin/mail: it is for the demo only, never with SMTP_URL or SMS_URL set",
      });
    const sms = [env.SMS_URL, env.SMS_USERNAME, env.SMS_API_KEY].filter(Boolean).length;
    if (sms > 0 && sms < 3)
      ctx.addIssue({
        code: "custom",
        path: ["SMS_URL"],
        message: "SMS_URL, SMS_USERNAME and SMS_API_KEY go together: set all three, or none",
      });
    // Gateway callbacks (USSD now, SMS later) are trusted only with this secret (ADR 0017).
    if (env.NODE_ENV === "production" && !env.GATEWAY_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["GATEWAY_SECRET"],
        message:
          "GATEWAY_SECRET must be set in production: the secret the USSD/SMS gateway sends with each callback (at least 16 characters)",
      });
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validates an environment; throws a message naming every bad value. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function getEnv(): Env {
  return (cached ??= parseEnv(process.env));
}

export function isProduction() {
  return getEnv().NODE_ENV === "production";
}

export function secureCookies() {
  const env = getEnv();
  return env.SECURE_COOKIES ? env.SECURE_COOKIES === "true" : env.NODE_ENV === "production";
}

/** The SMS gateway's settings, when all are set (else SMS wait in the outbox). */
export function smsGateway(env: Env) {
  return env.SMS_URL && env.SMS_USERNAME && env.SMS_API_KEY
    ? {
        url: env.SMS_URL,
        username: env.SMS_USERNAME,
        apiKey: env.SMS_API_KEY,
        from: env.SMS_SENDER_ID,
        timeoutMs: env.SMS_TIMEOUT_MS,
      }
    : null;
}
