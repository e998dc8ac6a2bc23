import { Link, useRouteLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/use-t";
import type { loader as rootLoader } from "~/root";

export default function Home() {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return (
    <section className="page">
      <h1>{t("home.title")}</h1>
      <p>{t("home.intro")}</p>
      {root?.user ? <p className="muted">{t("home.signedInAs", { name: root.user.name })}</p> : null}
      <div className="cards">
        <article className="card">
          <h2>{t("home.check.title")}</h2>
          <p>{t("home.check.body")}</p>
        </article>
        <article className="card">
          <h2>{t("home.workers.title")}</h2>
          <p>{t("home.workers.body")}</p>
          {root?.user ? null : <Link className="button" to="/register">{t("nav.register")}</Link>}
        </article>
        <article className="card">
          <h2>{t("home.help.title")}</h2>
          <p>{t("home.help.body")}</p>
        </article>
      </div>
    </section>
  );
}
