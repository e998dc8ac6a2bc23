import { isRouteErrorResponse, useRouteError, Link } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { MessageKey } from "~/i18n/messages";

const KNOWN = [400, 403, 404, 409, 413, 429] as const;

function statusOf(error: unknown) {
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return { status, known: (KNOWN as readonly number[]).includes(status) };
}

/** The heading (and document title) of the page shown for this error. */
export function errorTitleKey(error: unknown): MessageKey {
  const { status, known } = statusOf(error);
  return (known ? `errorPage.${status}` : "errorPage.title") as MessageKey;
}

/** A friendly page for any error: a known status gets its own words; anything else a request id. */
export function ErrorPage({ requestId }: { requestId?: string | null }) {
  const error = useRouteError();
  const t = useT();
  const { status, known } = statusOf(error);
  const title = errorTitleKey(error);
  const body = (known ? `errorPage.${status}.body` : "errorPage.body") as MessageKey;
  return (
    <section className="page" aria-labelledby="error-title">
      <h1 id="error-title">{t(title)}</h1>
      <p>{t(body)}</p>
      {!known && requestId ? (
        <p className="muted">{t("errorPage.requestId", { id: requestId })}</p>
      ) : null}
      <p>
        <Link to="/">{t("errorPage.home")}</Link>
      </p>
    </section>
  );
}
