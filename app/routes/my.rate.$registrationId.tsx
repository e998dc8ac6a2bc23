import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { requirePermission } from "~/auth/require.server";
import { myRating, rateAgency } from "~/domain/scorecard/ratings.server";
import { RatingSchema } from "~/domain/scorecard/ratings.schema";
import { MIN_RATINGS, MIN_RATINGS_PER_MONTH, RATING_SCORES } from "~/domain/scorecard/rating.rules";
import { useLocale, useT } from "~/i18n/use-t";
import { getLocale } from "~/i18n/i18n.server";
import { ErrorSummary, SelectField, SubmissionKey } from "~/ui/form";
import { getFormProps, getSelectProps, parseWithZod, useForm } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { formatDate } from "~/ui/format";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("rating.title", NO_SCRIPTS);

// A deployed worker rates the agency that deployed her (issue 19 §3): her own registration only
// (another's is a 404), once the mission recorded her arrival; never shown alone.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return {
    ...(await myRating(user, params.registrationId ?? "")),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: RatingSchema });
  if (submission.status !== "success") return rejected(submission);
  try {
    const r = await rateAgency(
      user,
      params.registrationId ?? "",
      submission.value,
      requestContext(request),
      submissionKeyOf(form),
    );
    return redirectWithFlash("/my/departure", {
      key: "rating.saved",
      vars: { date: formatDate(r.publishedFrom, await getLocale(request)) },
    });
  } catch (e) {
    return replyError(request, e, submission);
  }
}

export default function RateAgency() {
  const t = useT();
  const locale = useLocale();
  const { agency, country, open, rating, submissionKey } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof RatingSchema>>({
    lastResult,
    defaultValue: rating
      ? { score: String(rating.score), recommend: rating.recommend ? "yes" : "no" }
      : undefined,
  });
  const countryName = locale === "sw" ? country.nameSw : country.nameEn;
  return (
    <section className="page">
      <h1>{t("rating.title")}</h1>
      {!open ? (
        <p className="alert alert-info">{t("rating.notYet", { country: countryName })}</p>
      ) : (
        <>
          <p>{t("rating.intro", { agency, country: countryName })}</p>
          <p className="hint">
            {t("rating.private", { min: MIN_RATINGS, perMonth: MIN_RATINGS_PER_MONTH })}
          </p>
          {rating ? (
            <p>
              {t(rating.final ? "rating.final" : "rating.current", {
                score: rating.score,
                date: formatDate(rating.ratedAt, locale),
                from: formatDate(rating.publishedFrom, locale),
              })}
            </p>
          ) : null}
          {rating?.final ? null : (
            <Form method="post" {...getFormProps(form)} noValidate>
              <ErrorSummary form={form} result={lastResult} />
              <SubmissionKey value={submissionKey} />
              <SelectField
                id={fields.score.id}
                label={t("rating.score")}
                required
                errors={fields.score.errors}
                emptyLabel="—"
                options={[...RATING_SCORES].reverse().map((s) => ({
                  value: String(s),
                  label: t(`rating.score.${s}`),
                }))}
                selectProps={getSelectProps(fields.score)}
              />
              <SelectField
                id={fields.recommend.id}
                label={t("rating.recommend")}
                required
                errors={fields.recommend.errors}
                emptyLabel="—"
                options={[
                  { value: "yes", label: t("rating.recommend.yes") },
                  { value: "no", label: t("rating.recommend.no") },
                ]}
                selectProps={getSelectProps(fields.recommend)}
              />
              <button type="submit">{t("rating.submit")}</button>
            </Form>
          )}
        </>
      )}
      <p>
        <Link to="/my/departure">{t("departure.title")}</Link>
      </p>
    </section>
  );
}
