import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { MIN_DEBRIEFS } from "~/domain/scorecard/debrief.rules";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requirePermission } from "~/auth/require.server";
import { recordDebrief, recordReturn, returnOf } from "~/domain/returns/returns.server";
import { DebriefSchema, ReturnSchema } from "~/domain/returns/returns.schema";
import { declineHelp, requestHelp } from "~/domain/returns/reintegration.server";
import { DeclineHelpSchema, HelpSchema } from "~/domain/returns/reintegration.schema";
import { useT } from "~/i18n/use-t";
import { parseWithZod } from "~/ui/conform";
import { redirectWithFlash } from "~/ui/flash.server";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";
import { DebriefForm, HelpForms, ReturnForm, helpChoices } from "~/ui/return-forms";
import { ReturnSummary } from "~/ui/return-summary";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { readForm } from "~/utils/http.server";
import { rejected, replyError } from "~/utils/form-reply.server";
import { requestContext } from "~/utils/request.server";

export const handle = titled("returns.title", NO_SCRIPTS);

// Back home (issue 20 §3): she records her return (her own deployment only; another's is a 404),
// then answers her debrief, once; what she reports opens a claim, a case, and referrals for help.
// A referral her answers suggested waits for her "yes" (or "no, thank you"); she may ask for other
// help at any time.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  return {
    ...(await returnOf(user, params.registrationId ?? "")),
    submissionKey: newSubmissionKey(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const id = params.registrationId ?? "";
  const form = await readForm(request);
  const ctx = requestContext(request);
  if (form.get("intent") === "help") {
    const submission = parseWithZod(form, { schema: HelpSchema });
    if (submission.status !== "success") return rejected(submission, { form: "help" });
    try {
      await requestHelp(user, id, submission.value, ctx);
    } catch (e) {
      return replyError(request, e, submission, { form: "help" });
    }
    return redirectWithFlash(`/my/return/${id}`, { key: "returns.helpAsked" });
  }
  if (form.get("intent") === "decline") {
    const submission = parseWithZod(form, { schema: DeclineHelpSchema });
    if (submission.status !== "success") return rejected(submission, { form: "help" });
    try {
      await declineHelp(user, id, submission.value, ctx);
    } catch (e) {
      return replyError(request, e, submission, { form: "help" });
    }
    return redirectWithFlash(`/my/return/${id}`, { key: "returns.helpDeclined" });
  }
  if (form.get("intent") === "debrief") {
    const submission = parseWithZod(form, { schema: DebriefSchema });
    if (submission.status !== "success") return rejected(submission, { form: "debrief" });
    try {
      const refs = await recordDebrief(user, id, submission.value, ctx, submissionKeyOf(form));
      return redirectWithFlash(
        `/my/return/${id}`,
        refs.length
          ? { key: "returns.debriefed.cases", vars: { references: refs.join(", ") } }
          : { key: "returns.debriefed" },
      );
    } catch (e) {
      return replyError(request, e, submission, { form: "debrief" });
    }
  }
  const submission = parseWithZod(form, { schema: ReturnSchema });
  if (submission.status !== "success") return rejected(submission, { form: "return" });
  try {
    await recordReturn(user, id, submission.value, ctx, submissionKeyOf(form));
  } catch (e) {
    return replyError(request, e, submission, { form: "return" });
  }
  return redirectWithFlash(`/my/return/${id}`, { key: "returns.recorded" });
}

export default function BackHome() {
  const t = useT();
  const data = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  const mine = (f: string) => (reply && "form" in reply && reply.form === f ? reply : undefined);
  return (
    <section className="page">
      <h1>{t("returns.title")}</h1>
      {data.mayRecord ? (
        <>
          <p>{t("returns.intro")}</p>
          <ReturnForm
            reply={mine("return")}
            submissionKey={data.submissionKey}
            endDay={data.endDay}
            self
          />
        </>
      ) : data.ret ? (
        <>
          <ReturnSummary data={data} self />
          {data.ret.debrief ? null : (
            <>
              <h2>{t("returns.debrief.title")}</h2>
              <p>{t("returns.debrief.intro")}</p>
              <p>{t("returns.debrief.published", { min: MIN_DEBRIEFS })}</p>
              <DebriefForm
                reply={mine("debrief")}
                submissionKey={data.submissionKey}
                currencies={[data.country.currency, "KES"]}
              />
            </>
          )}
          <HelpForms reply={mine("help")} self {...helpChoices(data.ret.referrals)} />
        </>
      ) : null}
      <p>
        <Link to="/my/departure">{t("departure.title")}</Link>
      </p>
    </section>
  );
}
