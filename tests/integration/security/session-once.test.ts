// The session is read once per page (issue 18): the root's loader and the page's loader of one GET
// request share it. Never across requests, never for another session's cookie, and never for a
// POST, whose action may sign the user out before the loaders run.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getAuth, getUser } from "~/auth/require.server";
import { lucia } from "~/auth/session.server";
import { createUser, sessionCookie } from "../../factories/users";

const request = (cookie: string, requestId: string, method = "GET") =>
  new Request("http://127.0.0.1/mission", {
    method,
    headers: { cookie, "x-request-id": requestId },
  });

afterEach(() => vi.restoreAllMocks());

describe("who is signed in, within one request", () => {
  it("is read from the database once for all the loaders of one GET request", async () => {
    const attache = await createUser("LABOUR_ATTACHE");
    const cookie = await sessionCookie(attache.id);
    const reads = vi.spyOn(lucia, "validateSession");
    const id = randomUUID();
    const [a, b] = await Promise.all([getUser(request(cookie, id)), getUser(request(cookie, id))]);
    expect(a?.id).toBe(attache.id);
    expect(b?.id).toBe(attache.id);
    expect(reads).toHaveBeenCalledTimes(1);
    // The next request reads it again.
    await getUser(request(cookie, randomUUID()));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it("is never shared with another session's cookie in the same request", async () => {
    const one = await createUser("LABOUR_ATTACHE");
    const two = await createUser("NEA_OFFICER");
    const id = randomUUID();
    expect((await getUser(request(await sessionCookie(one.id), id)))?.id).toBe(one.id);
    expect((await getUser(request(await sessionCookie(two.id), id)))?.id).toBe(two.id);
  });

  it("is read afresh by the loaders that follow an action (a POST may sign the user out)", async () => {
    const cookie = await sessionCookie((await createUser("LABOUR_ATTACHE")).id);
    const id = randomUUID();
    const before = await getAuth(request(cookie, id, "POST"));
    expect(before).not.toBeNull();
    await lucia.invalidateSession(before!.session.id); // the action signs out
    expect(await getAuth(request(cookie, id, "POST"))).toBeNull();
  });
});
