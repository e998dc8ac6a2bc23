import { redirect } from "@remix-run/node";
import type { Session, User } from "lucia";
import { lucia } from "./session.server";
import { can, requiresSecondFactor, type Permission } from "./permissions";

export type SessionUser = User;
export type AuthContext = { user: User; session: Session };

async function validate(sessionId: string): Promise<AuthContext | null> {
  const { session, user } = await lucia.validateSession(sessionId);
  return session && user ? { session, user } : null;
}

// A page's root and route loaders each ask who is signed in: within one GET request (one request
// id, set by the server for every request it receives) the session is read once. Only GET: an
// action may change the session, and the loaders that follow it must see the change.
const perRequest = new Map<string, Promise<AuthContext | null>>();

export async function getAuth(request: Request): Promise<AuthContext | null> {
  const sessionId = lucia.readSessionCookie(request.headers.get("cookie") ?? "");
  if (!sessionId) return null;
  const requestId = request.method === "GET" ? request.headers.get("x-request-id") : null;
  if (!requestId) return validate(sessionId);
  const key = `${requestId} ${sessionId}`;
  let auth = perRequest.get(key);
  if (!auth) {
    auth = validate(sessionId);
    perRequest.set(key, auth);
    setTimeout(() => perRequest.delete(key), 5000).unref();
  }
  return auth;
}

/** The signed-in user who has completed every login step, or null. */
export async function getUser(request: Request): Promise<User | null> {
  const auth = await getAuth(request);
  if (!auth) return null;
  if (requiresSecondFactor(auth.user.role) && !auth.session.secondFactorAt) return null;
  return auth.user;
}

function loginRedirect(request: Request) {
  const url = new URL(request.url);
  const to = `${url.pathname}${url.search}`;
  return redirect(`/login?redirectTo=${encodeURIComponent(to)}`);
}

/** Throws a redirect to the login page (or to the second-factor step) unless fully signed in. */
export async function requireAuth(request: Request): Promise<AuthContext> {
  const auth = await getAuth(request);
  if (!auth) throw loginRedirect(request);
  if (requiresSecondFactor(auth.user.role) && !auth.session.secondFactorAt) {
    throw redirect(auth.user.totpEnabled ? "/login/two-factor" : "/login/two-factor/setup");
  }
  return auth;
}

export async function requireUser(request: Request): Promise<User> {
  return (await requireAuth(request)).user;
}

/** Throws 403 when the signed-in user's role lacks the permission (with a list: any one of them). */
export async function requirePermission(
  request: Request,
  permission: Permission | readonly Permission[],
): Promise<User> {
  const user = await requireUser(request);
  const any = typeof permission === "string" ? [permission] : permission;
  if (!any.some((p) => can(user, p))) throw new Response("Forbidden", { status: 403 });
  return user;
}

/** A session that passed the password step but may still owe the second factor. */
/** An official who handles cases (an attaché, NEA) or oversees them; which case is checked after. */
export async function requireCaseOfficial(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (!can(user, "case:handle") && !can(user, "case:oversee"))
    throw new Response("Forbidden", { status: 403 });
  return user;
}

export async function requirePasswordStep(request: Request): Promise<AuthContext> {
  const auth = await getAuth(request);
  if (!auth) throw redirect("/login");
  return auth;
}
