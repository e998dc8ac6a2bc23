import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listRecruiters } from "~/domain/recruiters/recruiter-review.server";
import { RECRUITER_VIEWS, type RecruiterView } from "~/domain/recruiters/recruiter.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { TableWrap } from "~/ui/table-wrap";
import { titled } from "~/ui/page-title";
import { PageLinks } from "~/ui/pager";

export const handle = titled("recruiters.title");

// NEA (issue 20 §1): numbers, M-Pesa numbers and pages reported as unlicensed recruiters, most
// reported first, by view; officials only.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  const url = new URL(request.url);
  const v = url.searchParams.get("view");
  const view: RecruiterView = RECRUITER_VIEWS.includes(v as RecruiterView)
    ? (v as RecruiterView)
    : "review";
  const page = Number(url.searchParams.get("page") ?? "1");
  return { view, ...(await listRecruiters(user, view, Number.isFinite(page) ? page : 1)) };
}

export default function Recruiters() {
  const t = useT();
  const locale = useLocale();
  const { view, rows, page, more } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("recruiters.title")}</h1>
      <p>{t("recruiters.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="view">{t("recruiters.view")}</label>
          <select id="view" name="view" defaultValue={view}>
            {RECRUITER_VIEWS.map((v) => (
              <option key={v} value={v}>
                {t(`recruiters.view.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("mission.filter.apply")}</button>
      </Form>
      {rows.length === 0 ? (
        <p className="alert alert-info">{t("recruiters.none")}</p>
      ) : (
        <TableWrap label={t("recruiters.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("recruiters.col.identifier")}</th>
                <th scope="col">{t("recruiters.col.reports")}</th>
                <th scope="col">{t("recruiters.col.last")}</th>
                <th scope="col">{t("recruiters.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/nea/recruiters/${r.id}`}>{r.label ?? r.display}</Link>
                    <br />
                    <span className="muted">{t(`check.kind.${r.kind as "PHONE"}`)}</span>
                  </td>
                  <td>{r.reports}</td>
                  <td>{formatDate(r.last, locale)}</td>
                  <td>{t(`recruiters.status.${r.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <PageLinks page={page} more={more} />
    </section>
  );
}
