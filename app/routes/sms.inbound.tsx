import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { callbackOnly, plainText, readGatewayForm } from "~/auth/gateway.server";
import { handleInboundSms } from "~/domain/ussd/sms-inbound.server";

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

export async function action({ request }: ActionFunctionArgs) {
  const sms = await readGatewayForm(request, Inbound);
  if (sms instanceof Response) return sms;
  await handleInboundSms(sms);
  return plainText("OK");
}

export const loader = () => callbackOnly("Incoming SMS callback: POST from, text and id.");
