import type { LoaderFunctionArgs } from "@remix-run/node";
import { checkRecruiterLimited, type RecruiterCheck } from "~/domain/recruiters/recruiters.server";
import { apiError, apiJson } from "~/utils/api.server";
import { requestContext } from "~/utils/request.server";

/** The public answer about a recruiter's number, M-Pesa number or page (no one is named unconfirmed). */
export function recruiterCheckJson(
  query: string,
  r: Exclude<RecruiterCheck, { verdict: "INVALID" }>,
) {
  return {
    query,
    kind: r.kind,
    verdict: r.verdict,
    agency:
      r.verdict === "AGENCY"
        ? {
            licenceNo: r.agency.licenceNo,
            name: r.agency.name,
            status: r.agency.status,
            validUntil: r.agency.validUntil?.toISOString().slice(0, 10) ?? null,
          }
        : null,
    reports:
      r.verdict === "REPORTED" ? { count: r.reports, confirmed: r.confirmed, name: r.label } : null,
    advice:
      "Never pay anyone before NEA has approved your contract. A licensed agency never asks you for a recruitment fee.",
  };
}

// Public: GET /api/v1/recruiters?q= — what the register knows of a phone number, M-Pesa paybill or
// till, or social-media page (issue 20 §1).
export async function loader({ request }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 200);
  if (!q.trim())
    return apiError(400, "bad_request", "Give q: a phone number, M-Pesa number or page name.");
  const r = await checkRecruiterLimited(q, requestContext(request).ip);
  if (r === "rate-limited")
    return apiError(429, "rate_limited", "Too many checks from this address; wait ten minutes.");
  if (r.verdict === "INVALID")
    return apiError(
      400,
      "bad_query",
      "q is not a phone number, an M-Pesa paybill or till number, or a page name.",
    );
  return apiJson(recruiterCheckJson(q, r), 200, { "Cache-Control": "no-store" });
}
