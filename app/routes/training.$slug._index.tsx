import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getUser } from "~/auth/require.server";
import { moduleView } from "~/domain/training/training.server";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { ProgressBar } from "~/ui/progress";
import { EmergencyNumbers } from "~/ui/emergency-numbers";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled((d) => d?.title, NO_SCRIPTS);

// Public: one module's lessons and quiz; a signed-in worker sees what they have read and passed.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return {
    ...(await moduleView(user, params.slug ?? "", await getLocale(request, user?.locale))),
    signedIn: !!user,
  };
}

export default function TrainingModule() {
  const t = useT();
  const m = useLoaderData<typeof loader>();
  const allRead = m.lessons.every((l) => l.read);
  return (
    <section className="page">
      <p>
        <Link to="/training">{t("training.title")}</Link>
      </p>
      <h1>{m.title}</h1>
      <p>{m.summary}</p>
      {m.countryCode && m.countryName ? (
        <EmergencyNumbers countryCode={m.countryCode} country={m.countryName} />
      ) : null}
      {m.progress ? <ProgressBar percent={m.percent} label={t("training.moduleProgress")} /> : null}
      <h2>{t("training.lessons")}</h2>
      <ol>
        {m.lessons.map((l) => (
          <li key={l.position}>
            <Link to={`/training/${m.slug}/lessons/${l.position}`}>{l.title}</Link>
            {l.read ? ` ✓ ${t("training.read")}` : ""}
          </li>
        ))}
      </ol>
      <h2>{t("training.quiz")}</h2>
      <p>{t("training.quizIntro", { n: String(m.questions), pass: String(m.passMark) })}</p>
      {m.progress?.passed ? (
        <p className="alert alert-success">
          {t("training.passed", { score: String(m.progress.bestScore ?? 0) })}
        </p>
      ) : null}
      {m.progress && !allRead ? <p className="muted">{t("training.readFirstHint")}</p> : null}
      <p>
        <Link to={`/training/${m.slug}/quiz`}>{t("training.takeQuiz")}</Link>
      </p>
    </section>
  );
}
