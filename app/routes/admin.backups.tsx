import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { backupStatus } from "~/ops/backup-job.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("admin.backups.title");

// The admin's view of backups (ADR 0021): whether they are scheduled, the last one that worked,
// a failure since, and the recent runs. Taking and restoring one are operators' commands (README).
export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:audit");
  return backupStatus(admin);
}

type Summary = { rows?: number; documents?: number; encrypted?: boolean; reason?: string };

export default function AdminBackups() {
  const t = useT();
  const locale = useLocale();
  const s = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("admin.backups.title")}</h1>
      <p className={`alert ${s.overdue || s.lastFailure ? "alert-error" : "alert-info"}`}>
        {s.intervalHours > 0
          ? t("admin.backups.scheduled", { hours: s.intervalHours })
          : t("admin.backups.notScheduled")}{" "}
        {s.lastSuccessAt
          ? t("admin.backups.lastSuccess", { at: formatDateTime(s.lastSuccessAt, locale) })
          : t("admin.backups.never")}
        {s.overdue ? <strong> {t("admin.backups.overdue")}</strong> : null}
      </p>
      {s.lastFailure ? (
        <p className="alert alert-error">
          {t("admin.backups.failedSince", { at: formatDateTime(s.lastFailure.at, locale) })}{" "}
          <span lang="en">{(s.lastFailure.summary as Summary).reason}</span>
        </p>
      ) : null}
      <p className="hint">{t("admin.backups.how")}</p>
      {s.runs.length === 0 ? (
        <p>{t("admin.backups.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th>{t("common.when")}</th>
                <th>{t("admin.backups.result")}</th>
                <th>{t("admin.backups.folder")}</th>
                <th>{t("admin.backups.size")}</th>
              </tr>
            </thead>
            <tbody>
              {s.runs.map((r) => {
                const summary = r.summary as Summary;
                return (
                  <tr key={r.seq}>
                    <td>{formatDateTime(r.at, locale)}</td>
                    <td>
                      {t(
                        r.action === "backup.completed"
                          ? "audit.action.backup.completed"
                          : "audit.action.backup.failed",
                      )}
                    </td>
                    <td>{r.entityId ? <code>{r.entityId}</code> : "—"}</td>
                    <td>
                      {r.action === "backup.completed" ? (
                        t("admin.backups.sizeValue", {
                          rows: summary.rows ?? 0,
                          documents: summary.documents ?? 0,
                        })
                      ) : (
                        <span lang="en">{summary.reason}</span>
                      )}
                      {summary.encrypted === false ? ` · ${t("admin.backups.clear")}` : ""}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
