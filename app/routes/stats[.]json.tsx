import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicStats } from "~/domain/stats/stats.server";

// Public: the statistics page's numbers as JSON, cached like the page.
export async function loader(_args: LoaderFunctionArgs) {
  return Response.json(await publicStats(), {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
