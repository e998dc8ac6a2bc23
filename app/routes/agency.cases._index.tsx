import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { casesToAnswer } from "~/domain/cases/agency-answers.server";
import { useLocale, useT } from "~/i18n/use-t";
import { useCountryName } from "~/ui/country";
import { formatDate } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("agencyCases.title");

// Agency staff: the cases their agency must answer (a worker reported her job is not as approved).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  const after = new URL(request.url).searchParams.get("after");
  return { ...(await casesToAnswer(user, after)), now: new Date() };
}

export default function AgencyCases() {
  const t = useT();
  const locale = useLocale();
  const countryName = useCountryName();
  const { cases, next, now } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("agencyCases.title")}</h1>
      <p>{t("agencyCases.intro")}</p>
      {cases.length === 0 ? (
        <p className="alert alert-info">{t("agencyCases.empty")}</p>
      ) : (
        <TableWrap label={t("agencyCases.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("agencyCases.case")}</th>
                <th scope="col">{t("agencyCases.contract")}</th>
                <th scope="col">{t("agencyCases.country")}</th>
                <th scope="col">{t("agencyCases.opened")}</th>
                <th scope="col">{t("agencyCases.due")}</th>
                <th scope="col">{t("agencyCases.status")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/agency/cases/${c.id}`}>{c.reference}</Link>
                  </td>
                  <td>{c.contract ?? "—"}</td>
                  <td>{c.country ? countryName(c.country) : "—"}</td>
                  <td>{formatDate(c.createdAt, locale)}</td>
                  <td>{formatDate(c.due, locale)}</td>
                  <td>
                    {c.answeredAt ? (
                      t("agencyCases.answeredOn", { date: formatDate(c.answeredAt, locale) })
                    ) : c.due < now ? (
                      <strong className="status status-error">{t("agencyCases.overdue")}</strong>
                    ) : (
                      t("agencyCases.waiting")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {next ? (
        <p>
          <Link to={`/agency/cases?after=${next}`}>{t("agencyCases.more")}</Link>
        </p>
      ) : null}
    </section>
  );
}
