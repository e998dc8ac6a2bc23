import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getUser } from "~/auth/require.server";
import { setUserLocale } from "~/domain/accounts/accounts.server";
import { localeCookie } from "~/i18n/i18n.server";
import { isLocale } from "~/i18n/messages";
import { safeRedirect, readForm } from "~/utils/http.server";

// Public: anyone may choose a language. A signed-in user's choice is also saved on the account.
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const locale = form.get("locale");
  if (!isLocale(locale)) throw new Response("Unknown language", { status: 400 });
  const user = await getUser(request);
  if (user) await setUserLocale(user, locale);
  return redirect(safeRedirect(form.get("redirectTo")), {
    headers: { "Set-Cookie": await localeCookie().serialize(locale) },
  });
}

export function loader() {
  return redirect("/");
}
