import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { listRuleSetsWithCounts } from "~/domain/compliance/rule-sets.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("rules.title");

// NEA officers read the rule sets; supervisors publish new versions (on each set's page).
export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "contract:review");
  return { sets: await listRuleSetsWithCounts() };
}

export default function RuleSets() {
  const t = useT();
  const locale = useLocale();
  const { sets } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("rules.title")}</h1>
      <p>{t("rules.intro")}</p>
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("rules.col.set")}</th>
              <th scope="col">{t("rules.col.version")}</th>
              <th scope="col">{t("rules.col.from")}</th>
              <th scope="col">{t("rules.col.unverified")}</th>
            </tr>
          </thead>
          <tbody>
            {sets.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link to={`/nea/rules/${r.id}`}>
                    {locale === "sw" ? r.country.nameSw : r.country.nameEn} —{" "}
                    {r.jobCategory ? t(`job.${r.jobCategory}`) : t("rules.allJobs")}
                  </Link>
                </td>
                <td>{r.version}</td>
                <td>{formatDate(r.effectiveFrom, locale)}</td>
                <td>
                  {r.unverified ? <span className="badge badge-warn">{r.unverified}</span> : "0"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
