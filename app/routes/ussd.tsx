import type { ActionFunctionArgs } from "@remix-run/node";
import { UssdSchema } from "~/domain/ussd/ussd.schema";
import { handleUssd } from "~/domain/ussd/ussd.server";
import { readForm } from "~/utils/http.server";
import { fromGateway } from "~/auth/gateway.server";

// The Africa's Talking USSD callback (form fields sessionId, serviceCode, phoneNumber, text), for
// the gateway only: a request without the gateway secret is refused before anything is looked up.

function plain(body: string, status = 200) {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  if (!fromGateway(request)) return plain("END Unauthorized", 401);
  let form: FormData;
  try {
    form = await readForm(request);
  } catch {
    return plain("END Bad request", 400);
  }
  const parsed = UssdSchema.safeParse(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")),
  );
  if (!parsed.success) return plain("END Bad request", 400);
  return plain(await handleUssd(parsed.data));
}

export function loader() {
  const res = plain("USSD callback: POST sessionId, serviceCode, phoneNumber and text.", 405);
  res.headers.set("Allow", "POST");
  return res;
}
