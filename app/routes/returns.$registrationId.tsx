import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { MIN_DEBRIEFS } from "~/domain/scorecard/debrief.rules";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { recordDebrief, recordReturn, returnOf } from "~/domain/returns/returns.server";
import {
  recordReferralOutcome,
  requestHelp,
  sendReferral,
  servicesFor,
} from "~/domain/returns/reintegration.server";
import { countyName } from "~/domain/returns/reintegration-services.server";
import { DebriefSchema, ReturnSchema } from "~/domain/returns/returns.schema";
import {
  HelpSchema,
  ReferralOutcomeSchema,
  SendReferralSchema,
} from "~/domain/returns/reintegration.schema";
import { useT } from "~/i18n/use-t";
import { parseWithZod } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { CheckboxField, ErrorSummary, SelectField, SubmissionKey, TextAreaField } from "~/ui/form";
import { titled } from "~/ui/page-title";
import { DebriefForm, HelpForms, ReturnForm, helpChoices } from "~/ui/return-forms";
import { ReturnSummary } from "~/ui/return-summary";
import { allErrorsOf, errorsOf, valueOf, type FormReply } from "~/utils/form-reply";
import { rejected, replyError } from "~/utils/form-reply.server";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("reintegration.returnee.title");

// One returnee at NEA's desk (issue 20 §3): record her return with her, take her debrief with her,
// place each referral with a service from the directory (one her answers opened only once she has
// agreed, recorded here), add help she asks for, and record each referral's outcome.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  const back = await returnOf(user, params.registrationId ?? "", requestContext(request));
  const kinds = (back.ret?.referrals ?? [])
    .filter((r) => r.status === "REQUESTED")
    .map((r) => r.kind);
  return {
    back,
    county: await countyName(back.county),
    services: await servicesFor(kinds, back.county),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "returns:handle");
  const id = params.registrationId ?? "";
  const form = await readForm(request);
  const ctx = requestContext(request);
  const intent = String(form.get("intent") ?? "");
  const which = {
    form:
      intent === "send" || intent === "outcome"
        ? `${intent}-${String(form.get("referralId"))}`
        : intent,
  };
  const here = `/returns/${id}`;
  if (intent === "send") {
    const s = parseWithZod(form, { schema: SendReferralSchema });
    if (s.status !== "success") return rejected(s, which);
    try {
      await sendReferral(user, id, s.value, ctx);
    } catch (e) {
      return replyError(request, e, s, which);
    }
    return redirectWithFlash(here, { key: "reintegration.sent" });
  }
  if (intent === "help") {
    const s = parseWithZod(form, { schema: HelpSchema });
    if (s.status !== "success") return rejected(s, which);
    try {
      await requestHelp(user, id, s.value, ctx);
    } catch (e) {
      return replyError(request, e, s, which);
    }
    return redirectWithFlash(here, { key: "reintegration.helpAdded" });
  }
  if (intent === "outcome") {
    const s = parseWithZod(form, { schema: ReferralOutcomeSchema });
    if (s.status !== "success") return rejected(s, which);
    try {
      await recordReferralOutcome(user, id, s.value, ctx);
    } catch (e) {
      return replyError(request, e, s, which);
    }
    return redirectWithFlash(here, { key: "reintegration.outcomeRecorded" });
  }
  if (intent === "debrief") {
    const s = parseWithZod(form, { schema: DebriefSchema });
    if (s.status !== "success") return rejected(s, which);
    try {
      const refs = await recordDebrief(user, id, s.value, ctx, submissionKeyOf(form));
      return redirectWithFlash(
        here,
        refs.length
          ? { key: "reintegration.debriefed.cases", vars: { references: refs.join(", ") } }
          : { key: "returns.debriefed" },
      );
    } catch (e) {
      return replyError(request, e, s, which);
    }
  }
  const s = parseWithZod(form, { schema: ReturnSchema });
  if (s.status !== "success") return rejected(s, { form: "return" });
  try {
    await recordReturn(user, id, s.value, ctx, submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, s, { form: "return" });
  }
  return redirectWithFlash(here, { key: "returns.recordedFor" });
}

