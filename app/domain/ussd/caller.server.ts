// The caller of a gateway callback (USSD or SMS): one normaliser for the number the network gives
// us, and one limiter per number and channel, so both channels read and limit a number the same way.
import { hitRateLimit } from "~/auth/rate-limit.server";
import { normalizePhone } from "~/domain/agencies/normalize";

/** Callbacks a number may make an hour: USSD steps (one per screen), SMS (each answer costs us one). */
export const CALLS_PER_NUMBER_PER_HOUR = { USSD: 200, SMS: 20 } as const;

/** The caller's number as digits with the country code ("+254 712…" → "254712…"), or null. */
export function callerNumber(raw: string): string | null {
  return normalizePhone(raw);
}

/** Counts one callback from `number` on `channel`; false once the hour's allowance is spent. */
export async function callerAllowed(
  channel: keyof typeof CALLS_PER_NUMBER_PER_HOUR,
  number: string,
) {
  const limit = await hitRateLimit(
    `gateway:${channel}:${number}`,
    CALLS_PER_NUMBER_PER_HOUR[channel],
    3600_000,
  );
  return limit.allowed;
}
