import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { WatchListSchema } from "~/domain/joborders/joborders.schema";
import { listEmployersForActor, setWatchList } from "~/domain/joborders/joborders.server";
import { useT } from "~/i18n/use-t";
import { NextPage } from "~/ui/pager";
import { redirectWithFlash } from "~/ui/flash.server";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { titled } from "~/ui/page-title";
import { useCountryName } from "~/ui/country";
import { rejected, replyError } from "~/utils/form-reply.server";
import { allErrorsOf, errorsOf, valueOf } from "~/utils/form-reply";
import { ErrorSummary, useErrorText } from "~/ui/form";
import { parseWithZod } from "~/ui/conform";

export const handle = titled("employers.title");

// NEA officers and labour attachés: find employers and keep the watch list.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "employer:watchlist");
  const url = new URL(request.url);
  return listEmployersForActor(user, {
    q: url.searchParams.get("q")?.slice(0, 100) || undefined,
    watchListed: url.searchParams.get("watched") === "1",
    cursor: url.searchParams.get("after"),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "employer:watchlist");
  const form = await readForm(request);
  const id = String(form.get("employerId") ?? "");
  const submission = parseWithZod(form, { schema: WatchListSchema });
  if (submission.status !== "success") return rejected(submission, { form: id });
  try {
    await setWatchList(user, id, submission.value, requestContext(request));
  } catch (e) {
    return replyError(request, e, submission, { form: id });
  }
  return redirectWithFlash(`/nea/employers?${new URL(request.url).searchParams.toString()}`, {
    key: "employers.updated",
  });
}

export default function EmployersWatch() {
  const t = useT();
  const country = useCountryName();
  const { items, nextCursor } = useLoaderData<typeof loader>();
  const r = useActionData<typeof action>();
  const mine = (id: string) => (r?.form === id ? r : undefined);
  const errorText = useErrorText();
  const [params] = useSearchParams();
  return (
    <section className="page">
      <h1>{t("employers.title")}</h1>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="q">{t("employers.search")}</label>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} />
        </div>
        <label className="choice">
          <input
            type="checkbox"
            name="watched"
            value="1"
            defaultChecked={params.get("watched") === "1"}
          />{" "}
          {t("employers.onlyWatched")}
        </label>
        <button type="submit">{t("search.submit")}</button>
      </Form>
      {items.length === 0 ? (
        <p>{t("employers.none")}</p>
      ) : (
        <ul className="results">
          {items.map((x) => (
            <li key={x.id} className="result">
              <h2 className="h3">
                {x.name}{" "}
                {x.watchListed ? (
                  <span className="badge badge-err">{t("employers.watchListed")}</span>
                ) : null}
              </h2>
              <p className="muted">
                {t(`employers.kind.${x.kind}`)} · {x.city}, {country(x.countryCode)}
                {x.agency ? ` · ${x.agency.name}` : ""}
              </p>
              {x.watchReason ? <p>{x.watchReason}</p> : null}
              <Form method="post" className="filters">
                <ErrorSummary
                  errors={allErrorsOf(mine(x.id))}
                  result={mine(x.id)}
                  idOf={(name) => `${name}-${x.id}`}
                />
                <input type="hidden" name="employerId" value={x.id} />
                <input type="hidden" name="intent" value={x.watchListed ? "unwatch" : "watch"} />
                <div className="field">
                  <label htmlFor={`reason-${x.id}`}>{t("employers.watchReason")}</label>
                  <input
                    id={`reason-${x.id}`}
                    name="reason"
                    defaultValue={valueOf(mine(x.id), "reason")}
                    aria-invalid={errorsOf(mine(x.id), "reason") ? true : undefined}
                    aria-describedby={
                      errorsOf(mine(x.id), "reason") ? `reason-${x.id}-error` : undefined
                    }
                  />
                  {errorsOf(mine(x.id), "reason") ? (
                    <p id={`reason-${x.id}-error`} className="field-error" role="alert">
                      {errorText(errorsOf(mine(x.id), "reason")).join(" ")}
                    </p>
                  ) : null}
                </div>
                <button type="submit" className={x.watchListed ? "secondary" : "danger"}>
                  {x.watchListed ? t("employers.unwatch") : t("employers.watch")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      <NextPage cursor={nextCursor} />
    </section>
  );
}
