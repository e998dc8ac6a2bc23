import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  countyList,
  serviceOf,
  updateServiceContact,
} from "~/domain/returns/reintegration-services.server";
import { ServiceContactSchema } from "~/domain/returns/reintegration.schema";
import { useT } from "~/i18n/use-t";
import { parseWithZod } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { ErrorSummary } from "~/ui/form";
import { ServiceContactFields } from "~/ui/service-fields";
import { titled } from "~/ui/page-title";
import { allErrorsOf, valueOf, valuesOf } from "~/utils/form-reply";
import { rejected, replyError } from "~/utils/form-reply.server";
import { readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("reintegration.edit.title");

// Correcting how to reach a service in NEA's directory (issue 20 §3): phone, email, address and
// the counties it serves. Its name and kind stay (referrals name them). NEA officers only.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  return { service: await serviceOf(user, params.id ?? ""), counties: await countyList() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  const id = params.id ?? "";
  const form = await readForm(request);
  const s = parseWithZod(form, { schema: ServiceContactSchema });
  if (s.status !== "success") return rejected(s);
  let changed: boolean;
  try {
    changed = await updateServiceContact(user, id, s.value, requestContext(request));
  } catch (e) {
    return replyError(request, e, s);
  }
  return redirectWithFlash("/returns/services", {
    key: changed ? "reintegration.corrected" : "reintegration.unchanged",
  });
}

export default function CorrectService() {
  const t = useT();
  const { service, counties } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const value = (name: "phone" | "email" | "address") =>
    reply ? valueOf(reply, name) : (service[name] ?? "");
  const ticked = reply ? valuesOf(reply, "counties") : service.counties.map(String);
  return (
    <section className="page">
      <p>
        <Link to="/returns/services">{t("reintegration.services.title")}</Link>
      </p>
      <h1>{t("reintegration.edit.title")}</h1>
      <dl className="facts">
        <div>
          <dt>{t("reintegration.add.name")}</dt>
          <dd>{service.name}</dd>
        </div>
        <div>
          <dt>{t("reintegration.col.kind")}</dt>
          <dd>{t(`returns.kind.${service.kind}`)}</dd>
        </div>
      </dl>
      <p className="hint">{t("reintegration.edit.intro")}</p>
      <Form method="post" noValidate>
        <ErrorSummary errors={allErrorsOf(reply)} result={reply} />
        <ServiceContactFields reply={reply} counties={counties} value={value} ticked={ticked} />
        <button type="submit">{t("reintegration.edit.submit")}</button>
      </Form>
    </section>
  );
}
