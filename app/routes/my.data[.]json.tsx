import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePermission } from "~/auth/require.server";
import { exportOwnData } from "~/domain/workers/workers.server";
import { requestContext } from "~/utils/request.server";

// Workers: everything held about them, as a JSON download.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const body = await exportOwnData(user, requestContext(request));
  return new Response(
    JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v), 2),
    {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="kazi-salama-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "no-store",
      },
    },
  );
}
