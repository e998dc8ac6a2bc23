import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { listClaims } from "~/domain/fees/refund-claims.server";
import { REFUND_VIEWS, type RefundView } from "~/domain/fees/refund.workflow";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate, formatPay } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("refunds.title");

// Refund claims (issue 19 §2): an agency sees its own, to refund or dispute; NEA sees every
// agency's, by what they wait for. Workers see theirs on "What I paid".
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, ["agency:read-own", "refund:decide"]);
  const url = new URL(request.url);
  const asked = url.searchParams.get("view");
  const view: RefundView = REFUND_VIEWS.includes(asked as RefundView)
    ? (asked as RefundView)
    : "needsNea";
  const nea = can(user, "refund:decide");
  return {
    ...(await listClaims(user, view, url.searchParams.get("after"))),
    nea,
    view,
    now: new Date(),
  };
}

export default function Refunds() {
  const t = useT();
  const locale = useLocale();
  const { claims, next, nea, view, now } = useLoaderData<typeof loader>();
  const query = (extra: string) => `/refunds?${nea ? `view=${view}&` : ""}${extra}`;
  return (
    <section className="page">
      <h1>{t("refunds.title")}</h1>
      <p>{t(nea ? "refunds.neaIntro" : "refunds.agencyIntro")}</p>
      {nea ? (
        <Form method="get" className="filters">
          <div className="field">
            <label htmlFor="view">{t("refunds.col.status")}</label>
            <select id="view" name="view" defaultValue={view}>
              {REFUND_VIEWS.map((v) => (
                <option key={v} value={v}>
                  {t(`refunds.view.${v}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit">{t("mission.filter.apply")}</button>
        </Form>
      ) : null}
      {claims.length === 0 ? (
        <p className="alert alert-info">{t("refunds.none")}</p>
      ) : (
        <TableWrap label={t("refunds.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("refunds.col.reference")}</th>
                {nea ? <th scope="col">{t("refunds.col.agency")}</th> : null}
                <th scope="col">{t("refunds.col.amount")}</th>
                <th scope="col">{t("refunds.col.status")}</th>
                <th scope="col">{t("refunds.col.due")}</th>
              </tr>
            </thead>
            <tbody>
              {claims.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/refunds/${c.id}`}>{c.reference}</Link>
                  </td>
                  {nea ? <td>{c.agency}</td> : null}
                  <td>{formatPay(c.amount, c.currency, locale)}</td>
                  <td>{t(`refunds.status.${c.status}`)}</td>
                  <td>
                    {formatDate(c.dueAt, locale)}
                    {c.overdueAt ||
                    ((c.status === "OPEN" || c.status === "UPHELD") && c.dueAt < now) ? (
                      <>
                        {" "}
                        <strong className="status status-error">{t("refunds.overdue")}</strong>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {next ? (
        <p>
          <Link to={query(`after=${next}`)}>{t("refunds.more")}</Link>
        </p>
      ) : null}
    </section>
  );
}
