import type { ActionFunctionArgs } from "@remix-run/node";
import { UssdSchema } from "~/domain/ussd/ussd.schema";
import { handleUssd } from "~/domain/ussd/ussd.server";
import { callbackOnly, plainText, readGatewayForm } from "~/auth/gateway.server";

// The Africa's Talking USSD callback (form fields sessionId, serviceCode, phoneNumber, text), for
// the gateway only: a request without the gateway secret is refused before anything is looked up.

export async function action({ request }: ActionFunctionArgs) {
  const input = await readGatewayForm(request, UssdSchema, "END ");
  if (input instanceof Response) return input;
  return plainText(await handleUssd(input));
}

export const loader = () =>
  callbackOnly("USSD callback: POST sessionId, serviceCode, phoneNumber and text.");
