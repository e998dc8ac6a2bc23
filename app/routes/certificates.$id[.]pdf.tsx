import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require.server";
import { certificateForActor } from "~/domain/training/certificates.server";
import { renderTrainingCertificatePdf } from "~/domain/training/certificate-pdf.server";
import { appUrl } from "~/utils/http.server";

// The training certificate's PDF, for its worker and NEA (anyone else: not found).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const c = await certificateForActor(user, params.id ?? "");
  const bytes = await renderTrainingCertificatePdf(
    {
      code: c.code,
      worker: c.worker,
      country: c.country,
      issuedAt: c.issuedAt,
      expiresAt: c.expiresAt,
    },
    appUrl(),
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="training-certificate-${c.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
