import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { numbersForStaff } from "~/domain/safety/numbers.server";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("numbers.title");

// NEA staff: every number the system gives workers, with its source and when it was last checked,
// so each can be re-checked (issue 22 §3).
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "contract:review");
  return numbersForStaff(user);
}

export default function Numbers() {
  const t = useT();
  const country = useCountryName();
  const locale = useLocale();
  const { emergency, helplines, missions } = useLoaderData<typeof loader>();
  const tag = (c: string) => (
    <span className={c === "solid" ? undefined : "badge badge-warn"}>
      {t(`tag.${c as "solid"}`)}
    </span>
  );
  return (
    <section className="page">
      <h1>{t("numbers.title")}</h1>
      <p>{t("numbers.intro")}</p>

      <h2 id="emergency">{t("numbers.emergency")}</h2>
      <TableWrap labelledBy="emergency">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("precheck.country")}</th>
              <th scope="col">{t("numbers.number")}</th>
              <th scope="col">{t("rules.source")}</th>
              <th scope="col">{t("numbers.checked")}</th>
              <th scope="col">{t("rules.tag")}</th>
            </tr>
          </thead>
          <tbody>
            {emergency.map((e) => (
              <tr key={e.countryCode}>
                <td>{country(e.countryCode)}</td>
                <td>
                  {e.numbers.map((n) => (
                    <div key={n.number}>
                      <strong>{n.number}</strong> — {n.service[locale]}
                    </div>
                  ))}
                </td>
                <td>{e.source}</td>
                <td>{formatDate(e.checked, locale)}</td>
                <td>{tag(e.confidence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h2 id="helplines">{t("numbers.helplines")}</h2>
      <TableWrap labelledBy="helplines">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("numbers.line")}</th>
              <th scope="col">{t("numbers.number")}</th>
              <th scope="col">{t("numbers.reach")}</th>
              <th scope="col">{t("rules.source")}</th>
              <th scope="col">{t("numbers.checked")}</th>
              <th scope="col">{t("rules.tag")}</th>
            </tr>
          </thead>
          <tbody>
            {helplines.map((h) => (
              <tr key={h.id}>
                <td>{h.name[locale]}</td>
                <td>
                  <strong>{h.number}</strong>
                </td>
                <td>{h.reach[locale]}</td>
                <td>{h.source}</td>
                <td>{formatDate(h.checked, locale)}</td>
                <td>{tag(h.confidence)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      <h2 id="missions">{t("numbers.missions")}</h2>
      <TableWrap labelledBy="missions">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("numbers.mission")}</th>
              <th scope="col">{t("numbers.number")}</th>
              <th scope="col">{t("rules.source")}</th>
            </tr>
          </thead>
          <tbody>
            {missions.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>
                  {m.phone ? <div>{m.phone}</div> : null}
                  {m.emergencyPhone ? (
                    <div>
                      {m.emergencyPhone} ({t("numbers.emergencyLine")})
                    </div>
                  ) : null}
                  {!m.phone && !m.emergencyPhone ? (
                    <span className="badge badge-warn">{t("numbers.unconfirmed")}</span>
                  ) : null}
                  {m.email ? <div>{m.email}</div> : null}
                </td>
                <td>{m.source ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
