// Attacker's test (issue 15, low): the cross-origin check skipped any path starting with /api/v1/
// before dot segments were resolved, so a cross-site form could POST to /api/v1/../../logout.
import { describe, expect, it } from "vitest";
import type { NextFunction, Request, Response } from "express";
import { sameOrigin } from "../../scripts/server.ts";

function check(originalUrl: string, headers: Record<string, string>) {
  let status = 0;
  let passed = false;
  const req = {
    method: "POST",
    originalUrl,
    protocol: "https",
    get: (h: string) => ({ host: "kazisalama.go.ke", ...headers })[h.toLowerCase()],
  } as unknown as Request;
  const res = {
    status(s: number) {
      status = s;
      return this;
    },
    type() {
      return this;
    },
    send() {
      return this;
    },
  } as unknown as Response;
  sameOrigin(req, res, (() => (passed = true)) as NextFunction);
  return passed ? "passed" : status;
}

const evil = { origin: "https://evil.example" };

describe("the cross-origin check", () => {
  it("lets other sites call the cookie-less public API", () => {
    expect(check("/api/v1/compliance-check", evil)).toBe("passed");
  });

  it.each([
    "/api/v1/../../logout",
    "/api/v1/%2e%2e/%2e%2e/logout",
    "/api/v1/./../logout?x=1",
    "/logout",
  ])("refuses a cross-site POST to %s", (url) => {
    expect(check(url, evil)).toBe(403);
    expect(check(url, { "sec-fetch-site": "cross-site" })).toBe(403);
  });

  it("accepts the same site", () => {
    expect(check("/logout", { origin: "https://kazisalama.go.ke" })).toBe("passed");
  });
});
