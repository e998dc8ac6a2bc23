import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { REGISTRATION_STATUSES, type RegistrationStatus } from "~/domain/mission/checkin.rules";
import { listMissionWorkers, missionFilterOptions } from "~/domain/mission/mission.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { NextPage } from "~/ui/pager";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled(
  (d, t) => d && t("mission.title", { mission: d.options.mission.name }),
);

// Labour attachés: the workers registered with their own mission, filtered and paged by cursor.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "mission:workers");
  const p = new URL(request.url).searchParams;
  const status = p.get("status");
  const filters = {
    status: (REGISTRATION_STATUSES as readonly string[]).includes(status ?? "")
      ? (status as RegistrationStatus)
      : undefined,
    employerId: p.get("employer") || undefined,
    agencyId: p.get("agency") || undefined,
    city: (p.get("city") ?? "").slice(0, 80) || undefined,
    overdue: p.get("overdue") === "1",
    q: (p.get("q") ?? "").replace(/\s+/g, "").slice(0, 20) || undefined,
    after: (p.get("after") ?? "").slice(0, 60) || null,
  };
  const [list, options] = await Promise.all([
    listMissionWorkers(user, filters, requestContext(request)),
    missionFilterOptions(user, { employerId: filters.employerId, agencyId: filters.agencyId }),
  ]);
  return { ...list, options, filters };
}

/** A filter reached by a link from a worker's page (employer, agency): shown by name, with a way to clear it. */
function FixedFilter({
  name,
  value,
  label,
  shown,
  clear,
}: {
  name: string;
  value: string;
  label: string;
  shown: string;
  clear: string;
}) {
  const t = useT();
  return (
    <p className="field">
      <input type="hidden" name={name} value={value} />
      {label}: <strong>{shown}</strong> <Link to={clear}>{t("mission.filter.clear")}</Link>
    </p>
  );
}

export default function MissionWorkers() {
  const t = useT();
  const locale = useLocale();
  const { workers, next, options, filters } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const without = (name: string) => {
    const p = new URLSearchParams(params);
    p.delete(name);
    p.delete("after");
    return `?${p.toString()}`;
  };
  return (
    <section className="page">
      <h1>{t("mission.title", { mission: options.mission.name })}</h1>
      <p>{t("mission.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("mission.filter.status")}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">{t("mission.filter.anyStatus")}</option>
            {REGISTRATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`mission.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {options.employer ? (
          <FixedFilter
            name="employer"
            value={filters.employerId!}
            label={t("mission.filter.employer")}
            shown={options.employer}
            clear={without("employer")}
          />
        ) : null}
        {options.agency ? (
          <FixedFilter
            name="agency"
            value={filters.agencyId!}
            label={t("mission.filter.agency")}
            shown={options.agency}
            clear={without("agency")}
          />
        ) : null}
        <div className="field">
          <label htmlFor="city">{t("mission.filter.city")}</label>
          <input
            id="city"
            name="city"
            list="cities"
            defaultValue={filters.city ?? ""}
            autoComplete="off"
            maxLength={80}
          />
          <datalist id="cities">
            {options.cities.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="q">{t("mission.filter.q")}</label>
          <input id="q" name="q" defaultValue={filters.q ?? ""} autoComplete="off" />
        </div>
        <div className="field">
          <label className="choice">
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} />{" "}
            {t("mission.filter.overdue")}
          </label>
        </div>
        <button type="submit">{t("mission.filter.apply")}</button>
      </Form>
      {workers.length === 0 ? (
        <p>{t("mission.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("mission.col.worker")}</th>
                <th scope="col">{t("mission.col.passport")}</th>
                <th scope="col">{t("mission.col.employer")}</th>
                <th scope="col">{t("mission.col.agency")}</th>
                <th scope="col">{t("mission.col.city")}</th>
                <th scope="col">{t("mission.col.status")}</th>
                <th scope="col">{t("mission.col.nextCheckIn")}</th>
              </tr>
            </thead>
            <tbody>
              {workers.map((w) => (
                <tr key={w.id}>
                  <td>
                    <Link to={`/mission/workers/${w.id}`}>{w.name}</Link>
                  </td>
                  <td>{w.passport ?? "—"}</td>
                  <td>{w.employer}</td>
                  <td>{w.agency}</td>
                  <td>{w.city ?? "—"}</td>
                  <td>{t(`mission.status.${w.status}`)}</td>
                  <td>
                    {w.nextCheckInDue ? (
                      <>
                        {formatDate(w.nextCheckInDue, locale)}
                        {w.overdue ? (
                          <>
                            {" "}
                            <strong className="badge badge-err">{t("mission.overdue")}</strong>
                          </>
                        ) : null}
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <NextPage cursor={next} />
    </section>
  );
}
