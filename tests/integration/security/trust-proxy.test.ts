// Attacker's test (sixth review, medium): behind a proxy the app trusted every X-Forwarded-For hop,
// so the client's own leftmost entry became its address: unlimited "per-source" password tries, a
// many-sources lock on anyone's account, and false addresses in the audit trail.
import { afterAll, describe, expect, it } from "vitest";
import express from "express";
import type net from "node:net";
import type { Server } from "node:http";
import { trustProxyHops } from "../../../scripts/server";

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

async function clientIp(setting: string | undefined, forwardedFor: string) {
  const app = express();
  app.set("trust proxy", trustProxyHops(setting));
  app.get("/", (req, res) => {
    res.send(req.ip);
  });
  const server = await new Promise<Server>((r) => {
    const s = app.listen(0, "127.0.0.1", () => r(s));
  });
  servers.push(server);
  const port = (server.address() as net.AddressInfo).port;
  const res = await fetch(`http://127.0.0.1:${port}/`, {
    headers: { "x-forwarded-for": forwardedFor },
  });
  return res.text();
}

describe("client addresses behind a proxy", () => {
  it("come from the entry our proxy added, never from one the client wrote", async () => {
    // nginx's $proxy_add_x_forwarded_for: the client's header, then the address nginx saw.
    expect(await clientIp("true", "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(await clientIp("1", "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    // Two proxies of ours (a CDN, then nginx): the address the CDN saw.
    expect(await clientIp("2", "6.6.6.6, 203.0.113.9, 198.51.100.7")).toBe("203.0.113.9");
    // Without TRUST_PROXY the header is ignored.
    expect(await clientIp(undefined, "6.6.6.6")).toMatch(/127\.0\.0\.1$/);
    expect(await clientIp("false", "6.6.6.6")).toMatch(/127\.0\.0\.1$/);
  });
});
