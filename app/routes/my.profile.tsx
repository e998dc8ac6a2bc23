import type { z } from "zod";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import {
  ClaimCodeSchema,
  CORRECTION_FIELDS,
  CorrectionSchema,
  LANGUAGES,
  ProfileSchema,
  SEXES,
} from "~/domain/workers/profile.schema";
import { getOwnProfile, saveProfile } from "~/domain/workers/workers.server";
import { requestCorrection } from "~/domain/workers/corrections.server";
import { confirmClaim } from "~/domain/workers/record-claims.server";
import { useLocale, useT } from "~/i18n/use-t";
import { Field, ErrorSummary, SelectField, SubmissionKey, TextAreaField } from "~/ui/form";
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  parseWithZod,
  useForm,
} from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate, formatPhone } from "~/ui/format";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { isoToDayFirst } from "~/utils/validation";
import { rejected, replyError } from "~/utils/form-reply.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("profile.title", NO_SCRIPTS);

// Workers: their own details, next of kin with consent, their data, and correction requests.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return { ...(await getOwnProfile(user)), submissionKey: newSubmissionKey() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const ctx = requestContext(request);
  if (form.get("intent") === "claim") {
    const submission = parseWithZod(form, { schema: ClaimCodeSchema });
    if (submission.status !== "success") return rejected(submission, { form: "claim" });
    try {
      await confirmClaim(user, submission.value.code, ctx);
    } catch (e) {
      return replyError(request, e, submission, { form: "claim" });
    }
    return redirectWithFlash("/my/profile", { key: "profile.linked" });
  }
  if (form.get("intent") === "correction") {
    const submission = parseWithZod(form, { schema: CorrectionSchema });
    if (submission.status !== "success") return rejected(submission, { form: "correction" });
    try {
      await requestCorrection(user, submission.value, ctx, submissionKeyOf(form));
    } catch (e) {
      return replyError(request, e, submission, { form: "correction" });
    }
    return redirectWithFlash("/my/profile", { key: "profile.correctionSent" });
  }
  const submission = parseWithZod(form, { schema: ProfileSchema });
  if (submission.status !== "success") return rejected(submission, { form: "profile" });
  let claim = false;
  try {
    claim = (await saveProfile(user, submission.value, ctx)).claim;
  } catch (e) {
    return replyError(request, e, submission, { form: "profile" });
  }
  return claim
    ? redirectWithFlash("/my/profile#claim", { key: "profile.claimSent" })
    : redirectWithFlash("/my/profile", { key: "profile.saved" });
}

