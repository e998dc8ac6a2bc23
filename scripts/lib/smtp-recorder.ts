// A real SMTP server on loopback that records what it receives (for the drills and the tests that
// start app servers); stop() takes it down and start() brings it back on the same port.
import { SMTPServer } from "smtp-server";

/** A real SMTP server on a fixed loopback port that records what it receives; stop() takes it down. */
export class Smtp {
  received: { to: string; messageId: string }[] = [];
  private server: SMTPServer | null = null;
  constructor(readonly port: number) {}
  start() {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onData: (stream, session, cb) => {
        let text = "";
        stream.on("data", (c: Buffer) => (text += c.toString()));
        stream.on("end", () => {
          const messageId = /^Message-ID:\s*(.+)$/im.exec(text)?.[1]?.trim() ?? "";
          for (const r of session.envelope.rcptTo) this.received.push({ to: r.address, messageId });
          cb();
        });
      },
    });
    this.server = server;
    return new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
  }
  stop() {
    const s = this.server;
    this.server = null;
    return new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
  }
}
