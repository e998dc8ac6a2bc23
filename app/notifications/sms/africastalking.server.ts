// Africa's Talking's SMS API, as its HTTP contract is documented: a form POST with `username`,
// `to`, `message` and optional `from`, the key in an `apiKey` header, and a JSON answer with one
// status per recipient (`SMSMessageData.Recipients[].statusCode`, 100-102 accepted). Anything the
// gateway might accept on a later try (network, timeout, 5xx, 429, a bad key, no credit) is
// retryable; what it refuses for this message (an invalid number, a blacklisted one) is not.

export type SmsGateway = {
  url: string;
  username: string;
  apiKey: string;
  from?: string;
  timeoutMs?: number;
};

export class SmsSendError extends Error {
  constructor(
    message: string,
    /** The gateway refused this message for good: retrying cannot help (dead letter at once). */
    public readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** Per-recipient codes: accepted, or worth another try later (no credit, the gateway's own errors). */
const ACCEPTED = new Set([100, 101, 102]);
const RETRYABLE = new Set([405, 500, 501]);

/** International format for the gateway: our numbers are stored as digits (2547…). */
export const gatewayNumber = (to: string) => (to.startsWith("+") ? to : `+${to}`);

export async function sendSms(g: SmsGateway, to: string, message: string) {
  const body = new URLSearchParams({ username: g.username, to: gatewayNumber(to), message });
  if (g.from) body.set("from", g.from);
  let res: Response;
  try {
    res = await fetch(g.url, {
      method: "POST",
      headers: {
        apiKey: g.apiKey,
        Accept: "application/json",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body,
      signal: AbortSignal.timeout(g.timeoutMs ?? 15_000),
    });
  } catch (e) {
    throw new SmsSendError(`gateway unreachable: ${(e as Error).message}`, false);
  }
  const text = await res.text().catch(() => "");
  if (!res.ok) {
    // 400: the request itself is wrong for this message; anything else may pass later.
    throw new SmsSendError(
      `gateway answered ${res.status}: ${text.slice(0, 200)}`,
      res.status === 400,
    );
  }
  let recipient: { statusCode?: number; status?: string; messageId?: string } | undefined;
  let summary = "";
  try {
    const data = (
      JSON.parse(text) as { SMSMessageData?: { Message?: string; Recipients?: unknown[] } }
    ).SMSMessageData;
    summary = data?.Message ?? "";
    recipient = data?.Recipients?.[0] as typeof recipient;
  } catch {
    throw new SmsSendError(`gateway answered with no JSON: ${text.slice(0, 200)}`, false);
  }
  if (!recipient) throw new SmsSendError(`gateway accepted no recipient: ${summary}`, true);
  const code = Number(recipient.statusCode);
  if (ACCEPTED.has(code) && recipient.messageId) return { messageId: recipient.messageId };
  throw new SmsSendError(
    `gateway refused the recipient: ${code} ${recipient.status ?? ""}`.trim(),
    !RETRYABLE.has(code) && !ACCEPTED.has(code),
  );
}
