import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listOutbox, retryMessage } from "~/domain/accounts/admin-views.server";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { isUuid } from "~/utils/validation";
import { getEnv } from "~/utils/env.server";
import { readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { notNow } from "~/domain/errors";

export const handle = titled("admin.mail.title");

// The admin's view of every email and SMS: who was sent what and whether it went (never a secret
// outside the demo inbox), the failed ones (dead letters) apart, each of which can be sent again.
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:mail");
  const url = new URL(request.url);
  const before = url.searchParams.get("before");
  const failedOnly = url.searchParams.get("status") === "FAILED";
  const demoInbox = getEnv().DEMO_INBOX === "true";
  const page = await listOutbox(admin, {
    before: isUuid(before) ? before : undefined,
    demoInbox,
    failedOnly,
  });
  return { ...page, demoInbox, failedOnly, submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:mail");
  const form = await readForm(request);
  const id = form.get("id");
  if (form.get("intent") !== "retry" || typeof id !== "string" || !isUuid(id))
    throw new Response("Bad request", { status: 400 });
  const retried = await retryMessage(admin, id, requestContext(request), submissionKeyOf(form));
  // Someone retried it first, or it was sent meanwhile.
  if (!retried) return replyError(request, notNow(), form);
  return redirectWithFlash("/admin/mail?status=FAILED", { key: "admin.mail.retried" });
}

export default function MailPreview() {
  const t = useT();
  const locale = useLocale();
  const { items, nextBefore, demoInbox, failedOnly, submissionKey } =
    useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  return (
    <section className="page">
      <h1>{t("admin.mail.title")}</h1>
      <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
      <p>{t(demoInbox ? "admin.mail.introDemo" : "admin.mail.intro")}</p>
      <p>
        {failedOnly ? (
          <Link to="/admin/mail">{t("admin.mail.all")}</Link>
        ) : (
          <Link to="/admin/mail?status=FAILED">{t("admin.mail.failedOnly")}</Link>
        )}
      </p>
      {items.length === 0 ? (
        <p>{t(failedOnly ? "admin.mail.noneFailed" : "admin.mail.empty")}</p>
      ) : (
        items.map((m) => (
          <article key={m.id} className="card" data-testid="mail">
            <p>
              <span className="badge">{t(`admin.mail.channel.${m.channel}`)}</span>{" "}
              <strong>{m.subject}</strong>{" "}
              <span className="badge">{t(`admin.mail.status.${m.status}`)}</span>
              {m.deliveryStatus ? (
                <>
                  {" "}
                  <span className="badge">
                    {t("admin.mail.delivery")}:{" "}
                    {`admin.mail.delivery.${m.deliveryStatus}` in en
                      ? t(`admin.mail.delivery.${m.deliveryStatus}` as MessageKey)
                      : m.deliveryStatus}
                  </span>
                </>
              ) : null}
            </p>
            <p className="muted">
              {t("admin.mail.to")}: <span data-testid="mail-to">{m.to}</span> ·{" "}
              {formatDateTime(m.createdAt, locale)}
            </p>
            {m.lastError ? (
              <p className="muted">
                {t("admin.mail.lastError")}: {m.lastError}
              </p>
            ) : null}
            <pre className="mail">{m.text}</pre>
            {m.status === "FAILED" ? (
              <Form method="post">
                <SubmissionKey value={submissionKey} />
                <input type="hidden" name="id" value={m.id} />
                <button type="submit" name="intent" value="retry">
                  {t("admin.mail.retry")}
                </button>
              </Form>
            ) : null}
          </article>
        ))
      )}
      {nextBefore ? (
        <p>
          <Link to={`?${failedOnly ? "status=FAILED&" : ""}before=${nextBefore}`}>
            {t("common.next")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
