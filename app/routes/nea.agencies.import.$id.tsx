import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { getImportRun } from "~/domain/agencies/import.server";
import { openProposalFor, propose } from "~/domain/decisions/decisions.server";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { redirectWithFlash } from "~/ui/flash.server";
import { ErrorSummary, SubmissionKey, TextAreaField } from "~/ui/form";
import { formatDateTime } from "~/ui/format";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { parseWithZod } from "~/ui/conform";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled(
  (d, t) => d && `${d.run.fileName} — ${t(`import.status.${d.run.status}` as MessageKey)}`,
);

// NEA officials: the dry-run result; proposing the import, which a supervisor who did not propose it
// confirms under Decisions waiting (it can grant licences); then progress (refreshing itself, no
// JavaScript needed).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  const run = await getImportRun(user, params.id ?? "");
  const pending = run.status === "PREVIEWED" ? await openProposalFor(run.id) : null;
  return {
    run,
    pending: pending ? { createdAt: pending.createdAt } : null,
    submissionKey: newSubmissionKey(),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data?.run.status === "RUNNING" ? [{ httpEquiv: "refresh", content: "2" }] : [];

const Propose = z.object({
  reason: z.string().trim().min(5, "import.error.reason").max(1000, "error.tooLong"),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: Propose });
  if (submission.status !== "success") return rejected(submission);
  try {
    await propose(
      user,
      { kind: "AGENCY_IMPORT", subjectId: params.id ?? "", input: submission.value },
      { ctx: requestContext(request), submissionKey: submissionKeyOf(form) },
    );
  } catch (e) {
    return replyError(request, e, submission);
  }
  return redirectWithFlash(`/nea/agencies/import/${params.id}`, { key: "import.proposed" });
}

export default function ImportRunPage() {
  const t = useT();
  const locale = useLocale();
  const { run, pending, submissionKey } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const pct = run.valid ? Math.round((run.processed / run.valid) * 100) : 0;
  return (
    <section className="page">
      <p>
        <Link to="/nea/agencies/import">{t("import.title")}</Link>
      </p>
      <h1>
        {run.fileName} — {t(`import.status.${run.status}`)}
      </h1>
      {run.status === "PREVIEWED" ? (
        <>
          <p>
            {t("import.summary.preview", {
              total: run.total,
              valid: run.valid,
              create: run.created,
              update: run.updated,
              unchanged: run.unchanged,
            })}
          </p>
          {pending ? (
            <p className="alert alert-info" role="status">
              {t("import.pending", { date: formatDateTime(pending.createdAt, locale) })}{" "}
              <Link to="/nea/decisions">{t("decisions.open")}</Link>
            </p>
          ) : run.valid > 0 ? (
            <Form method="post">
              <ErrorSummary errors={allErrorsOf(r)} result={r} />
              <SubmissionKey value={submissionKey} />
              <p className="hint">
                {run.errors.length
                  ? t("import.confirm.withErrors", { count: run.errors.length })
                  : t("import.confirm")}{" "}
                {t("import.fourEyes")}
              </p>
              <TextAreaField
                id="reason"
                label={t("import.reason")}
                required
                errors={errorsOf(r, "reason")}
                textareaProps={{
                  name: "reason",
                  defaultValue: valueOf(r, "reason"),
                  rows: 3,
                  required: true,
                  minLength: 5,
                  maxLength: 1000,
                }}
              />
              <button type="submit">{t("import.run", { count: run.valid })}</button>
            </Form>
          ) : null}
        </>
      ) : (
        <>
          <label htmlFor="progress">
            {t("import.progress", { processed: run.processed, valid: run.valid })}
          </label>
          <progress id="progress" max={run.valid || 1} value={run.processed}>
            {pct}%
          </progress>
          <p role="status">
            {t("import.summary.done", {
              create: run.created,
              update: run.updated,
              unchanged: run.unchanged,
            })}
          </p>
        </>
      )}
      <h2>{t("import.errors", { count: run.errors.length })}</h2>
      {run.errors.length ? (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("import.line")}</th>
                <th scope="col">{t("import.column")}</th>
                <th scope="col">{t("import.problem")}</th>
              </tr>
            </thead>
            <tbody>
              {run.errors.map((e, i) => (
                <tr key={i}>
                  <td>{e.line}</td>
                  <td>{e.field}</td>
                  <td>{e.key in en ? t(e.key as MessageKey, e.vars) : e.key}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("import.errors.none")}</p>
      )}
    </section>
  );
}
