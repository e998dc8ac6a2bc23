import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/require.server";
import { scorecardCsv, scorecardSortOf } from "~/domain/scorecard/scorecard-table.server";

// NEA: every agency's scorecard as CSV, in the order chosen on the page.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "case:oversee");
  const csv = await scorecardCsv(user, scorecardSortOf(new URL(request.url)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="agency-scorecards.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
