import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import { quizView, submitQuiz } from "~/domain/training/training.server";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { requestContext } from "~/utils/request.server";
import { readForm } from "~/utils/http.server";
import { replyError } from "~/utils/form-reply.server";
import { allErrorsOf, valueOf } from "~/utils/form-reply";
import { ErrorSummary, SubmissionKey } from "~/ui/form";
import { newSubmissionKey, submissionKeyOf } from "~/utils/idempotency.server";
import { DomainError } from "~/domain/errors";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled("training.quizTitle", NO_SCRIPTS);

// Public: a module's quiz. Anyone may try it; a signed-in worker's attempts count towards the certificate.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const quiz = await quizView(params.slug ?? "", await getLocale(request, user?.locale));
  return { ...quiz, submissionKey: newSubmissionKey() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await getUser(request);
  const locale = await getLocale(request, user?.locale);
  const quiz = await quizView(params.slug ?? "", locale);
  const form = await readForm(request);
  const answers = quiz.questions.map((q) => {
    const v = form.get(`q${q.position}`);
    const n = typeof v === "string" && /^\d{1,2}$/.test(v) ? Number(v) : null;
    return n !== null && n < q.options.length ? n : null;
  });
  const chosen = Object.fromEntries(quiz.questions.map((q, i) => [q.position, answers[i]]));
  try {
    if (answers.some((a) => a === null)) throw new DomainError("training.error.answerAll");
    return {
      result: await submitQuiz(
        user,
        params.slug ?? "",
        answers,
        locale,
        requestContext(request),
        submissionKeyOf(form),
      ),
      chosen,
    };
  } catch (e) {
    return replyError(request, e, form);
  }
}

export default function Quiz() {
  const t = useT();
  const { module: m, questions, submissionKey } = useLoaderData<typeof loader>();
  const reply = useActionData<typeof action>();
  // A marked attempt, or a reply that refused it (with what had been chosen).
  const r = reply && "result" in reply ? reply : null;
  const refused = reply && !("result" in reply) ? reply : undefined;
  const wrong = new Map(r?.result.feedback.map((f) => [f.position, f]) ?? []);
  const chosen = (position: number) =>
    r ? r.chosen[position] : Number(valueOf(refused, `q${position}`) ?? NaN);
  return (
    <section className="page">
      <p>
        <Link to={`/training/${m.slug}`}>{m.title}</Link>
      </p>
      <h1>{t("training.quizTitle", { module: m.title })}</h1>
      <p>{t("training.quizIntro", { n: String(questions.length), pass: String(m.passMark) })}</p>
      {r?.result ? (
        <div className={`alert ${r.result.passed ? "alert-success" : "alert-error"}`} role="status">
          <p>
            <strong>
              {t(r.result.passed ? "training.result.passed" : "training.result.failed", {
                score: String(r.result.score),
                pass: String(m.passMark),
              })}
            </strong>
          </p>
          {!r.result.saved ? <p>{t("training.result.notSaved")}</p> : null}
          {r.result.passed ? (
            <p>
              <Link to="/training">{t("training.backToCourse")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <Form
        method="post"
        key={r ? `attempt-${r.result.score}-${r.result.feedback.length}` : "quiz"}
      >
        <SubmissionKey value={submissionKey} />
        <ErrorSummary errors={allErrorsOf(refused)} result={refused} />
        {questions.map((q, i) => {
          const fb = wrong.get(q.position);
          return (
            <fieldset key={q.position} aria-describedby={fb ? `fb-${q.position}` : undefined}>
              <legend>
                {i + 1}. {q.prompt}
              </legend>
              {q.options.map((o, j) => (
                <label key={j} className="choice">
                  <input
                    type="radio"
                    name={`q${q.position}`}
                    value={j}
                    required
                    defaultChecked={chosen(q.position) === j && !fb}
                  />{" "}
                  {o}
                </label>
              ))}
              {fb ? (
                <p id={`fb-${q.position}`} className="field-error">
                  {t("training.wrong")} {fb.explanation}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <button type="submit">{r?.result ? t("training.retake") : t("training.submitQuiz")}</button>
      </Form>
    </section>
  );
}
