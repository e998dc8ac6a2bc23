import type { ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { fromGateway } from "~/auth/gateway.server";
import { acceptDeliveryReport } from "~/notifications/delivery-reports.server";
import { readForm } from "~/utils/http.server";

// Africa's Talking's SMS delivery reports (form fields id, status, phoneNumber, networkCode,
// failureReason, retryCount), for the gateway only: without the gateway secret nothing is looked up.

const DeliveryReport = z.object({
  id: z.string().trim().min(1).max(100),
  status: z.string().trim().min(1).max(40),
  failureReason: z.string().trim().max(200).optional(),
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
  const parsed = DeliveryReport.safeParse(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
  );
  if (!parsed.success) return plain("Bad request", 400);
  // A report about a message we do not know is acknowledged too: the gateway would only resend it.
  await acceptDeliveryReport(parsed.data);
  return plain("OK");
}

export function loader() {
  const res = plain("SMS delivery reports: POST id and status.", 405);
  res.headers.set("Allow", "POST");
  return res;
}