export default function Returnee() {
  const t = useT();
  const { back, county, services, submissionKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>() as (FormReply & { form?: string }) | undefined;
  const mine = (f: string) => (reply?.form === f ? reply : undefined);
  return (
    <section className="page">
      <p>
        <Link to="/returns">{t("reintegration.queue.title")}</Link>
      </p>
      <h1>{back.name}</h1>
      <p className="muted">{t("reintegration.returnee.title")}</p>
      <p>{county ? t("reintegration.county", { county }) : t("reintegration.county.none")}</p>
      {back.mayRecord ? (
        <>
          <h2>{t("returns.mission.title")}</h2>
          <ReturnForm
            reply={mine("return")}
            submissionKey={submissionKey}
            endDay={back.endDay}
            self={false}
          />
        </>
      ) : null}
      <ReturnSummary data={back} self={false} />
      {back.ret && !back.ret.debrief ? (
        <>
          <h2>{t("returns.debrief.title")}</h2>
          <p className="hint">{t("reintegration.debrief.intro")}</p>
          <p>{t("returns.debrief.published", { min: MIN_DEBRIEFS })}</p>
          <DebriefForm
            reply={mine("debrief")}
            submissionKey={submissionKey}
            currencies={[back.country.currency, "KES"]}
          />
        </>
      ) : null}
      {back.ret?.referrals.length ? (
        <>
          <h2>{t("reintegration.place.title")}</h2>
          {back.ret.referrals.map((r) => {
            const kindServices = services.filter((s) => s.kind === r.kind);
            if (r.status === "REQUESTED")
              return (
                <Form
                  key={`${submissionKey}-send-${r.id}`}
                  method="post"
                  noValidate
                  className="card"
                >
                  <h3>{t(`returns.kind.${r.kind as "HEALTH"}`)}</h3>
                  <ErrorSummary
                    errors={allErrorsOf(mine(`send-${r.id}`))}
                    result={mine(`send-${r.id}`)}
                    idOf={(name) => `${name}-${r.id}`}
                  />
                  <SubmissionKey value={submissionKey} />
                  <input type="hidden" name="referralId" value={r.id} />
                  {r.consentAt ? (
                    <p className="muted">{t("reintegration.consent.given")}</p>
                  ) : (
                    <p className="alert alert-info">{t("reintegration.consent.needed")}</p>
                  )}
                  {kindServices.length === 0 ? (
                    <p className="alert alert-info">{t("reintegration.place.none")}</p>
                  ) : null}
                  <SelectField
                    id={`serviceId-${r.id}`}
                    label={t("reintegration.place.service")}
                    required
                    errors={errorsOf(mine(`send-${r.id}`), "serviceId")}
                    emptyLabel="—"
                    options={kindServices.map((s) => ({
                      value: s.id,
                      label:
                        s.counties.length === 0
                          ? `${s.name} (${t("reintegration.national")})`
                          : back.county !== null && s.counties.includes(back.county)
                            ? `${s.name} (${t("reintegration.nearHer")})`
                            : s.name,
                    }))}
                    selectProps={{ name: "serviceId" }}
                  />
                  <TextAreaField
                    id={`note-${r.id}`}
                    label={t("reintegration.place.note")}
                    hint={t("reintegration.place.noteHint")}
                    errors={errorsOf(mine(`send-${r.id}`), "note")}
                    textareaProps={{ name: "note", rows: 2, maxLength: 2000 }}
                  />
                  {r.consentAt ? null : (
                    <CheckboxField
                      id={`consent-${r.id}`}
                      name="consent"
                      label={t("reintegration.consent.label")}
                      errors={errorsOf(mine(`send-${r.id}`), "consent")}
                    />
                  )}
                  <p className="hint">{t("reintegration.place.hint")}</p>
                  <button type="submit" name="intent" value="send">
                    {t("reintegration.place.submit")}
                  </button>
                </Form>
              );
            if (r.status === "SENT" || r.status === "ACCEPTED")
              return (
                <Form
                  key={`${submissionKey}-outcome-${r.id}`}
                  method="post"
                  noValidate
                  className="card"
                >
                  <h3>
                    {t(`returns.kind.${r.kind as "HEALTH"}`)}: {r.service?.name}
                  </h3>
                  <ErrorSummary
                    errors={allErrorsOf(mine(`outcome-${r.id}`))}
                    result={mine(`outcome-${r.id}`)}
                    idOf={(name) => `${name}-${r.id}`}
                  />
                  <SubmissionKey value={submissionKey} />
                  <input type="hidden" name="referralId" value={r.id} />
                  <SelectField
                    id={`status-${r.id}`}
                    label={t("reintegration.outcome.status")}
                    required
                    errors={errorsOf(mine(`outcome-${r.id}`), "status")}
                    emptyLabel="—"
                    options={(["ACCEPTED", "DECLINED", "CLOSED"] as const)
                      .filter((s) => s !== r.status)
                      .map((s) => ({ value: s, label: t(`reintegration.outcome.${s}`) }))}
                    selectProps={{ name: "status" }}
                  />
                  <TextAreaField
                    id={`outcome-${r.id}`}
                    label={t("reintegration.outcome.text")}
                    hint={t("returns.note.hint.other")}
                    required
                    errors={errorsOf(mine(`outcome-${r.id}`), "outcome")}
                    textareaProps={{
                      name: "outcome",
                      rows: 2,
                      maxLength: 2000,
                      defaultValue: valueOf(mine(`outcome-${r.id}`), "outcome"),
                    }}
                  />
                  <button type="submit" name="intent" value="outcome" className="secondary">
                    {t("reintegration.outcome.submit")}
                  </button>
                </Form>
              );
            return null;
          })}
        </>
      ) : null}
      {back.ret ? (
        <HelpForms reply={mine("help")} self={false} {...helpChoices(back.ret.referrals)} />
      ) : null}
    </section>
  );
}
