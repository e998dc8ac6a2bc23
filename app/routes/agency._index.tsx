import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/permissions";
import { requirePermission } from "~/auth/require.server";
import {
  getAgencyHome,
  getOpenApplication,
  startApplication,
} from "~/domain/agencies/licensing.server";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { formatDate } from "~/ui/format";
import { AgencyStatusBadge } from "~/ui/status-badge";
import { requestContext } from "~/utils/request.server";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled((d, t) => d?.agency?.name ?? t("agencyHome.title"));

// Agency staff and admins: their own agency only.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "agency:read-own");
  const [agency, open] = await Promise.all([getAgencyHome(user), getOpenApplication(user)]);
  return {
    agency,
    openId: open?.id ?? null,
    canApply: can(user, "licence:apply"),
    canManageStaff: can(user, "agency:manage-staff"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "licence:apply");
  await startApplication(user, requestContext(request));
  return redirect("/agency/application");
}

export default function AgencyHome() {
  const t = useT();
  const locale = useLocale();
  const { agency: a, openId, canApply, canManageStaff } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>
        {a.name} <AgencyStatusBadge status={a.status} />
      </h1>
      <h2>{t("agencyHome.licence")}</h2>
      {a.licenceNo ? (
        <dl className="facts">
          <div>
            <dt>{t("agency.licenceNo")}</dt>
            <dd>{a.licenceNo}</dd>
          </div>
          <div>
            <dt>{t("agency.validFrom")}</dt>
            <dd>{formatDate(a.validFrom, locale)}</dd>
          </div>
          <div>
            <dt>{t("agency.validUntil")}</dt>
            <dd>{formatDate(a.validUntil, locale)}</dd>
          </div>
          {a.verificationCode ? (
            <div>
              <dt>{t("agency.verifyCode")}</dt>
              <dd className="code">{formatVerificationCode(a.verificationCode)}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p>{t("agencyHome.noLicence")}</p>
      )}
      {a.status === "ACTIVE" ? (
        <p>
          <a href={`/agencies/${a.id}/certificate.pdf`}>{t("agencyHome.certificate")}</a>
        </p>
      ) : null}
      {a.status === "REVOKED" ? (
        <p className="alert alert-error">{t("agencyHome.revoked")}</p>
      ) : null}
      {canApply && a.status !== "REVOKED" ? (
        openId ? (
          <p>
            <Link className="button" to="/agency/application">
              {t("agencyHome.continue")}
            </Link>
          </p>
        ) : (
          <Form method="post">
            <button type="submit">
              {a.licenceNo ? t("agencyHome.renew") : t("agencyHome.apply")}
            </button>
          </Form>
        )
      ) : null}
      <h2>{t("agencyHome.applications")}</h2>
      {a.applications.length ? (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("col.date")}</th>
                <th scope="col">{t("application.title")}</th>
                <th scope="col">{t("col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {a.applications.map((ap) => (
                <tr key={ap.id}>
                  <td>{formatDate(ap.submittedAt ?? ap.createdAt, locale)}</td>
                  <td>{t(`appKind.${ap.kind}`)}</td>
                  <td>{t(`appStatus.${ap.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p>{t("agencyHome.applications.none")}</p>
      )}
      <h2>{t("agency.history")}</h2>
      {a.actions.length ? (
        <ul>
          {a.actions.map((h, i) => (
            <li key={i}>
              {formatDate(h.at, locale)}: {t(`action.${h.action}`)} — {h.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("agency.history.none")}</p>
      )}
      <ul className="links">
        <li>
          <Link to="/agency/employers">{t("employers.title")}</Link>
        </li>
        <li>
          <Link to="/agency/job-orders">{t("jobOrders.title")}</Link>
        </li>
        <li>
          <Link to="/compliance-check">{t("nav.precheck")}</Link>
        </li>
        {canManageStaff ? (
          <li>
            <Link to="/agency/staff">{t("agencyHome.staff")}</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
