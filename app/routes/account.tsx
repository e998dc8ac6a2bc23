import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { lucia } from "~/auth/session.server";
import { logoutEverywhere } from "~/domain/accounts/accounts.server";
import { useT } from "~/i18n/use-t";
import { flashHeader } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";

export const handle = NO_SCRIPTS;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  return { name: user.name, email: user.email, phone: user.phone, role: user.role };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "account:self");
  const form = await readForm(request);
  if (form.get("intent") !== "logout-everywhere")
    throw new Response("Unknown action", { status: 400 });
  await logoutEverywhere(user, requestContext(request));
  const headers = new Headers();
  headers.append("Set-Cookie", lucia.createBlankSessionCookie().serialize());
  headers.append("Set-Cookie", await flashHeader({ key: "account.loggedOutEverywhere" }));
  return redirect("/login", { headers });
}

export default function Account() {
  const t = useT();
  const u = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("account.title")}</h1>
      <dl>
        <dt>{t("field.name")}</dt>
        <dd>{u.name}</dd>
        {u.email ? (
          <>
            <dt>{t("account.email")}</dt>
            <dd>{u.email}</dd>
          </>
        ) : null}
        {u.phone ? (
          <>
            <dt>{t("field.mobile")}</dt>
            <dd>+{u.phone}</dd>
          </>
        ) : null}
        <dt>{t("account.role")}</dt>
        <dd>{t(`role.${u.role}`)}</dd>
      </dl>
      <h2>{t("account.sessions")}</h2>
      <p className="muted">{t("account.logoutEverywhere.help")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="logout-everywhere" />
        <button type="submit" className="secondary">
          {t("account.logoutEverywhere")}
        </button>
      </Form>
    </section>
  );
}
