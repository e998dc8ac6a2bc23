// The job-offer check (issue 20 §2): its form, on /check-offer and folded into /jobs and
// /check-number, and its verdict. A GET form to /check-offer: works without JavaScript, and the
// answer is a link she can send to her family.
import { Form, Link, useSearchParams } from "@remix-run/react";
import { JOB_CATEGORIES } from "~/domain/compliance/compliance.schema";
import type { Reason, Verdict } from "~/domain/offers/offer.rules";
import { formatVerificationCode } from "~/domain/verify/code";
import { useLocale, useT } from "~/i18n/use-t";
import { ErrorSummary, Field, SelectField } from "~/ui/form";
import { useCountryName } from "~/ui/country";
import { formatPay } from "~/ui/format";
import { allErrorsOf, errorsOf, type FormReply } from "~/utils/form-reply";

export type OfferCountry = { code: string; nameEn: string; nameSw: string; currency: string };

const idOf = (name: string) => `offer-${name}`;
/** Money people are paid in besides the destination's own. */
const OTHER_CURRENCIES = ["USD", "KES"];

export function OfferCheckForm({
  countries,
  reply = null,
  fromAddress = false,
}: {
  countries: OfferCountry[];
  reply?: FormReply | null;
  /** Fill the fields in from the page's address (on /check-offer; other pages' filters are theirs). */
  fromAddress?: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const [params] = useSearchParams();
  const v = (name: string) => (fromAddress ? (params.get(name) ?? "") : "");
  const currencies = [...new Set([...countries.map((c) => c.currency), ...OTHER_CURRENCIES])];
  const text = (name: string, label: string, hint: string | null, extra = {}) => (
    <Field
      id={idOf(name)}
      label={label}
      hint={hint ?? undefined}
      errors={errorsOf(reply, name)}
      inputProps={{ name, defaultValue: v(name), autoComplete: "off", ...extra }}
    />
  );
  return (
    <Form method="get" action="/check-offer" noValidate className="offer-form">
      <ErrorSummary errors={allErrorsOf(reply)} result={reply} idOf={idOf} />
      <SelectField
        id={idOf("country")}
        label={t("offer.country")}
        required
        errors={errorsOf(reply, "country")}
        emptyLabel={t("offer.chooseCountry")}
        options={countries.map((c) => ({
          value: c.code,
          label: locale === "sw" ? c.nameSw : c.nameEn,
        }))}
        selectProps={{ name: "country", defaultValue: v("country") }}
      />
      <SelectField
        id={idOf("job")}
        label={t("offer.job")}
        required
        errors={errorsOf(reply, "job")}
        options={JOB_CATEGORIES.map((j) => ({ value: j, label: t(`job.${j}`) }))}
        selectProps={{ name: "job", defaultValue: v("job") || "DOMESTIC_WORKER" }}
      />
      {text("fee", t("offer.fee"), t("offer.fee.hint"), { inputMode: "numeric", maxLength: 15 })}
      {text("pay", t("offer.pay"), t("offer.pay.hint"), { inputMode: "decimal", maxLength: 15 })}
      <SelectField
        id={idOf("currency")}
        label={t("offer.currency")}
        errors={errorsOf(reply, "currency")}
        emptyLabel={t("offer.currency.destination")}
        options={currencies.map((c) => ({ value: c, label: c }))}
        selectProps={{ name: "currency", defaultValue: v("currency") }}
      />
      {text("code", t("offer.code"), t("offer.code.hint"), { inputMode: "numeric", maxLength: 20 })}
      {text("agency", t("offer.agency"), null, { maxLength: 120 })}
      {text("contact", t("offer.contact"), t("offer.contact.hint"), { maxLength: 200 })}
      <button type="submit">{t("offer.submit")}</button>
    </Form>
  );
}

const BADGE = { ok: "badge-ok", info: "badge-info", warn: "badge-warn", bad: "badge-err" } as const;
const ALERT = { GREEN: "alert-success", AMBER: "alert-warn", RED: "alert-error" } as const;

function ReasonText({ r }: { r: Reason }) {
  const t = useT();
  const locale = useLocale();
  const country = useCountryName();
  return (
    <>
      {t(`offer.reason.${r.code}`, {
        name: r.name ?? "none",
        status:
          r.code === "ORDER_NOT_OPEN"
            ? (r.status ?? "")
            : r.status
              ? t(`status.${r.status as "ACTIVE"}`)
              : "",
        money: r.money ? formatPay(r.money.amount, r.money.currency, locale) : "",
        country: r.country ? country(r.country) : "",
        reports: r.reports ?? 0,
      })}
      {r.sources?.length ? (
        <>
          {" "}
          <span className="muted">{t("offer.law", { sources: r.sources.join("; ") })}</span>
        </>
      ) : null}
    </>
  );
}

/** The verdict, worst reason first; its words say the colour too (never colour alone). */
export function OfferVerdict({ verdict, code }: { verdict: Verdict; code?: string | null }) {
  const t = useT();
  return (
    <section
      aria-labelledby="verdict-title"
      className={`alert ${ALERT[verdict.colour]}`}
      id="verdict"
      role="status"
    >
      <h2 id="verdict-title">{t(`offer.verdict.${verdict.colour}`)}</h2>
      <p>{t(`offer.verdict.${verdict.colour}.next`)}</p>
      <h3 className="h3">{t("offer.reasons")}</h3>
      <ul className="findings">
        {verdict.reasons.map((r, i) => (
          <li key={i}>
            <span className={`badge ${BADGE[r.level]}`}>{t(`offer.level.${r.level}`)}</span>{" "}
            <ReasonText r={r} />
          </li>
        ))}
      </ul>
      {code &&
      verdict.reasons.some((r) => r.code.startsWith("ORDER_") && r.code !== "ORDER_NOT_FOUND") ? (
        <p>
          <Link className="code" to={`/verify/${code}`}>
            {formatVerificationCode(code)}
          </Link>
        </p>
      ) : null}
      {verdict.colour === "RED" ? (
        <p>
          <Link to="/report">{t("check.report")}</Link>
        </p>
      ) : null}
    </section>
  );
}
