import type { LoaderFunctionArgs, ActionFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { verifyEmail } from "~/domain/accounts/accounts.server";
import { tokenIsUsable } from "~/domain/accounts/tokens.server";
import { useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("verify.title", NO_SCRIPTS);

// Opening the link shows a button; the POST confirms. A GET never changes state, and mail
// scanners that prefetch links cannot use the token up.
export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await tokenIsUsable(params.token ?? "", "VERIFY_EMAIL") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const ok = await verifyEmail(params.token ?? "", requestContext(request));
  if (!ok) throw new Response("Invalid or expired link", { status: 400 });
  return redirectWithFlash("/login", { key: "verify.done" });
}

export default function VerifyEmail() {
  const t = useT();
  const { usable } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("verify.title")}</h1>
      {usable ? (
        <Form method="post">
          <button type="submit">{t("verify.title")}</button>
        </Form>
      ) : (
        <div className="alert alert-error" role="alert">
          {t("error.tokenInvalid")}
        </div>
      )}
    </section>
  );
}
