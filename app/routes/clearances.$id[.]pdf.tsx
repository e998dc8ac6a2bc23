import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require.server";
import { clearanceForActor } from "~/domain/departure/clearances.server";
import { renderClearancePdf } from "~/domain/departure/clearance-pdf.server";
import { appUrl } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";

// The departure clearance's PDF, for its worker and NEA (anyone else: not found).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const c = await clearanceForActor(user, params.id ?? "", requestContext(request));
  const bytes = await renderClearancePdf(
    {
      code: c.code,
      issuedAt: c.issuedAt,
      worker: c.worker,
      contract: c.contract,
      mission: c.mission,
    },
    appUrl(),
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="departure-clearance-${c.code}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
