import type { LoaderFunctionArgs } from "@remix-run/node";
import { agencyListItemJson } from "~/domain/api/agencies.api";
import { AgencySearchSchema, searchParamsObject } from "~/domain/agencies/agencies.schema";
import { BadCursor, searchAgencies } from "~/domain/agencies/agencies.server";
import { apiError, apiJson, issueDetails } from "~/utils/api.server";

// Public: GET /api/v1/agencies?q=&status=&county=&cursor=
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = AgencySearchSchema.safeParse(searchParamsObject(new URL(request.url)));
  if (!parsed.success) {
    return apiError(
      400,
      "bad_request",
      "Invalid query parameters.",
      issueDetails(parsed.error.issues),
    );
  }
  try {
    const page = await searchAgencies(parsed.data);
    return apiJson({ items: page.items.map(agencyListItemJson), nextCursor: page.nextCursor });
  } catch (e) {
    if (e instanceof BadCursor)
      return apiError(400, "bad_cursor", "The cursor is not valid; start again without it.");
    throw e;
  }
}
