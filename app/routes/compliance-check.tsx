import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import {
  ComplianceCheckSchema,
  complianceInputFromForm,
  JOB_CATEGORIES,
} from "~/domain/compliance/compliance.schema";
import { NoRuleSet, runComplianceCheck } from "~/domain/compliance/compliance.server";
import { COSTS } from "~/domain/compliance/engine";
import { listCheckableCountries } from "~/domain/compliance/rule-sets.server";
import { useLocale, useT } from "~/i18n/use-t";
import { nairobiToday } from "~/utils/validation";
import type { MessageKey } from "~/i18n/messages";
import { readForm } from "~/utils/http.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("precheck.title", NO_SCRIPTS);

// Public: the same check as POST /api/v1/compliance-check, as a form (nothing is stored).
export async function loader(_: LoaderFunctionArgs) {
  return { countries: await listCheckableCountries() };
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const raw = Object.fromEntries(
    [...form.entries()].filter(([, v]) => typeof v === "string"),
  ) as Record<string, string>;
  raw.costsPaidByWorker = form.getAll("costsPaidByWorker").join(",");
  const parsed = ComplianceCheckSchema.safeParse(complianceInputFromForm(form));
  if (!parsed.success) {
    const errors: Record<string, true> = {};
    for (const i of parsed.error.issues) errors[String(i.path[i.path.length - 1])] = true;
    return data({ values: raw, errors, result: null, noRuleSet: false }, { status: 400 });
  }
  try {
    return {
      values: raw,
      errors: {} as Record<string, true>,
      result: await runComplianceCheck(parsed.data),
      noRuleSet: false,
    };
  } catch (e) {
    if (e instanceof NoRuleSet)
      return data(
        {
          values: raw,
          errors: { country: true } as Record<string, true>,
          result: null,
          noRuleSet: true,
        },
        { status: 400 },
      );
    throw e;
  }
}

