import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { db, disconnectAll } from "~/utils/db.server";
import { getEnv, smsGateway } from "~/utils/env.server";
import { startOutboxWorker, startSmsWorker } from "~/notifications/outbox.server";
import { startScheduler } from "~/jobs/scheduler.server";
import { scheduledJobs } from "~/jobs/jobs.server";
import { NonceContext } from "~/ui/nonce";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  context: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = (loadContext as { cspNonce?: string }).cspNonce;
  const bot = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={context} url={request.url} abortDelay={streamTimeout} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [bot ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          headers.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(createReadableStreamFromReadable(body), { headers, status }));
          pipe(body);
        },
        onShellError: reject,
        onError(error: unknown) {
          status = 500;
          if (shellRendered) process.stderr.write(`render error: ${String(error)}\n`);
        },
      },
    );
    setTimeout(abort, streamTimeout + 1000);
  });
}

/** Called once by the server: background work that belongs to the app (outbox delivery). */
export function startBackgroundJobs() {
  const env = getEnv();
  const stopScheduler = startScheduler(db, scheduledJobs(), env.JOBS_INTERVAL_MS);
  const stopOutbox = env.SMTP_URL
    ? startOutboxWorker(db, env.SMTP_URL, env.MAIL_FROM, env.OUTBOX_INTERVAL_MS)
    : async () => {};
  const gateway = smsGateway(env);
  const stopSms = gateway ? startSmsWorker(db, gateway, env.OUTBOX_INTERVAL_MS) : async () => {};
  return async () => {
    await Promise.all([stopScheduler(), stopOutbox(), stopSms()]);
  };
}

/** For the server's /readyz and shutdown. */
export async function disconnectDb() {
  await disconnectAll();
}

/** Unexpected errors are logged with the request id; a 404 or an aborted request is not an error. */
export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  const status = (error as { status?: number })?.status;
  if (status && status < 500) return;
  if (error instanceof Error && /No route matches URL/.test(error.message)) return;
  process.stderr.write(
    `error ${request.headers.get("x-request-id") ?? "-"}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}
