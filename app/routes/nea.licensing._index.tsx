import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { listApplicationsForActor } from "~/domain/agencies/licence-review.server";
import { useLocale, useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";
import { SortSelect } from "~/ui/queue-filters";
import { queueSort } from "~/utils/queue-order";

const STATUSES = [
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "RECOMMENDED_GRANT",
  "RECOMMENDED_REFUSAL",
  "GRANTED",
  "REFUSED",
  "WITHDRAWN",
] as const;
const Filters = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  flagged: z.literal("1").optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
});

export const handle = titled("licensing.queue");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "licence:review");
  const f = Filters.parse(Object.fromEntries(new URL(request.url).searchParams));
  return listApplicationsForActor(user, {
    status: f.status,
    flagged: f.flagged === "1",
    cursor: f.after,
    sort: queueSort(f.sort),
  });
}

export default function LicensingQueue() {
  const t = useT();
  const locale = useLocale();
  const { items, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="page">
      <h1>{t("licensing.queue")}</h1>
      <p>
        <Link to="/nea/agencies/bulk">{t("nav.nea.bulk")}</Link>
      </p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("col.status")}</label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""}>
            <option value="">{t("complaints.open")}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`appStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            name="flagged"
            value="1"
            defaultChecked={params.get("flagged") === "1"}
          />{" "}
          {t("licensing.onlyFlagged")}
        </label>
        <SortSelect />
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("licensing.queue.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.name")}</th>
                <th scope="col">{t("application.title")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("licensing.submitted")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link to={`/nea/licensing/${a.id}`}>{a.agency.name}</Link>
                    {a.flagged ? (
                      <>
                        {" "}
                        <span className="badge badge-err">{t("licensing.flagged")}</span>
                      </>
                    ) : null}
                  </td>
                  <td>{t(`appKind.${a.kind}`)}</td>
                  <td>{t(`appStatus.${a.status}`)}</td>
                  <td>{formatDateTime(a.submittedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={nextCursor} />
    </section>
  );
}
