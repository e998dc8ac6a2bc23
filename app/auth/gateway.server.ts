// Gateway callbacks (Africa's Talking USSD now, SMS later) are trusted only when they carry the
// secret the gateway was configured with: in the callback URL (`?key=…`, since the gateway cannot
// sign its requests) or in an `X-Gateway-Secret` header. Everything else is refused before any
// lookup (ADR 0017). The caller's phone number is then the network's word, not the sender's.
import { createHash, timingSafeEqual } from "node:crypto";
import { getEnv } from "~/utils/env.server";

/** Demo and tests only: production refuses to start without GATEWAY_SECRET. */
export const DEMO_GATEWAY_SECRET = "kazi-salama-demo-gateway";

export function gatewaySecret() {
  return getEnv().GATEWAY_SECRET ?? DEMO_GATEWAY_SECRET;
}

const digest = (v: string) => createHash("sha256").update(v).digest();

/** Whether a callback carries the gateway secret (compared in constant time). */
export function fromGateway(request: Request): boolean {
  const sent =
    request.headers.get("x-gateway-secret") ?? new URL(request.url).searchParams.get("key");
  return !!sent && timingSafeEqual(digest(sent), digest(gatewaySecret()));
}