export default function ComplianceCheckPage() {
  const t = useT();
  const locale = useLocale();
  const { countries } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const v = (r?.values ?? {}) as Record<string, string>;
  const bad = (name: string) => !!r?.errors[name];
  const num = (name: string, label: string, def: string, opts: { step?: string } = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        inputMode="decimal"
        defaultValue={v[name] ?? def}
        step={opts.step}
        aria-invalid={bad(name) ? true : undefined}
        aria-describedby={bad(name) ? `${name}-error` : undefined}
      />
      {bad(name) ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {t("precheck.invalid")}
        </p>
      ) : null}
    </div>
  );
  const radio = (name: string, label: string, options: [string, string][], def: string) => (
    <fieldset>
      <legend>{label}</legend>
      {options.map(([value, text]) => (
        <label key={value} className="choice">
          <input
            type="radio"
            name={name}
            value={value}
            defaultChecked={(v[name] ?? def) === value}
          />{" "}
          {text}
        </label>
      ))}
    </fieldset>
  );
  const date = (name: string, label: string, def: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type="date"
        defaultValue={v[name] ?? def}
        aria-invalid={bad(name) ? true : undefined}
        aria-describedby={bad(name) ? `${name}-error` : undefined}
      />
      {bad(name) ? (
        <p id={`${name}-error`} className="field-error" role="alert">
          {t("precheck.invalid")}
        </p>
      ) : null}
    </div>
  );
  const paidCosts = new Set((v.costsPaidByWorker ?? "").split(",").filter(Boolean));
  return (
    <section className="page">
      <h1>{t("precheck.title")}</h1>
      <p>{t("precheck.intro")}</p>
      {r?.result ? (
        <section
          aria-labelledby="result-title"
          className={`alert ${r.result.compliant ? "alert-success" : "alert-error"}`}
          id="result"
        >
          <h2 id="result-title">
            {r.result.compliant ? t("precheck.result.ok") : t("precheck.result.blocked")}
          </h2>
          <p className="muted">
            {t("precheck.ruleSet", {
              country: r.result.ruleSet.country,
              version: r.result.ruleSet.version,
              from: r.result.ruleSet.effectiveFrom ?? "—",
            })}
          </p>
          {r.result.findings.length ? (
            <ul className="findings">
              {r.result.findings.map((f, i) => (
                <li key={i}>
                  <span
                    className={`badge ${f.severity === "BLOCKING" ? "badge-err" : "badge-warn"}`}
                  >
                    {t(`finding.${f.severity}`)}
                  </span>{" "}
                  <strong>{f.code}</strong>
                  {f.unverified ? (
                    <span className="muted"> ({t("finding.unverified")})</span>
                  ) : null}
                  : {f.message[locale]}
                  <br />
                  <span className="muted">
                    {t("finding.expected")}: {f.expected} · {t("finding.actual")}: {f.actual}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("precheck.noFindings")}</p>
          )}
        </section>
      ) : r ? (
        <p className="alert alert-error" role="alert">
          {r.noRuleSet ? t("precheck.noRuleSet") : t("precheck.invalid")}
        </p>
      ) : null}

      <Form method="post">
        <fieldset>
          <legend>{t("precheck.where")}</legend>
          <div className="field">
            <label htmlFor="country">{t("precheck.country")}</label>
            <select
              id="country"
              name="country"
              defaultValue={v.country ?? "QA"}
              aria-invalid={bad("country") ? true : undefined}
            >
              {countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {locale === "sw" ? c.nameSw : c.nameEn} ({c.currency})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="jobCategory">{t("precheck.jobCategory")}</label>
            <select
              id="jobCategory"
              name="jobCategory"
              defaultValue={v.jobCategory ?? "DOMESTIC_WORKER"}
            >
              {JOB_CATEGORIES.map((j) => (
                <option key={j} value={j}>
                  {t(`job.${j}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="employerKind">{t("precheck.employerKind")}</label>
            <p id="employerKind-hint" className="hint">
              {t("precheck.employerKind.hint")}
            </p>
            <select
              id="employerKind"
              name="employerKind"
              aria-describedby="employerKind-hint"
              defaultValue={v.employerKind ?? ""}
            >
              <option value="">{t("precheck.employerKind.unknown")}</option>
              <option value="HOUSEHOLD">{t("precheck.employerKind.HOUSEHOLD")}</option>
              <option value="COMPANY">{t("precheck.employerKind.COMPANY")}</option>
            </select>
          </div>
          {date("contractDate", t("precheck.contractDate"), nairobiToday())}
          {date("dateOfBirth", t("precheck.dateOfBirth"), "")}
        </fieldset>
        <fieldset>
          <legend>{t("precheck.pay")}</legend>
          {num("monthlyWage", t("precheck.monthlyWage"), "")}
          <div className="field">
            <label htmlFor="currency">{t("precheck.currency")}</label>
            <select id="currency" name="currency" defaultValue={v.currency ?? "QAR"}>
              {[...new Set(countries.map((c) => c.currency))].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          {radio(
            "housingProvided",
            t("precheck.housingProvided"),
            [
              ["yes", t("precheck.yes")],
              ["no", t("precheck.no")],
            ],
            "yes",
          )}
          {radio(
            "foodProvided",
            t("precheck.foodProvided"),
            [
              ["yes", t("precheck.yes")],
              ["no", t("precheck.no")],
            ],
            "yes",
          )}
        </fieldset>
        <fieldset>
          <legend>{t("precheck.time")}</legend>
          {num("dailyHours", t("precheck.dailyHours"), "8")}
          {num("weeklyRestDays", t("precheck.weeklyRestDays"), "1")}
          {num("annualLeaveDays", t("precheck.annualLeaveDays"), "30")}
          {num("durationMonths", t("precheck.durationMonths"), "24")}
          {num("probationDays", t("precheck.probationDays"), "")}
          {num("endOfServiceDaysPerYear", t("precheck.endOfService"), "")}
        </fieldset>
        <fieldset>
          <legend>{t("precheck.costs")}</legend>
          {radio(
            "passportHeldBy",
            t("precheck.passportHeldBy"),
            [
              ["WORKER", t("precheck.worker")],
              ["EMPLOYER", t("precheck.employer")],
              ["AGENCY", t("precheck.agency")],
            ],
            "WORKER",
          )}
          {num("workerPaidRecruitmentFees", t("precheck.fees"), "0")}
          <fieldset>
            <legend>{t("precheck.costsPaidByWorker")}</legend>
            {COSTS.map((c) => (
              <label key={c} className="choice">
                <input
                  type="checkbox"
                  name="costsPaidByWorker"
                  value={c}
                  defaultChecked={paidCosts.has(c)}
                />{" "}
                {t(`cost.${c}` as MessageKey)}
              </label>
            ))}
          </fieldset>
          {radio(
            "returnTicketPaidBy",
            t("precheck.returnTicketPaidBy"),
            [
              ["EMPLOYER", t("precheck.employer")],
              ["WORKER", t("precheck.worker")],
            ],
            "EMPLOYER",
          )}
        </fieldset>
        <button type="submit">{t("precheck.submit")}</button>
      </Form>
    </section>
  );
}
