import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listDestinationCountries } from "~/domain/agencies/agencies.server";
import { checkOfferLimited, type OfferCheck } from "~/domain/offers/offer-check.server";
import { OfferCheckSchema } from "~/domain/offers/offer.schema";
import { useT } from "~/i18n/use-t";
import { parseWithZod } from "~/ui/conform";
import { OfferCheckForm, OfferVerdict } from "~/ui/offer-check";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import type { FormReply } from "~/utils/form-reply";
import { requestContext } from "~/utils/request.server";

export const handle = titled("offer.title", NO_SCRIPTS);

type LoaderData = {
  countries: Awaited<ReturnType<typeof listDestinationCountries>>;
  reply: FormReply | null;
  result: OfferCheck | null;
  code: string | null;
  rateLimited?: boolean;
};

// Public (issue 20 §2): a verdict on a job offer — green, amber or red with the reasons — from
// what she types. A GET form: nothing is stored, it works without JavaScript, the answer is a link.
export async function loader({ request }: LoaderFunctionArgs) {
  const countries = await listDestinationCountries();
  const params = new URL(request.url).searchParams;
  const base: LoaderData = { countries, reply: null, result: null, code: null };
  if (![...params.keys()].length) return data(base);
  const form = new FormData();
  for (const [k, v] of params) if (typeof v === "string") form.append(k, v.slice(0, 300));
  const submission = parseWithZod(form, { schema: OfferCheckSchema });
  if (submission.status !== "success") return data({ ...base, reply: submission.reply() }, 400);
  const result = await checkOfferLimited(submission.value, requestContext(request).ip);
  if (result === "rate-limited") return data({ ...base, rateLimited: true }, 429);
  if (!result)
    return data(
      {
        ...base,
        reply: submission.reply({ fieldErrors: { country: ["offer.unknownCountry"] } }),
      },
      400,
    );
  return data({ ...base, result, code: submission.value.code ?? null });
}

export default function CheckOffer() {
  const t = useT();
  const { countries, reply, result, code, rateLimited } = useLoaderData<typeof loader>();
  return (
    <section className="page">
      <h1>{t("offer.title")}</h1>
      {result ? <OfferVerdict verdict={result} code={code} /> : <p>{t("offer.intro")}</p>}
      {rateLimited ? (
        <p className="alert alert-error" role="alert">
          {t("error.rateLimited")}
        </p>
      ) : null}
      <OfferCheckForm countries={countries} reply={reply} fromAddress />
      <p>
        <strong>{t("check.advice")}</strong>
      </p>
      <p>
        <Link to="/check-number">{t("check.title")}</Link>
      </p>
    </section>
  );
}
