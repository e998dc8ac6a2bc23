import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/require.server";
import { approvedContractPdf } from "~/domain/contracts/contract-lists.server";
import { appUrl } from "~/utils/http.server";

// The agency, NEA and the worker: the approved contract as a PDF (scoped like the contract itself).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const pdf = await approvedContractPdf(user, params.id ?? "", appUrl());
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="contract.pdf"',
      "Cache-Control": "private, no-store",
    },
  });
}
