import type { LoaderFunctionArgs } from "@remix-run/node";
import { agencyJson } from "~/domain/api/agencies.api";
import { getPublicAgency } from "~/domain/agencies/agencies.server";
import { agencyScorecard } from "~/domain/scorecard/scorecard.server";
import { apiError, apiJson } from "~/utils/api.server";

// Public: GET /api/v1/agencies/:licenceNo. Licence numbers contain slashes; both
// /api/v1/agencies/NEA/PEA/2026/0001 and the %2F-encoded form work.
export async function loader({ params }: LoaderFunctionArgs) {
  let licenceNo = (params["*"] ?? "").slice(0, 60);
  try {
    licenceNo = decodeURIComponent(licenceNo); // when the client encoded the slashes twice over
  } catch {
    // not encoded: use as given
  }
  if (!/^[A-Za-z0-9/ .-]*$/.test(licenceNo)) {
    return apiError(
      400,
      "bad_request",
      "A licence number has only letters, digits, spaces, dots, dashes and slashes.",
    );
  }
  const agency = licenceNo ? await getPublicAgency({ licenceNo }) : null;
  if (!agency) return apiError(404, "not_found", "No licensed agency has this licence number.");
  return apiJson(agencyJson(agency, await agencyScorecard(agency.id)));
}
