import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string; ip: string | null };

/** The request id is set by the Express server (x-request-id) and shown on error pages. */
export function requestContext(request: Request): RequestContext {
  return {
    requestId: request.headers.get("x-request-id") ?? randomUUID(),
    ip: request.headers.get("x-kazi-client-ip"),
  };
}
