// Attacker's test (issue 15 §6), at the routes: a control character in redirectTo got through after
// login and on /set-language, and CR/LF answered 500.
import { describe, expect, it } from "vitest";
import { createUser, TEST_PASSWORD } from "../../factories/users";

async function post(
  route: Promise<{ action: (a: never) => Promise<unknown> }>,
  path: string,
  body: Record<string, string>,
) {
  const { action } = await route;
  const request = new Request(`http://127.0.0.1${path}`, {
    method: "POST",
    body: new URLSearchParams(body),
  });
  const r = await action({ request, params: {}, context: {} } as never).catch((e: unknown) => e);
  return r as Response;
}

const HOSTILE = [
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\nSet-Cookie: a=b",
  "//evil.example",
  "/\\evil.example",
];

describe("redirects after a form", () => {
  it("/set-language sends every hostile redirectTo home, never a 500", async () => {
    for (const redirectTo of HOSTILE) {
      const r = await post(import("~/routes/set-language"), "/set-language", {
        locale: "sw",
        redirectTo,
      });
      expect(r.status).toBe(302);
      expect(r.headers.get("location")).toBe("/");
    }
    const ok = await post(import("~/routes/set-language"), "/set-language", {
      locale: "sw",
      redirectTo: "/jobs?q=nanny",
    });
    expect(ok.headers.get("location")).toBe("/jobs?q=nanny");
  });

  it("login sends every hostile redirectTo to the home page", async () => {
    const user = await createUser("WORKER");
    for (const redirectTo of HOSTILE) {
      const r = await post(import("~/routes/login"), "/login", {
        login: user.email,
        password: TEST_PASSWORD,
        redirectTo,
      });
      expect(r.status).toBe(302);
      expect(r.headers.get("location")).toBe("/");
    }
  });
});
