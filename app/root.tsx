import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form, Link, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getUser } from "~/auth/require.server";
import { can } from "~/auth/permissions";
import { getLocale } from "~/i18n/i18n.server";
import { translate, type Locale } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { readFlash } from "~/ui/flash.server";
import { ErrorPage } from "~/ui/error-page";
import { useNonce } from "~/ui/nonce";
import { requestContext } from "~/utils/request.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = () => [
  { title: "Kazi Salama" },
  { name: "description", content: "Kenya's ethical-recruitment registry and pre-departure portal" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await getLocale(request, user?.locale);
  const { flash, clear } = await readFlash(request);
  const headers = new Headers();
  if (clear) headers.append("Set-Cookie", clear);
  return data(
    {
      locale,
      requestId: requestContext(request).requestId,
      user: user ? { name: user.name, role: user.role } : null,
      flash: flash ? translate(locale, flash.key, flash.vars) : null,
    },
    { headers },
  );
}

type RootData = Awaited<ReturnType<typeof loader>>["data"];

function Nav({ user }: { user: RootData["user"] }) {
  const t = useT();
  return (
    <nav aria-label={t("nav.menu")}>
      <ul className="nav">
        <li><Link to="/">{t("nav.home")}</Link></li>
        <li><Link to="/warnings">{t("nav.warnings")}</Link></li>
        <li><Link to="/verify">{t("nav.verify")}</Link></li>
        <li><Link to="/jobs">{t("nav.jobs")}</Link></li>
        <li><Link to="/report">{t("nav.report")}</Link></li>
        {user && can(user, "agency:read-own") ? <li><Link to="/compliance-check">{t("nav.precheck")}</Link></li> : null}
        {user && can(user, "agency:read-own") ? <li><Link to="/agency">{t("nav.agency")}</Link></li> : null}
        {user && can(user, "licence:review") ? <li><Link to="/nea/licensing">{t("nav.nea.licensing")}</Link></li> : null}
        {user && can(user, "agency:import") ? <li><Link to="/nea/agencies/import">{t("nav.nea.import")}</Link></li> : null}
        {user && can(user, "worker:self") ? <li><Link to="/my/contracts">{t("nav.my.contracts")}</Link></li> : null}
        {user && can(user, "contract:draft") ? <li><Link to="/agency/contracts">{t("nav.agency.contracts")}</Link></li> : null}
        {user && can(user, "contract:review") ? <li><Link to="/nea/contracts">{t("nav.nea.contracts")}</Link></li> : null}
        {user && can(user, "jobOrder:submit") ? <li><Link to="/agency/job-orders">{t("nav.agency.jobOrders")}</Link></li> : null}
        {user && can(user, "jobOrder:verify") ? <li><Link to="/nea/job-orders">{t("nav.nea.jobOrders")}</Link></li> : null}
        {user && can(user, "employer:watchlist") ? <li><Link to="/nea/employers">{t("nav.employers")}</Link></li> : null}
        {user && can(user, "contract:review") ? <li><Link to="/nea/rules">{t("nav.nea.rules")}</Link></li> : null}
        {user && can(user, "complaint:triage") ? <li><Link to="/nea/complaints">{t("nav.nea.complaints")}</Link></li> : null}
        {user && can(user, "admin:users") ? <li><Link to="/admin/users">{t("nav.admin.users")}</Link></li> : null}
        {user && can(user, "admin:audit") ? <li><Link to="/admin/audit">{t("nav.admin.audit")}</Link></li> : null}
        {user && can(user, "admin:mail") ? <li><Link to="/admin/mail">{t("nav.admin.mail")}</Link></li> : null}
        {user ? (
          <>
            <li><Link to="/account">{t("nav.account")}</Link></li>
            <li>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">{t("nav.logout")}</button>
              </Form>
            </li>
          </>
        ) : (
          <>
            <li><Link to="/login">{t("nav.login")}</Link></li>
            <li><Link to="/register">{t("nav.register")}</Link></li>
          </>
        )}
      </ul>
    </nav>
  );
}

function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = useT();
  const location = useLocation();
  return (
    <Form method="post" action="/set-language" className="lang-switch">
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      <label htmlFor="lang-select">{t("lang.switch")}</label>{" "}
      <select id="lang-select" name="locale" defaultValue={locale}>
        <option value="en" lang="en">{t("lang.en")}</option>
        <option value="sw" lang="sw">{t("lang.sw")}</option>
      </select>{" "}
      <button type="submit">{t("lang.apply")}</button>
    </Form>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const locale = data?.locale ?? "en";
  const t = (k: Parameters<typeof translate>[1]) => translate(locale, k);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip" href="#main">{t("nav.skip")}</a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link to="/" className="brand">{t("app.name")}</Link>
            <LanguageSwitch locale={locale} />
          </div>
          <div className="wrap"><Nav user={data?.user ?? null} /></div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {data?.flash ? <div className="alert alert-success" role="status">{data.flash}</div> : null}
          {children}
        </main>
        <footer className="wrap site-footer"><p>{t("footer.text")}</p></footer>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const data = useRouteLoaderData<typeof loader>("root");
  return <ErrorPage requestId={data?.requestId} />;
}
