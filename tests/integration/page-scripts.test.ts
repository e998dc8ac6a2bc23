// ADR 0015: the pages the public and workers use send no JavaScript; staff pages keep it.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pageWantsScripts } from "~/ui/page-scripts";

const NO_SCRIPT_ROUTES = [
  "_index",
  "agencies.$id",
  "verify._index",
  "verify.$code",
  "warnings",
  "emergency",
  "jobs",
  "training._index",
  "training.$slug._index",
  "training.$slug.lessons.$n",
  "training.$slug.quiz",
  "stats",
  "report",
  "scorecard",
  "check-number",
  "check-offer",
  "cannot-reach",
  "login",
  "register",
  "forgot-password",
  "phone",
  "phone_.code",
  "reset-password.$token",
  "verify-email.$token",
  "compliance-check",
  "account",
  "my.profile",
  "my.contracts._index",
  "my.contracts.$id",
  "my.departure",
  "my.help",
  "my.fees",
  "my.pin",
  "my.terms.$registrationId",
  "my.rate.$registrationId",
  "my.return.$registrationId",
  "$", // the 404 page for any unknown address
];
const routesDir = path.resolve(import.meta.dirname, "..", "..", "app", "routes");

describe("which pages load scripts", () => {
  it("every public and worker page asks for none", async () => {
    for (const r of NO_SCRIPT_ROUTES) {
      const mod = (await import(path.join(routesDir, `${r}.tsx`))) as { handle?: unknown };
      expect(pageWantsScripts([{ handle: mod.handle }]), r).toBe(false);
    }
  });

  it("every other page with a screen keeps them (staff work on office computers)", async () => {
    const others = readdirSync(routesDir)
      .map((f) => f.replace(/\.tsx$/, ""))
      .filter((r) => !NO_SCRIPT_ROUTES.includes(r));
    let pages = 0;
    for (const r of others) {
      const mod = (await import(path.join(routesDir, `${r}.tsx`))) as {
        handle?: unknown;
        default?: unknown;
      };
      if (!mod.default) continue; // a resource route: no page
      pages++;
      expect(pageWantsScripts([{ handle: mod.handle }]), r).toBe(true);
    }
    expect(pages).toBeGreaterThan(20);
  });

  it("one route asking for none is enough for the page", () => {
    expect(pageWantsScripts([{ handle: undefined }, { handle: { scripts: false } }])).toBe(false);
    expect(pageWantsScripts([{ handle: undefined }, { handle: { other: 1 } }])).toBe(true);
  });
});