export default function MyProfile() {
  const t = useT();
  const locale = useLocale();
  const { worker, locked, corrections, counties, claim, submissionKey } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const kin = worker.nextOfKin[0];
  const [form, fields] = useForm<z.input<typeof ProfileSchema>>({
    id: "profile",
    lastResult: result?.form === "profile" ? result : undefined,
    defaultValue: {
      firstName: worker.firstName,
      lastName: worker.lastName,
      nationalId: worker.nationalId ?? "",
      dateOfBirth: isoToDayFirst(worker.dateOfBirth),
      sex: worker.sex ?? "",
      countyCode: worker.countyCode ? String(worker.countyCode) : "",
      // Numbers are stored as digits (254712345678); she reads them as she would write them.
      phone: worker.phone ? formatPhone(worker.phone) : "",
      passportNo: worker.passportNo ?? "",
      passportExpiry: isoToDayFirst(worker.passportExpiry),
      languages: worker.languages,
      kinName: kin?.name ?? "",
      kinRelation: kin?.relation ?? "",
      kinPhone: kin?.phone ? formatPhone(kin.phone) : "",
      kinEmail: kin?.email ?? "",
      kinConsent: !!kin,
    },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  // What she ticked, kept when the page comes back with an error (it is served without scripts):
  // Conform's initial values are the submitted ones after a refusal, the saved ones before.
  const checkedLanguages = ([] as unknown[]).concat(fields.languages.initialValue ?? []);
  const [cForm, cFields] = useForm<z.input<typeof CorrectionSchema>>({
    id: "correction",
    lastResult: result?.form === "correction" ? result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CorrectionSchema }),
    shouldValidate: "onBlur",
    // Once shown, an error clears as the person types, so it never vanishes under a click on Submit.
    shouldRevalidate: "onInput",
  });
  const [claimForm, claimFields] = useForm<z.input<typeof ClaimCodeSchema>>({
    id: "claim",
    lastResult: result?.form === "claim" ? result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ClaimCodeSchema }),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
  });
  const identity = (
    name: "firstName" | "lastName" | "nationalId" | "dateOfBirth",
    type: string,
    label: string,
    extra: object = {},
  ) => (
    <Field
      id={fields[name].id}
      label={label}
      errors={fields[name].errors}
      required={name === "firstName" || name === "lastName"}
      hint={locked ? t("profile.lockedHint") : name === "dateOfBirth" ? t("date.hint") : undefined}
      inputProps={{
        ...getInputProps(fields[name], { type: type as "text" }),
        readOnly: locked,
        ...extra,
      }}
    />
  );
  return (
    <section className="page">
      <h1>{t("profile.title")}</h1>
      <p>{t("profile.intro")}</p>
      {claim || result?.form === "claim" ? (
        <Form
          method="post"
          {...getFormProps(claimForm)}

          className="card"
          aria-labelledby="claim-title"
        >
          <h2 id="claim-title">{t("profile.claim.title")}</h2>
          <p>{t("profile.claim.intro")}</p>
          <ErrorSummary form={claimForm} result={result?.form === "claim" ? result : undefined} />
          <Field
            id={claimFields.code.id}
            label={t("profile.claim.code")}
            errors={claimFields.code.errors}
            required
            inputProps={{
              ...getInputProps(claimFields.code, { type: "text" }),
              inputMode: "numeric",
              autoComplete: "one-time-code",
              maxLength: 6,
            }}
          />
          <p className="hint">{t("profile.claim.noCode")}</p>
          <button type="submit" name="intent" value="claim">
            {t("profile.claim.submit")}
          </button>
        </Form>
      ) : null}
      <Form method="post" {...getFormProps(form)}>
        <ErrorSummary form={form} result={result?.form === "profile" ? result : undefined} />
        <fieldset>
          <legend>{t("profile.identity")}</legend>
          {locked ? (
            <p className="alert alert-info">{t("profile.locked")}</p>
          ) : (
            <p className="hint">{t("profile.linkHint")}</p>
          )}
          {identity("firstName", "text", t("profile.firstName"), { autoComplete: "given-name" })}
          {identity("lastName", "text", t("profile.lastName"), { autoComplete: "family-name" })}
          {identity("nationalId", "text", t("application.nationalId"), { inputMode: "numeric" })}
          {identity("dateOfBirth", "text", t("profile.dateOfBirth"), {
            autoComplete: "bday",
            inputMode: "numeric",
          })}
          <SelectField
            id={fields.sex.id}
            label={t("profile.sex")}
            errors={fields.sex.errors}
            emptyLabel={t("profile.choose")}
            options={SEXES.map((s) => ({ value: s, label: t(`profile.sex.${s}`) }))}
            selectProps={getSelectProps(fields.sex)}
          />
          <SelectField
            id={fields.countyCode.id}
            label={t("profile.county")}
            errors={fields.countyCode.errors}
            emptyLabel={t("profile.choose")}
            options={counties.map((c) => ({ value: String(c.code), label: c.name }))}
            selectProps={getSelectProps(fields.countyCode)}
          />
          <Field
            id={fields.phone.id}
            label={t("field.phone")}
            errors={fields.phone.errors}
            hint={t("profile.phoneHint")}
            inputProps={{ ...getInputProps(fields.phone, { type: "tel" }), autoComplete: "tel" }}
          />
        </fieldset>
        <fieldset>
          <legend>{t("profile.passport")}</legend>
          <Field
            id={fields.passportNo.id}
            label={t("profile.passportNo")}
            errors={fields.passportNo.errors}
            hint={t("profile.passportHint")}
            inputProps={{
              ...getInputProps(fields.passportNo, { type: "text" }),
              autoCapitalize: "characters",
            }}
          />
          <Field
            id={fields.passportExpiry.id}
            label={t("profile.passportExpiry")}
            errors={fields.passportExpiry.errors}
            hint={t("date.hintExpiry")}
            inputProps={{
              ...getInputProps(fields.passportExpiry, { type: "text" }),
              inputMode: "numeric",
            }}
          />
        </fieldset>
        <fieldset>
          <legend>{t("profile.languages")}</legend>
          {LANGUAGES.map((l) => (
            <label key={l} className="choice">
              <input
                type="checkbox"
                name={fields.languages.name}
                value={l}
                defaultChecked={checkedLanguages.includes(l)}
              />{" "}
              {t(`profile.language.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t("profile.kin")}</legend>
          <p className="hint">{t("profile.kinIntro")}</p>
          <Field
            id={fields.kinName.id}
            label={t("profile.kinName")}
            errors={fields.kinName.errors}
            inputProps={getInputProps(fields.kinName, { type: "text" })}
          />
          <Field
            id={fields.kinRelation.id}
            label={t("profile.kinRelation")}
            errors={fields.kinRelation.errors}
            hint={t("profile.kinRelationHint")}
            inputProps={getInputProps(fields.kinRelation, { type: "text" })}
          />
          <Field
            id={fields.kinPhone.id}
            label={t("profile.kinPhone")}
            errors={fields.kinPhone.errors}
            inputProps={getInputProps(fields.kinPhone, { type: "tel" })}
          />
          <Field
            id={fields.kinEmail.id}
            label={t("profile.kinEmail")}
            errors={fields.kinEmail.errors}
            inputProps={getInputProps(fields.kinEmail, { type: "email" })}
          />
          <div className="field">
            <label className="choice">
              <input
                type="checkbox"
                id={fields.kinConsent.id}
                name={fields.kinConsent.name}
                defaultChecked={fields.kinConsent.initialValue === "on"}
                aria-invalid={fields.kinConsent.errors?.length ? true : undefined}
                aria-describedby={
                  fields.kinConsent.errors?.length ? `${fields.kinConsent.id}-error` : undefined
                }
              />{" "}
              {t("profile.kinConsent")}
            </label>
            {fields.kinConsent.errors?.length ? (
              <p id={`${fields.kinConsent.id}-error`} className="field-error" role="alert">
                {t("profile.error.kinConsent")}
              </p>
            ) : null}
          </div>
        </fieldset>
        <button type="submit" name="intent" value="profile">
          {t("profile.save")}
        </button>
      </Form>

      <h2>{t("profile.data")}</h2>
      <p>{t("profile.dataIntro")}</p>
      <p>
        <a href="/my/data.json" download>
          {t("profile.download")}
        </a>
      </p>

      <h2 id="correction-title">{t("profile.correction")}</h2>
      <p>{t("profile.correctionIntro")}</p>
      {corrections.length ? (
        <table>
          <caption className="visually-hidden">{t("profile.correction")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("profile.correctionField")}</th>
              <th scope="col">{t("profile.correctionValue")}</th>
              <th scope="col">{t("profile.correctionStatus")}</th>
              <th scope="col">{t("profile.correctionDate")}</th>
            </tr>
          </thead>
          <tbody>
            {corrections.map((c) => (
              <tr key={c.id}>
                <td>{t(`profile.field.${c.field}`)}</td>
                <td>{c.requestedValue}</td>
                <td>
                  {t(`profile.correctionStatus.${c.status}`)}
                  {c.decisionNote ? ` — ${c.decisionNote}` : ""}
                </td>
                <td>{formatDate(c.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("profile.noCorrections")}</p>
      )}
      {/* Corrections are for details officials relied on; before that, the profile above is edited. */}
      {locked ? (
        <Form method="post" {...getFormProps(cForm)}>
          <SubmissionKey value={submissionKey} />
          <ErrorSummary form={cForm} result={result?.form === "correction" ? result : undefined} />
          <SelectField
            id={cFields.field.id}
            label={t("profile.correctionField")}
            errors={cFields.field.errors}
            required
            emptyLabel={t("profile.choose")}
            options={CORRECTION_FIELDS.map((f) => ({ value: f, label: t(`profile.field.${f}`) }))}
            selectProps={getSelectProps(cFields.field)}
          />
          <Field
            id={cFields.requestedValue.id}
            label={t("profile.correctionValue")}
            errors={cFields.requestedValue.errors}
            required
            hint={t("profile.correctionValueHint")}
            inputProps={getInputProps(cFields.requestedValue, { type: "text" })}
          />
          <TextAreaField
            id={cFields.reason.id}
            label={t("profile.correctionReason")}
            errors={cFields.reason.errors}
            required
            hint={t("profile.correctionReasonHint")}
            textareaProps={{ ...getTextareaProps(cFields.reason), rows: 3 }}
          />
          <button type="submit" name="intent" value="correction">
            {t("profile.correctionSend")}
          </button>
        </Form>
      ) : (
        <p className="hint">{t("profile.error.correctionNotLocked")}</p>
      )}
    </section>
  );
}
