import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getUser, requirePermission } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { lessonView, markLessonRead } from "~/domain/training/training.server";
import { getLocale } from "~/i18n/i18n.server";
import { useT } from "~/i18n/use-t";
import { NO_SCRIPTS } from "~/ui/page-scripts";
import { titled } from "~/ui/page-title";

export const handle = titled((d) => d?.lesson.title, NO_SCRIPTS);

const position = (n: string | undefined) => {
  if (!n || !/^\d{1,3}$/.test(n)) throw new Response("Not found", { status: 404 });
  return Number(n);
};

// Public: one lesson, readable by anyone, printable; a worker marks it read and moves on.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const view = await lessonView(
    user,
    params.slug ?? "",
    position(params.n),
    await getLocale(request, user?.locale),
  );
  return { ...view, canSave: can(user, "worker:self") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "worker:self");
  const slug = params.slug ?? "";
  const n = position(params.n);
  const next = await markLessonRead(user, slug, n);
  return redirect(next !== null ? `/training/${slug}/lessons/${next}` : `/training/${slug}`);
}

export default function Lesson() {
  const t = useT();
  const { module: m, lesson, previous, next, canSave } = useLoaderData<typeof loader>();
  return (
    <article className="page lesson">
      <p className="no-print">
        <Link to={`/training/${m.slug}`}>{m.title}</Link> ·{" "}
        {t("training.lessonOf", { n: String(lesson.number), total: String(m.lessons) })}
      </p>
      <h1>{lesson.title}</h1>
      {/* Rendered on the server from Markdown; raw HTML in lessons is escaped (markdown.server.ts). */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: lesson.html }} />
      <nav className="no-print lesson-nav" aria-label={t("training.lessons")}>
        {canSave ? (
          <Form method="post">
            <button type="submit">
              {next !== null ? t("training.readNext") : t("training.readDone")}
            </button>
            {lesson.read ? <span className="muted"> ✓ {t("training.read")}</span> : null}
          </Form>
        ) : null}
        <p>
          {previous !== null ? (
            <Link to={`/training/${m.slug}/lessons/${previous}`}>← {t("training.previous")}</Link>
          ) : null}
          {previous !== null && next !== null ? " · " : null}
          {next !== null ? (
            <Link to={`/training/${m.slug}/lessons/${next}`}>{t("training.next")} →</Link>
          ) : (
            <Link to={`/training/${m.slug}/quiz`}>{t("training.takeQuiz")} →</Link>
          )}
        </p>
      </nav>
    </article>
  );
}
