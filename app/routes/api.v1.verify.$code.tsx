import type { LoaderFunctionArgs } from "@remix-run/node";
import { verifyJson } from "~/domain/api/agencies.api";
import { parseVerificationCode } from "~/domain/verify/code";
import { verifyCodeLimited } from "~/domain/verify/verify.server";
import { apiError, apiJson } from "~/utils/api.server";
import { requestContext } from "~/utils/request.server";

// Public: GET /api/v1/verify/:code — the live status of whatever document carries the code.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const input = (params.code ?? "").slice(0, 40);
  if (!parseVerificationCode(input))
    return apiError(400, "bad_code", "A verification code has 10 digits with a valid check digit.");
  const result = await verifyCodeLimited(input, requestContext(request).ip);
  if (result === "rate-limited")
    return apiError(
      429,
      "rate_limited",
      "Too many verifications from this address; wait ten minutes.",
    );
  if (!result) return apiError(404, "not_found", "No document carries this code.");
  return apiJson(verifyJson(result), 200, { "Cache-Control": "no-store" });
}
