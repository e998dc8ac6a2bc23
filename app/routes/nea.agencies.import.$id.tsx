import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { getImportRun, processImport, startImport } from "~/domain/agencies/import.server";
import { useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { redirectWithFlash } from "~/ui/flash.server";

// NEA supervisors: the dry-run result, the confirmation, then progress (refreshing itself, no JavaScript needed).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  return { run: await getImportRun(user, params.id ?? "") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data?.run.status === "RUNNING"
    ? [{ title: "Import — Kazi Salama" }, { httpEquiv: "refresh", content: "2" }]
    : [{ title: "Import — Kazi Salama" }];

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "agency:import");
  await startImport(user, params.id ?? "");
  // Work starts now in this server; the scheduler resumes it if this server stops.
  void processImport(params.id!).catch((e) => console.error("[import]", e));
  return redirectWithFlash(`/nea/agencies/import/${params.id}`, { key: "import.started" });
}

export default function ImportRunPage() {
  const t = useT();
  const { run } = useLoaderData<typeof loader>();
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
          {run.valid > 0 ? (
            <Form method="post">
              <p className="hint">
                {run.errors.length
                  ? t("import.confirm.withErrors", { count: run.errors.length })
                  : t("import.confirm")}
              </p>
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
        <div className="table-wrap">
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
        </div>
      ) : (
        <p>{t("import.errors.none")}</p>
      )}
    </section>
  );
}
