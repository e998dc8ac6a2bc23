import type { ActionFunctionArgs } from "@remix-run/node";
import { ComplianceCheckSchema } from "~/domain/compliance/compliance.schema";
import { NoRuleSet, runComplianceCheck } from "~/domain/compliance/compliance.server";
import { apiError, apiJson, issueDetails } from "~/utils/api.server";

const CORS = {
  "Access-Control-Allow-Methods": "POST, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Cache-Control": "no-store",
};

// Public: POST /api/v1/compliance-check — what the engine would find in a draft contract.
export async function action({ request }: ActionFunctionArgs) {
  if (request.method === "OPTIONS")
    return new Response(null, {
      status: 204,
      headers: { "Access-Control-Allow-Origin": "*", ...CORS },
    });
  if (request.method !== "POST")
    return apiError(400, "method_not_allowed", "Use POST with a JSON body.");
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return apiError(400, "bad_json", "The body must be JSON.");
  }
  const parsed = ComplianceCheckSchema.safeParse(body);
  if (!parsed.success) {
    return apiError(400, "bad_request", "Invalid contract.", issueDetails(parsed.error.issues));
  }
  try {
    return apiJson(await runComplianceCheck(parsed.data), 200, CORS);
  } catch (e) {
    if (e instanceof NoRuleSet)
      return apiError(400, "no_rule_set", e.message, [
        { field: "country", message: "No rule set for this country" },
      ]);
    throw e;
  }
}

export function loader() {
  return apiError(
    400,
    "method_not_allowed",
    "Use POST with a JSON body; see /api/v1/openapi.json.",
  );
}
