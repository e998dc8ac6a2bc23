import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCaseOfficial } from "~/auth/require.server";
import { nrmExport, renderNrmPdf } from "~/domain/cases/nrm.server";
import { requestContext } from "~/utils/request.server";

// The NRM referral record as a PDF (issue 20 §4): the same record as the JSON, printed.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCaseOfficial(request);
  const { record, destinationName } = await nrmExport(
    user,
    params.id ?? "",
    params.referralId ?? "",
    "pdf",
    requestContext(request),
  );
  return new Response(Buffer.from(await renderNrmPdf(record, destinationName)), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="nrm-${record.caseReference}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
