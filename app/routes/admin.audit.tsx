import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { auditChainStatus, listAuditEvents } from "~/domain/accounts/admin-views.server";
import { useLocale, useT } from "~/i18n/use-t";
import { en, type MessageKey } from "~/i18n/messages";
import { AUDIT_ACTIONS, type AuditAction } from "~/domain/audit/actions";
import { SelectField } from "~/ui/form";
import { formatDateTime } from "~/ui/format";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";

export const handle = titled("admin.audit.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requirePermission(request, "admin:audit");
  const p = new URL(request.url).searchParams;
  const [page, chain] = await Promise.all([
    listAuditEvents(admin, {
      action: p.get("action")?.slice(0, 60) || undefined,
      entityType: p.get("entityType")?.slice(0, 60) || undefined,
      user: p.get("user")?.trim().slice(0, 254) || undefined,
      record: p.get("record")?.trim().slice(0, 60) || undefined,
      before: p.get("before") ?? undefined,
    }),
    auditChainStatus(admin),
  ]);
  return { ...page, chain };
}

/** The log's typed filters: query parameter and label (action and kind of record are selects). */
const FILTERS: [string, MessageKey][] = [
  ["user", "admin.audit.user"],
  ["record", "admin.audit.record"],
];

/** An action's readable name; an action no longer in the catalogue shows as recorded. */
function useActionName() {
  const t = useT();
  return (action: string) =>
    (AUDIT_ACTIONS as readonly string[]).includes(action)
      ? t(`audit.action.${action as AuditAction}`)
      : action;
}

/** The kinds of record the log names, each with its readable name in the catalogue. */
const ENTITY_TYPES = Object.keys(en)
  .filter((k) => k.startsWith("audit.entity."))
  .map((k) => k.slice("audit.entity.".length));

function useEntityName() {
  const t = useT();
  return (type: string) =>
    ENTITY_TYPES.includes(type) ? t(`audit.entity.${type}` as MessageKey) : type;
}

export default function AuditLog() {
  const t = useT();
  const locale = useLocale();
  const entityName = useEntityName();
  const actionName = useActionName();
  const actions = AUDIT_ACTIONS.map((a) => ({ value: a, label: actionName(a) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
  const { items, nextBefore, chain } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const keep = new URLSearchParams(params);
  keep.delete("before");
  return (
    <section className="page">
      <h1>{t("admin.audit.title")}</h1>
      <div className={`alert ${chain.ok ? "alert-success" : "alert-error"}`} role="status">
        {chain.ok
          ? t("admin.audit.chainOk", { count: chain.count })
          : t("admin.audit.chainBroken", { seq: chain.seq, reason: chain.reason })}
      </div>
      <Form method="get" className="filters">
        <SelectField
          id="action"
          label={t("admin.audit.action")}
          emptyLabel={t("admin.audit.anyAction")}
          options={actions}
          selectProps={{ name: "action", defaultValue: params.get("action") ?? "" }}
        />
        {FILTERS.map(([name, label]) => (
          <div className="field" key={name}>
            <label htmlFor={name}>{t(label)}</label>
            <input id={name} name={name} defaultValue={params.get(name) ?? ""} />
          </div>
        ))}
        <SelectField
          id="entityType"
          label={t("admin.audit.entity")}
          emptyLabel={t("admin.audit.anyEntity")}
          options={ENTITY_TYPES.map((type) => ({ value: type, label: entityName(type) }))}
          selectProps={{ name: "entityType", defaultValue: params.get("entityType") ?? "" }}
        />
        <button type="submit">{t("admin.audit.filter")}</button>
      </Form>
      <p className="muted">
        {t("admin.audit.viewsHint")}{" "}
        <Link to="?action=worker.personal_data_viewed">
          {t("audit.action.worker.personal_data_viewed")}
        </Link>
        {" · "}
        <Link to="?action=case.viewed">{t("audit.action.case.viewed")}</Link>
      </p>
      {items.length === 0 ? (
        <p>{t("admin.audit.empty")}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>{t("common.when")}</th>
                <th>{t("admin.audit.who")}</th>
                <th>{t("admin.audit.action")}</th>
                <th>{t("admin.audit.entity")}</th>
                <th>{t("admin.audit.summary")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{formatDateTime(e.at, locale)}</td>
                  <td>
                    {e.actor ? (
                      <>
                        {e.actor.name}
                        <br />
                        <span className="muted">{e.actor.contact}</span>
                        <br />
                      </>
                    ) : null}
                    {e.actorRole ? t(`role.${e.actorRole}` as MessageKey) : t("admin.audit.system")}
                  </td>
                  <td>
                    {actionName(e.action)}
                    <br />
                    <code className="muted">{e.action}</code>
                  </td>
                  <td>
                    {entityName(e.entityType)}{" "}
                    {e.entityId ? (
                      e.recordHref ? (
                        <Link to={e.recordHref}>
                          <code>{e.entityId}</code>
                        </Link>
                      ) : (
                        <code>{e.entityId}</code>
                      )
                    ) : null}{" "}
                    {e.entityId ? (
                      <Link to={`?record=${encodeURIComponent(e.entityId)}`}>
                        {t("admin.audit.allForRecord")}
                      </Link>
                    ) : null}
                  </td>
                  <td>
                    <code>{JSON.stringify(e.summary)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <p>
        {params.get("before") ? <Link to={`?${keep}`}>{t("common.prev")}</Link> : null}{" "}
        {nextBefore ? <Link to={`?${keep}&before=${nextBefore}`}>{t("common.next")}</Link> : null}
      </p>
    </section>
  );
}
