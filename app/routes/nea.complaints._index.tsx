import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { COMPLAINT_STATUSES, COMPLAINT_SUBJECTS } from "~/domain/complaints/complaints.schema";
import { listComplaintsForActor } from "~/domain/complaints/complaints.server";
import { useLocale, useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";
import { SortSelect } from "~/ui/queue-filters";
import { queueSort } from "~/utils/queue-order";

const Filters = z.object({
  status: z.enum(COMPLAINT_STATUSES).optional().catch(undefined),
  subject: z.enum(COMPLAINT_SUBJECTS).optional().catch(undefined),
  after: z.string().max(40).optional().catch(undefined),
  sort: z.string().optional().catch(undefined),
});

export const handle = titled("complaints.queue");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "complaint:triage");
  const url = new URL(request.url);
  const f = Filters.parse(Object.fromEntries(url.searchParams));
  return listComplaintsForActor(user, {
    status: f.status,
    subject: f.subject,
    cursor: f.after,
    sort: queueSort(f.sort),
  });
}

export default function ComplaintQueue() {
  const t = useT();
  const locale = useLocale();
  const { items, nextCursor } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <section className="page">
      <h1>{t("complaints.queue")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("col.status")}</label>
          <select id="status" name="status" defaultValue={params.get("status") ?? ""}>
            <option value="">{t("complaints.open")}</option>
            {COMPLAINT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`complaint.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="subject">{t("complaint.subject")}</label>
          <select id="subject" name="subject" defaultValue={params.get("subject") ?? ""}>
            <option value="">{t("search.anyStatus")}</option>
            {COMPLAINT_SUBJECTS.map((s) => (
              <option key={s} value={s}>
                {t(`complaint.subject.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <SortSelect />
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("complaints.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("complaint.reference")}</th>
                <th scope="col">{t("complaint.subject")}</th>
                <th scope="col">{t("complaint.who")}</th>
                <th scope="col">{t("col.status")}</th>
                <th scope="col">{t("col.date")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/nea/complaints/${c.id}`}>{c.reference}</Link>
                  </td>
                  <td>{t(`complaint.subject.${c.subject}`)}</td>
                  <td>{c.agency ? c.agency.name : (c.recruiterName ?? "—")}</td>
                  <td>{t(`complaint.status.${c.status}`)}</td>
                  <td>{formatDateTime(c.createdAt, locale)}</td>
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
