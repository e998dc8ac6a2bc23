// Drill: PostgreSQL stops under load and comes back. /readyz must say so while it is down, pages
// must answer 503 (or come from the public-page cache), and the same app process must serve again
// once it is back, with no restart.
import type { EmbeddedDatabase } from "../lib/embedded-postgres.ts";
import {
  App,
  BASE,
  log,
  randomIp,
  restartDatabase,
  sleep,
  withClient,
  type DrillResult,
} from "./env.ts";

/** `at`: when the request was sent (a request sent before the stop may still be answered from the database). */
type Sample = { at: number; status: number };

export async function pgRestart(
  url: string,
  db: { current: EmbeddedDatabase },
  app: App,
): Promise<DrillResult> {
  const facts: string[] = [];
  const agencyId = await withClient(
    url,
    async (c) =>
      (await c.query(`SELECT id FROM "Agency" WHERE status = 'ACTIVE' ORDER BY id LIMIT 1`)).rows[0]
        .id as string,
  );
  const paths = ["/?q=jamii", `/agencies/${agencyId}`, "/api/v1/agencies?q=bench", "/stats.json"];
  const load: Sample[] = [];
  const ready: Sample[] = [];
  let running = true;
  const t0 = Date.now();
  const loader = async (i: number) => {
    let n = i;
    while (running) {
      const path = paths[n++ % paths.length]!;
      const sent = Date.now() - t0;
      try {
        const r = await fetch(`${BASE}${path}`, {
          headers: { "x-forwarded-for": randomIp() },
          signal: AbortSignal.timeout(10_000),
        });
        await r.arrayBuffer();
        load.push({ at: sent, status: r.status });
      } catch {
        load.push({ at: sent, status: 0 });
        await sleep(50);
      }
    }
  };
  const prober = async () => {
    while (running) {
      const sent = Date.now() - t0;
      try {
        const r = await fetch(`${BASE}/readyz`, { signal: AbortSignal.timeout(5000) });
        await r.arrayBuffer();
        ready.push({ at: sent, status: r.status });
      } catch {
        ready.push({ at: sent, status: 0 });
      }
      await sleep(250);
    }
  };
  const workers = [...Array.from({ length: 8 }, (_, i) => loader(i)), prober()];

  await sleep(3000);
  log("Stopping PostgreSQL under load…");
  const downAt = Date.now() - t0;
  await db.current.stop();
  const stoppedAt = Date.now() - t0; // the stop itself takes a moment under load
  await sleep(8000);
  log("Starting PostgreSQL again…");
  const startingAt = Date.now() - t0; // it accepts connections a moment before the start returns
  db.current = await restartDatabase();
  const upAt = Date.now() - t0;
  // Wait for the app to serve again, up to a minute.
  let recoveredAt: number | null = null;
  while (Date.now() - t0 < upAt + 60_000) {
    const recent = load.filter((s) => s.at > Date.now() - t0 - 1000);
    if (recent.length > 5 && recent.every((s) => s.status === 200)) {
      recoveredAt = recent[0]!.at;
      break;
    }
    await sleep(250);
  }
  await sleep(3000);
  running = false;
  await Promise.all(workers);

  const phase = (s: Sample[], from: number, to: number) =>
    s.filter((x) => x.at >= from && x.at < to);
  const summary = (s: Sample[]) => {
    const by = new Map<number, number>();
    for (const x of s) by.set(x.status, (by.get(x.status) ?? 0) + 1);
    return (
      [...by]
        .sort((a, b) => a[0] - b[0])
        .map(([k, v]) => `${k === 0 ? "no answer" : k}×${v}`)
        .join(", ") || "none"
    );
  };
  const before = phase(load, 0, downAt);
  const during = phase(load, downAt, upAt);
  const settled = phase(load, stoppedAt + 2000, startingAt); // the server's probe looks every second
  const afterUp = phase(load, (recoveredAt ?? upAt) + 1000, Infinity);
  const readyDown = phase(ready, stoppedAt + 1000, startingAt);
  const readyEnd = ready.slice(-4);
  facts.push(`Load before the stop: ${summary(before)}.`);
  facts.push(
    `PostgreSQL down for ${((upAt - downAt) / 1000).toFixed(1)} s: pages answered ${summary(during)} (from 2 s after the stop completed, ${((stoppedAt - downAt) / 1000).toFixed(1)} s after it began: ${summary(settled)}); /readyz answered ${summary(readyDown)}.`,
  );
  facts.push(
    recoveredAt === null
      ? "The app did NOT serve again within a minute of PostgreSQL's return."
      : `Serving again ${((recoveredAt - upAt) / 1000).toFixed(1)} s after PostgreSQL was back, same process (no restart); after that: ${summary(afterUp)}; /readyz ${summary(readyEnd)}.`,
  );
  const stillAlive = app.proc !== null && app.proc.exitCode === null;
  const passed =
    before.every((s) => s.status === 200) &&
    readyDown.length > 0 &&
    readyDown.every((s) => s.status === 503) &&
    recoveredAt !== null &&
    afterUp.length > 0 &&
    afterUp.every((s) => s.status === 200) &&
    readyEnd.every((s) => s.status === 200) &&
    // Once the probe has noticed: a 503 with its notice, or a page still in the public cache (200).
    during.every((s) => s.status !== 0) &&
    settled.some((s) => s.status === 503) &&
    settled.every((s) => s.status === 503 || s.status === 200) &&
    stillAlive;
  return { name: "PostgreSQL restarted under load", passed, facts };
}
