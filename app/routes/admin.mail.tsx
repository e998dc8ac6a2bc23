import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listOutbox } from "~/domain/accounts/admin-views.server";
import { useT } from "~/i18n/use-t";
import { isUuid } from "~/utils/validation";
import { getEnv } from "~/utils/env.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:mail");
  const before = new URL(request.url).searchParams.get("before");
  const demoInbox = getEnv().DEMO_INBOX === "true";
  const page = await listOutbox(admin, { before: isUuid(before) ? before : undefined, demoInbox });
  return { ...page, demoInbox };
}

export default function MailPreview() {
  const t = useT();
  const { items, nextBefore, demoInbox } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("admin.mail.title")}</h1>
      <p>{t(demoInbox ? "admin.mail.introDemo" : "admin.mail.intro")}</p>
      {items.length === 0 ? (
        <p>{t("admin.mail.empty")}</p>
      ) : (
        items.map((m) => (
          <article key={m.id} className="card" data-testid="mail">
            <p>
              <span className="badge">{t(`admin.mail.channel.${m.channel}`)}</span>{" "}
              <strong>{m.subject}</strong> <span className="badge">{m.status}</span>
            </p>
            <p className="muted">
              {t("admin.mail.to")}: <span data-testid="mail-to">{m.to}</span> · {m.createdAt}
            </p>
            <pre className="mail">{m.text}</pre>
          </article>
        ))
      )}
      {nextBefore ? (
        <p>
          <Link to={`?before=${nextBefore}`}>{t("common.next")}</Link>
        </p>
      ) : null}
    </section>
  );
}
