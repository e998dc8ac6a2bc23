import type { LoaderFunctionArgs } from "@remix-run/node";
import { can } from "~/auth/permissions";
import { requireUser } from "~/auth/require.server";
import { getApplicationDocument } from "~/domain/agencies/licence-review.server";
import { readDocument } from "~/storage/documents.server";

// NEA reviewers (any submitted application) and the applying agency's own staff. Nobody else:
// the files live outside the web root and are served only through this check.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!can(user, "licence:review") && !can(user, "agency:read-own"))
    throw new Response("Forbidden", { status: 403 });
  const doc = await getApplicationDocument(user, params.id ?? "", params.docId ?? "");
  const bytes = await readDocument(doc.sha256);
  const safeName = doc.fileName.replace(/[^\w.-]+/g, "_").slice(0, 100) || "document";
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": doc.mimeType,
      "Content-Disposition": `attachment; filename="${safeName}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
