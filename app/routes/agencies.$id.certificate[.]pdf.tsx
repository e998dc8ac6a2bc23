import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderLicenceCertificate } from "~/domain/agencies/certificate.server";
import { appUrl } from "~/utils/http.server";

// Public: the certificate carries only what the agency page shows; its QR code leads to the live check.
export async function loader({ params }: LoaderFunctionArgs) {
  const pdf = await renderLicenceCertificate(params.id ?? "", appUrl());
  if (!pdf) throw new Response("Not found", { status: 404 });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="licence-certificate.pdf"',
      "Cache-Control": "no-store",
    },
  });
}
