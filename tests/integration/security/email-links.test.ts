// Attacker's test (issue 15 §5): links in emails and QR codes must not follow the request's Host
// header, or a password-reset email could be made to point at any site.
import { describe, expect, it } from "vitest";
import { db } from "~/utils/db.server";
import { appUrl } from "~/utils/http.server";
import { parseEnv } from "~/utils/env.server";
import { createUser } from "../../factories/users";
import { runNode, TSX } from "../../setup/run";

describe("links in emails", () => {
  it("a reset requested through a forged Host header still links to the configured address", async () => {
    const user = await createUser("WORKER");
    const { action } = await import("~/routes/forgot-password");
    const request = new Request("http://evil.example/forgot-password", {
      method: "POST",
      body: new URLSearchParams({ login: user.email }),
      headers: { host: "evil.example", "x-forwarded-host": "evil.example" },
    });
    await action({ request, params: {}, context: {} } as never).catch((e: unknown) => e);
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: user.email, template: "resetPassword" },
    });
    expect(mail.text).not.toContain("evil.example");
    expect(mail.text).toContain(`${appUrl()}/reset-password/`);
  });

  it("production refuses to start without APP_URL, with a message naming it", async () => {
    const base = {
      NODE_ENV: "production" as const,
      DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/db",
      GATEWAY_SECRET: "a-long-random-gateway-secret",
      AUDIT_CHECKPOINT_KEY: "a-long-random-audit-checkpoint-key-0123",
    };
    expect(() => parseEnv(base)).toThrow(/APP_URL must be set in production/);
    expect(parseEnv({ ...base, APP_URL: "https://kazisalama.go.ke" }).APP_URL).toBe(
      "https://kazisalama.go.ke",
    );
    // The gateway secret likewise (ADR 0017).
    const { GATEWAY_SECRET: _g, ...noSecret } = { ...base, APP_URL: "https://kazisalama.go.ke" };
    expect(() => parseEnv(noSecret)).toThrow(/GATEWAY_SECRET must be set in production/);
    expect(() => parseEnv({ ...noSecret, GATEWAY_SECRET: "short" })).toThrow(
      /at least 16 characters/,
    );
    // And the key that signs the audit checkpoints (ADR 0018).
    const { AUDIT_CHECKPOINT_KEY: _k, ...noKey } = { ...base, APP_URL: "https://kazisalama.go.ke" };
    expect(() => parseEnv(noKey)).toThrow(/AUDIT_CHECKPOINT_KEY must be set in production/);
    // The demo inbox (everyone's links and codes at /admin/mail) never on a server that delivers.
    const ok = { ...base, APP_URL: "https://kazisalama.go.ke" };
    expect(() => parseEnv({ ...ok, SMTP_URL: "smtp://m:25", DEMO_INBOX: "true" })).toThrow(
      /DEMO_INBOX .* never with SMTP_URL or SMS_URL/,
    );
    expect(parseEnv({ ...ok, SMTP_URL: "smtp://m:25" }).DEMO_INBOX).toBe("false");
    expect(() =>
      parseEnv({ ...ok, SMS_URL: "https://api.example/version1/messaging", DEMO_INBOX: "true" }),
    ).toThrow(/never with SMTP_URL or SMS_URL/);
    // The SMS gateway's settings go together.
    expect(() => parseEnv({ ...ok, SMS_URL: "https://api.example/version1/messaging" })).toThrow(
      /SMS_URL, SMS_USERNAME and SMS_API_KEY go together/,
    );

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...base,
      DATABASE_URL: process.env.DATABASE_URL,
    };
    delete env.APP_URL;
    const r = await runNode([TSX, "scripts/start.ts", "--no-build"], { env, timeoutMs: 60_000 });
    expect(r.stderr).toContain("APP_URL must be set in production");
    expect(r.status).toBe(1);
    // A real database never gets the demo inbox (every recipient's links and codes).
    const inbox = await runNode([TSX, "scripts/start.ts", "--no-build"], {
      env: { ...env, APP_URL: "https://kazisalama.go.ke", DEMO_INBOX: "true" },
      timeoutMs: 60_000,
    });
    expect(inbox.stderr).toContain("for the embedded demo database only");
    expect(inbox.status).toBe(1);
  });
});
