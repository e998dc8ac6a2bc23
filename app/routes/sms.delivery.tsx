import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { callbackOnly, plainText, readGatewayForm } from "~/auth/gateway.server";
import { acceptDeliveryReport } from "~/notifications/delivery-reports.server";

// Africa's Talking's SMS delivery reports (form fields id, status, phoneNumber, networkCode,
// failureReason, retryCount), for the gateway only: without the gateway secret nothing is looked up.

const DeliveryReport = z.object({
  id: z.string().trim().min(1).max(100),
  status: z.string().trim().min(1).max(40),
  failureReason: z.string().trim().max(200).optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const report = await readGatewayForm(request, DeliveryReport);
  if (report instanceof Response) return report;
  // A report about a message we do not know is acknowledged too: the gateway would only resend it.
  await acceptDeliveryReport(report);
  return plainText("OK");
}

export const loader = () => callbackOnly("SMS delivery reports: POST id and status.");
