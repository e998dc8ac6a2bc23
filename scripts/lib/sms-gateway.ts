// A real HTTP server on loopback that speaks Africa's Talking's SMS API (form POST with username,
// to, message and from; the key in an `apiKey` header; one status per recipient in the JSON
// answer), so the app's client is tested against the contract, not against a mock of itself (the
// tests and the drills). Each request takes the next scripted behaviour; with none left, it
// accepts. `down` makes it answer 503 to everything, as a gateway in an outage does.
import http from "node:http";
import type net from "node:net";

export type Behaviour =
  | "accept"
  | { http: number } // the whole request refused with this status
  | { recipient: number; status: string } // answered 201, this recipient refused
  | "hang"; // never answers (and sends nothing): the client times out

export type Received = { to: string; message: string; from: string | null; messageId: string };

export async function startSmsGateway(opts: { username: string; apiKey: string }) {
  const received: Received[] = [];
  const script: Behaviour[] = [];
  let requests = 0;
  let seq = 0;
  const state = { down: false };
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      requests++;
      const form = new URLSearchParams(body);
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(value));
      };
      if (state.down) return json(503, { error: "Service Unavailable" });
      if (req.method !== "POST" || req.headers.apikey !== opts.apiKey)
        return json(401, { error: "The supplied authentication is invalid" });
      if (form.get("username") !== opts.username || !form.get("to") || !form.get("message"))
        return json(400, { error: "username, to and message are required" });
      const next = script.shift() ?? "accept";
      if (next === "hang") {
        hanging.add(res);
        return;
      }
      if (typeof next === "object" && "http" in next)
        return json(next.http, { error: `scripted ${next.http}` });
      const number = form.get("to")!;
      if (typeof next === "object")
        return json(201, {
          SMSMessageData: {
            Message: "Sent to 0/1 Total Cost: 0",
            Recipients: [
              {
                statusCode: next.recipient,
                number,
                status: next.status,
                cost: "0",
                messageId: "None",
              },
            ],
          },
        });
      const messageId = `ATXid_${++seq}`;
      received.push({
        to: number,
        message: form.get("message")!,
        from: form.get("from"),
        messageId,
      });
      json(201, {
        SMSMessageData: {
          Message: "Sent to 1/1 Total Cost: KES 0.8000",
          Recipients: [
            { statusCode: 101, number, status: "Success", cost: "KES 0.8000", messageId },
          ],
        },
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/version1/messaging`,
    received,
    script,
    state,
    requests: () => requests,
    async close() {
      for (const res of hanging) res.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
