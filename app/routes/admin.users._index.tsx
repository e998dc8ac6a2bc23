import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { propose } from "~/domain/decisions/decisions.server";
import { translate } from "~/i18n/messages";
import { getLocale } from "~/i18n/i18n.server";
import {
  adminUserAction,
  isOfficialAccount,
  listUsersForAdmin,
} from "~/domain/accounts/admin-accounts.server";
import { UserActionSchema } from "~/domain/accounts/accounts.schema";
import { useT } from "~/i18n/use-t";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { isUuid } from "~/utils/validation";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { parseWithZod } from "~/ui/conform";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("admin.users.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  const url = new URL(request.url);
  const cursor = url.searchParams.get("cursor") ?? undefined;
  return {
    ...(await listUsersForAdmin(admin, {
      q: url.searchParams.get("q")?.slice(0, 100) ?? undefined,
      cursor: isUuid(cursor) ? cursor : undefined,
    })),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requirePermission(request, "admin:users");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: UserActionSchema });
  if (submission.status !== "success") return rejected(submission);
  const parsed = { data: submission.value };
  const ctx = requestContext(request);
  try {
    // An official's second factor is reset, and a deactivated official reactivated, only when a
    // second admin confirms it (ADR 0016).
    if (parsed.data.intent !== "deactivate" && (await isOfficialAccount(parsed.data.userId))) {
      const reset = parsed.data.intent === "resetTotp";
      await propose(
        admin,
        {
          kind: reset ? "SECOND_FACTOR_RESET" : "OFFICIAL_REACTIVATION",
          subjectId: parsed.data.userId,
          input: {
            reason: translate(
              await getLocale(request),
              reset ? "decisions.resetReason" : "decisions.reactivateReason",
            ),
          },
        },
        { ctx, submissionKey: submissionKeyOf(form) },
      );
      return redirectWithFlash("/nea/decisions", { key: "decisions.proposed" });
    }
    await adminUserAction(admin, parsed.data, ctx);
  } catch (e) {
    return replyError(request, e, submission);
  }
  const key =
    parsed.data.intent === "deactivate"
      ? "admin.users.deactivated"
      : parsed.data.intent === "reactivate"
        ? "admin.users.reactivated"
        : "admin.users.totpReset";
  return redirectWithFlash("/admin/users", { key });
}

export default function AdminUsers() {
  const t = useT();
  const { items, nextCursor, submissionKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const [params] = useSearchParams();
  const q = params.get("q") ?? "";
  return (
    <section className="page">
      <h1>{t("admin.users.title")}</h1>
      <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
      <p>
        <Link className="button" to="/admin/users/new">
          {t("admin.users.new")}
        </Link>
      </p>
      <Form method="get" className="filters" role="search">
        <div className="field">
          <label htmlFor="q">{t("admin.users.search")}</label>
          <input id="q" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit">{t("common.search")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("admin.users.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th>{t("field.name")}</th>
                <th>{t("field.email")}</th>
                <th>{t("field.role")}</th>
                <th>{t("common.status")}</th>
                <th>{t("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.name}
                    {u.agency ? <div className="muted">{u.agency.name}</div> : null}
                    {u.mission ? <div className="muted">{u.mission.name}</div> : null}
                  </td>
                  <td>{u.email ?? (u.phone ? `+${u.phone}` : "")}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>
                    {u.active ? (
                      <span className="badge badge-ok">{t("admin.users.status.active")}</span>
                    ) : (
                      <span className="badge badge-err">{t("admin.users.status.inactive")}</span>
                    )}
                  </td>
                  <td>
                    <Form
                      method="post"
                      className="inline-form"
                      onSubmit={(e) => {
                        if (!confirm(t("admin.users.confirm"))) e.preventDefault();
                      }}
                    >
                      <input type="hidden" name="userId" value={u.id} />
                      <SubmissionKey value={submissionKey} />
                      <button
                        type="submit"
                        name="intent"
                        value={u.active ? "deactivate" : "reactivate"}
                        className={u.active ? "danger" : "secondary"}
                      >
                        {u.active ? t("admin.users.deactivate") : t("admin.users.reactivate")}
                      </button>{" "}
                      {u.totpEnabledAt ? (
                        <button type="submit" name="intent" value="resetTotp" className="secondary">
                          {t("admin.users.resetTotp")}
                        </button>
                      ) : null}
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        {params.get("cursor") ? (
          <Link to={`?q=${encodeURIComponent(q)}`}>{t("common.prev")}</Link>
        ) : null}{" "}
        {nextCursor ? (
          <Link to={`?q=${encodeURIComponent(q)}&cursor=${nextCursor}`}>{t("common.next")}</Link>
        ) : null}
      </p>
    </section>
  );
}
