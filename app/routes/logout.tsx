import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getAuth } from "~/auth/require.server";
import { lucia } from "~/auth/session.server";
import { logout } from "~/domain/accounts/accounts.server";
import { flashHeader } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";

// POST only: a GET never changes state.
export async function action({ request }: ActionFunctionArgs) {
  const auth = await getAuth(request);
  if (auth) await logout(auth.user, auth.session.id, requestContext(request));
  const headers = new Headers();
  headers.append("Set-Cookie", lucia.createBlankSessionCookie().serialize());
  headers.append("Set-Cookie", await flashHeader({ key: "logout.done" }));
  return redirect("/", { headers });
}

export function loader() {
  return redirect("/");
}
