import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireCaseOfficial } from "~/auth/require.server";
import { nrmExport } from "~/domain/cases/nrm.server";
import { requestContext } from "~/utils/request.server";

// The NRM referral record as JSON, for the counter-trafficking unit's systems (issue 20 §4): only
// what the worker agreed to share; officials who may see the case; every download audited.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCaseOfficial(request);
  const { record } = await nrmExport(
    user,
    params.id ?? "",
    params.referralId ?? "",
    "json",
    requestContext(request),
  );
  return new Response(JSON.stringify(record, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="nrm-${record.caseReference}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
