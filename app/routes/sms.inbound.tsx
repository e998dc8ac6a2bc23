import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { fromGateway } from "~/auth/gateway.server";
import { handleInboundSms } from "~/domain/ussd/sms-inbound.server";
import { readForm } from "~/utils/http.server";

// Africa's Talking's incoming-SMS callback (form fields from, to, text, date, id, linkId), for the
// gateway only: without the gateway secret nothing is looked up (ADR 0017). The answer goes back by
// SMS through the outbox; the callback itself only gets "OK".

const Inbound = z.object({
  id: z.string().trim().min(1).max(100),
  from: z
    .string()
    .trim()
    .regex(/^\+?\d{8,15}$/),
  text: z.string().max(1000),
});

function plain(body: string, status = 200) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  if (!fromGateway(request)) return plain("Unauthorized", 401);
  let form: FormData;
  try {
    form = await readForm(request);
  } catch {
    return plain("Bad request", 400);
  }
  const parsed = Inbound.safeParse(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
  );
  if (!parsed.success) return plain("Bad request", 400);
  await handleInboundSms(parsed.data);
  return plain("OK");
}

export function loader() {
  const res = plain("Incoming SMS callback: POST from, text and id.", 405);
  res.headers.set("Allow", "POST");
  return res;
}
