import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/require.server";
import { contractFiltersFromUrl } from "~/domain/contracts/contracts.schema";
import { exportContractsCsv } from "~/domain/contracts/contract-lists.server";

// NEA officers and supervisors: the filtered contract queue as CSV.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  const f = contractFiltersFromUrl(new URL(request.url));
  const csv = await exportContractsCsv(user, f);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="contracts.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
