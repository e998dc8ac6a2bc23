// Posting a form to a route's action the way a browser does, for route-level tests: the status of
// the answer, whether the action returned it (a redirect, a reply with its status) or threw it.
type ActionModule = { action: (args: never) => Promise<unknown> };

export async function postStatus(
  mod: Promise<ActionModule>,
  path: string,
  cookie: string,
  body: BodyInit | Record<string, string>,
  params: Record<string, string> = {},
) {
  const { action } = await mod;
  const isFields =
    typeof body === "object" &&
    !(body instanceof FormData) &&
    !(body instanceof URLSearchParams) &&
    !(body instanceof Blob) &&
    !(body instanceof ArrayBuffer) &&
    !ArrayBuffer.isView(body);
  const request = new Request(`http://127.0.0.1${path}`, {
    method: "POST",
    body: isFields ? new URLSearchParams(body as Record<string, string>) : (body as BodyInit),
    headers: { cookie },
  });
  try {
    const r = await action({ request, params, context: {} } as never);
    if (r instanceof Response) return r.status;
    return (r as { init?: ResponseInit | null }).init?.status ?? 200;
  } catch (e) {
    if (e instanceof Response) return e.status;
    throw e;
  }
}
