// Attacker's test (issue 15 §6): redirectTo after login and on /set-language must never leave the
// site. A corpus of known open-redirect bypasses; each must give the fallback.
import { describe, expect, it } from "vitest";
import { safeRedirect } from "~/utils/http.server";

const BYPASSES = [
  "https://evil.example",
  "http:evil.example",
  "//evil.example",
  "///evil.example",
  "////evil.example/",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  "/\r\nSet-Cookie: x=1",
  "/\u0000/evil.example",
  "/\u000b/evil.example",
  "/\u007f/evil.example",
  "\t//evil.example",
  " //evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "%2F%2Fevil.example",
  // Dot segments the URL parser resolves into a protocol-relative path (an independent review).
  "/.//evil.example/phish",
  "/..//evil.example",
  "/./%2e%2e//evil.example",
  "/a/..//evil.example",
  "/%2e//evil.example",
  "",
  "/" + "a".repeat(3000),
];

describe("safeRedirect", () => {
  it.each(BYPASSES.map((b) => [JSON.stringify(b).slice(0, 40), b]))("refuses %s", (_, to) => {
    expect(safeRedirect(to, "/fallback")).toBe("/fallback");
  });

  it("refuses what is not a string", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect(new File(["x"], "x"))).toBe("/");
  });

  it("keeps paths on this site, as the URL parser reads them", () => {
    expect(safeRedirect("/nea/contracts?status=SUBMITTED#top")).toBe(
      "/nea/contracts?status=SUBMITTED#top",
    );
    expect(safeRedirect("/my/profile")).toBe("/my/profile");
    expect(safeRedirect("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example"); // a path, not a host
    expect(safeRedirect("/a/../b")).toBe("/b");
    expect(safeRedirect("/habari yako")).toBe("/habari%20yako");
  });

  it("whatever it returns is a same-site path a browser cannot read as another host", () => {
    for (const to of [...BYPASSES, "/x", "/a//b", "/./x"]) {
      const out = safeRedirect(to);
      expect(new URL(out, "https://kazisalama.go.ke").host).toBe("kazisalama.go.ke");
      expect(out).not.toMatch(/[\s\\]/);
    }
  });
});
