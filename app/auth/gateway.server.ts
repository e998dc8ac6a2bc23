// Gateway callbacks (Africa's Talking USSD now, SMS later) are trusted only when they carry the
// secret the gateway was configured with: in the callback URL (`?key=…`, since the gateway cannot
// sign its requests) or in an `X-Gateway-Secret` header. Everything else is refused before any
// lookup (ADR 0017). The caller's phone number is then the network's word, not the sender's.
import { createHash, timingSafeEqual } from "node:crypto";
import type { z } from "zod";
import { getEnv } from "~/utils/env.server";
import { readForm } from "~/utils/http.server";

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

/** A plain-text answer to the gateway, never cached. */
export function plainText(body: string, status = 200) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * A gateway callback's form, parsed with `schema`: a 401 when it lacks the gateway secret (before
 * anything is looked up), a 400 when it does not parse. `prefix` starts each refusal (USSD's "END ").
 */
export async function readGatewayForm<S extends z.ZodType>(
  request: Request,
  schema: S,
  prefix = "",
): Promise<z.infer<S> | Response> {
  if (!fromGateway(request)) return plainText(`${prefix}Unauthorized`, 401);
  let form: FormData;
  try {
    form = await readForm(request);
  } catch {
    return plainText(`${prefix}Bad request`, 400);
  }
  const parsed = schema.safeParse(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
  );
  return parsed.success ? parsed.data : plainText(`${prefix}Bad request`, 400);
}

/** GET on a callback: what it takes, with 405. */
export function callbackOnly(description: string) {
  const res = plainText(description, 405);
  res.headers.set("Allow", "POST");
  return res;
}
