import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  countyList,
  listServices,
  saveService,
  setServiceListed,
} from "~/domain/returns/reintegration-services.server";
import { ServiceListedSchema, ServiceSchema } from "~/domain/returns/reintegration.schema";
import { REINTEGRATION_KINDS } from "~/domain/returns/return.rules";
import { useT } from "~/i18n/use-t";
import { parseWithZod } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { ErrorSummary, Field, SelectField } from "~/ui/form";
import { ServiceContactFields } from "~/ui/service-fields";
import { titled } from "~/ui/page-title";
import { TableWrap } from "~/ui/table-wrap";
import { TelLink } from "~/ui/tel-link";
import { allErrorsOf, errorsOf, valueOf, type FormReply } from "~/utils/form-reply";
import { rejected, replyError } from "~/utils/form-reply.server";
import { readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("reintegration.services.title");

// The directory of reintegration services NEA keeps (issue 20 §3): counselling, skills
// recognition, business training, health and legal aid, with the counties each serves (none: the
// whole country). Referrals are placed only with services on the list. NEA officers only.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  return {
    services: await listServices(user),
    counties: await countyList(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  const form = await readForm(request);
  const ctx = requestContext(request);
  if (form.get("intent") === "listed") {
    const l = parseWithZod(form, { schema: ServiceListedSchema });
    if (l.status !== "success") return rejected(l, { form: "listed" });
    let changed: boolean;
    try {
      changed = await setServiceListed(user, l.value.id, l.value.active, ctx);
    } catch (e) {
      return replyError(request, e, l, { form: "listed" });
    }
    return redirectWithFlash("/returns/services", {
      key: !changed
        ? "reintegration.unchanged"
        : l.value.active
          ? "reintegration.listed"
          : "reintegration.unlisted",
    });
  }
  const s = parseWithZod(form, { schema: ServiceSchema });
  if (s.status !== "success") return rejected(s, { form: "add" });
  try {
    await saveService(user, s.value, ctx);
  } catch (e) {
    return replyError(request, e, s, { form: "add" });
  }
  return redirectWithFlash("/returns/services", { key: "reintegration.saved" });
}

export default function Services() {
  const t = useT();
  const { services, counties } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as (FormReply & { form?: string }) | undefined;
  const add = reply?.form === "add" ? reply : undefined;
  const countyName = new Map(counties.map((c) => [c.code, c.name]));
  return (
    <section className="page">
      <p>
        <Link to="/returns">{t("reintegration.queue.title")}</Link>
      </p>
      <h1>{t("reintegration.services.title")}</h1>
      <p>{t("reintegration.services.intro")}</p>
      {services.length === 0 ? (
        <p className="alert alert-info">{t("reintegration.services.empty")}</p>
      ) : (
        <TableWrap label={t("reintegration.services.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("reintegration.col.service")}</th>
                <th scope="col">{t("reintegration.col.kind")}</th>
                <th scope="col">{t("reintegration.col.counties")}</th>
                <th scope="col">{t("reintegration.col.phone")}</th>
                <th scope="col">{t("reintegration.col.listed")}</th>
              </tr>
            </thead>
            <tbody>
              {services.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.name}
                    {s.address ? <span className="muted"> — {s.address}</span> : null}{" "}
                    <Link
                      to={`/returns/services/${s.id}`}
                      aria-label={`${t("reintegration.edit.link")}: ${s.name}`}
                    >
                      {t("reintegration.edit.link")}
                    </Link>
                  </td>
                  <td>{t(`returns.kind.${s.kind}`)}</td>
                  <td>
                    {s.counties.length
                      ? s.counties.map((c) => countyName.get(c) ?? c).join(", ")
                      : t("reintegration.national")}
                  </td>
                  <td>
                    <TelLink number={s.phone} />
                  </td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="listed" />
                      <input type="hidden" name="id" value={s.id} />
                      <input type="hidden" name="active" value={s.active ? "no" : "yes"} />
                      {s.active ? t("returns.yes") : t("returns.no")}{" "}
                      {/* Named with the service (the visible words first, WCAG 2.5.3). */}
                      <button
                        type="submit"
                        className="secondary"
                        aria-label={`${t(s.active ? "reintegration.unlist" : "reintegration.list")}: ${s.name}`}
                      >
                        {t(s.active ? "reintegration.unlist" : "reintegration.list")}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h2>{t("reintegration.add.title")}</h2>
      <Form method="post" noValidate>
        <ErrorSummary errors={allErrorsOf(add)} result={add} />
        <Field
          id="name"
          label={t("reintegration.add.name")}
          required
          errors={errorsOf(add, "name")}
          inputProps={{ name: "name", maxLength: 160, defaultValue: valueOf(add, "name") }}
        />
        <SelectField
          id="kind"
          label={t("reintegration.col.kind")}
          required
          errors={errorsOf(add, "kind")}
          emptyLabel="—"
          options={REINTEGRATION_KINDS.map((k) => ({ value: k, label: t(`returns.kind.${k}`) }))}
          selectProps={{ name: "kind", defaultValue: valueOf(add, "kind") ?? "" }}
        />
        <ServiceContactFields
          reply={add}
          counties={counties}
          value={(name) => valueOf(add, name)}
          ticked={[]}
          foldCounties
        />
        <button type="submit">{t("reintegration.add.submit")}</button>
      </Form>
    </section>
  );
}
