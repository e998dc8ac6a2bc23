import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Form,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLocation,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { getUser } from "~/auth/require.server";
import { can, type Permission } from "~/auth/permissions";
import { getLocale } from "~/i18n/i18n.server";
import { translate, type Locale, type MessageKey } from "~/i18n/messages";
import { useT } from "~/i18n/use-t";
import { readFlash } from "~/ui/flash.server";
import { Confirmation } from "~/ui/confirmation";
import { countryNames } from "~/domain/reference/countries.server";
import { ErrorPage, errorTitleKey } from "~/ui/error-page";
import { documentTitle } from "~/ui/page-title";
import { useNonce } from "~/ui/nonce";
import { requestContext } from "~/utils/request.server";
import { pageWantsScripts } from "~/ui/page-scripts";
import { Callable } from "~/ui/tel-link";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles.css" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

// The <title> is written by the Layout from the routes' handles (app/ui/page-title.ts), in the page's
// language; meta carries the rest.
export const meta: MetaFunction = () => [
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
      confirmation: flash?.confirmation
        ? {
            title: translate(locale, flash.confirmation.title),
            reference: flash.confirmation.reference ?? null,
          }
        : null,
      countries: await countryNames(),
    },
    { headers },
  );
}

type RootData = Awaited<ReturnType<typeof loader>>["data"];

/** Links to each role's work, in one place; each shows only to those with its permission. */
const WORK_LINKS: { to: string; label: MessageKey; permission: Permission }[] = [
  { to: "/my/profile", label: "nav.my.profile", permission: "worker:self" },
  { to: "/my/contracts", label: "nav.my.contracts", permission: "worker:self" },
  { to: "/my/departure", label: "nav.my.departure", permission: "worker:self" },
  { to: "/my/fees", label: "nav.fees", permission: "worker:self" },
  { to: "/my/help", label: "nav.my.help", permission: "worker:self" },
  { to: "/agency", label: "nav.agency", permission: "agency:read-own" },
  { to: "/agency/contracts", label: "nav.agency.contracts", permission: "contract:draft" },
  { to: "/agency/cases", label: "nav.agency.cases", permission: "agency:read-own" },
  { to: "/refunds", label: "nav.refunds", permission: "agency:read-own" },
  { to: "/agency/job-orders", label: "nav.agency.jobOrders", permission: "jobOrder:submit" },
  { to: "/agency/contacts", label: "nav.contacts", permission: "agency:read-own" },
  { to: "/compliance-check", label: "nav.precheck", permission: "agency:read-own" },
  { to: "/nea/licensing", label: "nav.nea.licensing", permission: "licence:review" },
  { to: "/nea/contracts", label: "nav.nea.contracts", permission: "contract:review" },
  { to: "/nea/job-orders", label: "nav.nea.jobOrders", permission: "jobOrder:verify" },
  { to: "/nea/complaints", label: "nav.nea.complaints", permission: "complaint:triage" },
  { to: "/nea/recruiters", label: "nav.recruiters", permission: "complaint:triage" },
  { to: "/nea/corrections", label: "nav.nea.corrections", permission: "worker:correct" },
  { to: "/refunds", label: "nav.refunds", permission: "refund:decide" },
  { to: "/nea/scorecards", label: "nav.scorecards", permission: "case:oversee" },
  { to: "/returns", label: "nav.returns", permission: "returns:handle" },
  { to: "/nea/certificates", label: "nav.nea.certificates", permission: "contract:review" },
  { to: "/nea/decisions", label: "nav.nea.decisions", permission: "contract:review" },
  { to: "/nea/decisions", label: "nav.nea.decisions", permission: "admin:users" },
  { to: "/mission", label: "nav.mission", permission: "mission:workers" },
  { to: "/cases", label: "nav.cases", permission: "case:handle" },
  { to: "/cases", label: "nav.cases", permission: "case:oversee" },
  { to: "/nea/employers", label: "nav.employers", permission: "employer:watchlist" },
  { to: "/nea/rules", label: "nav.nea.rules", permission: "contract:review" },
  { to: "/nea/numbers", label: "nav.nea.numbers", permission: "contract:review" },
  { to: "/nea/agencies/import", label: "nav.nea.import", permission: "agency:import" },
  { to: "/provider", label: "nav.provider", permission: "training:record" },
  { to: "/admin/training", label: "nav.admin.training", permission: "training:author" },
  { to: "/admin/users", label: "nav.admin.users", permission: "admin:users" },
  { to: "/admin/audit", label: "nav.admin.audit", permission: "admin:audit" },
  { to: "/admin/backups", label: "nav.admin.backups", permission: "admin:audit" },
  { to: "/admin/mail", label: "nav.admin.mail", permission: "admin:mail" },
];

function Nav({ user }: { user: RootData["user"] }) {
  const t = useT();
  const work = user ? WORK_LINKS.filter((l) => can(user, l.permission)) : [];
  // Her account and "Log out" come last, after her own links (in the middle, a tap meant for
  // "My profile" could sign her out).
  const accountItems = user ? (
    <>
      <li>
        <Link to="/account">{t("nav.account")}</Link>
      </li>
      <li>
        <Form method="post" action="/logout">
          <button type="submit" className="link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </li>
    </>
  ) : null;
  return (
    <>
      <nav aria-label={t("nav.menu")}>
        <ul className="nav">
          <li>
            <Link to="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link to="/warnings">{t("nav.warnings")}</Link>
          </li>
          <li>
            <Link to="/verify">{t("nav.verify")}</Link>
          </li>
          <li>
            <Link to="/jobs">{t("nav.jobs")}</Link>
          </li>
          <li>
            <Link to="/check-number">{t("nav.checkNumber")}</Link>
          </li>
          <li>
            <Link to="/training">{t("nav.training")}</Link>
          </li>
          <li>
            <Link to="/stats">{t("nav.stats")}</Link>
          </li>
          <li>
            <Link to="/report">{t("nav.report")}</Link>
          </li>
          {user ? (
            work.length ? null : (
              accountItems
            )
          ) : (
            <>
              <li>
                <Link to="/login">{t("nav.login")}</Link>
              </li>
              <li>
                <Link to="/register">{t("nav.register")}</Link>
              </li>
            </>
          )}
        </ul>
      </nav>
      {work.length ? (
        <nav aria-label={t("nav.work")} className="work-nav">
          <ul className="nav">
            {work.map((l) => (
              <li key={l.to}>
                <Link to={l.to}>{t(l.label)}</Link>
              </li>
            ))}
            {accountItems}
          </ul>
        </nav>
      ) : null}
    </>
  );
}

/**
 * "English · Kiswahili" on every page: each language named in itself, the current one marked, the
 * other a button (a form post, so it works without JavaScript and a signed-in choice is saved).
 */
function LanguageSwitch({ locale }: { locale: Locale }) {
  const t = useT();
  const location = useLocation();
  const choices: { value: Locale; label: MessageKey }[] = [
    { value: "en", label: "lang.en" },
    { value: "sw", label: "lang.sw" },
  ];
  return (
    <Form
      method="post"
      action="/set-language"
      className="lang-switch"
      aria-label={t("lang.switch")}
    >
      <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
      {choices.map((c, i) => (
        <span key={c.value}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          {c.value === locale ? (
            <strong lang={c.value} aria-current="true">
              {t(c.label)}
            </strong>
          ) : (
            <button
              type="submit"
              name="locale"
              value={c.value}
              lang={c.value}
              className="link-button"
            >
              {t(c.label)}
            </button>
          )}
        </span>
      ))}
    </Form>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const matches = useMatches();
  const scripts = pageWantsScripts(matches);
  const error = useRouteError();
  const locale = data?.locale ?? "en";
  const t = (k: Parameters<typeof translate>[1]) => translate(locale, k);
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle(matches, locale, error ? errorTitleKey(error) : null)}</title>
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip" href="#main">
          {t("nav.skip")}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <Link to="/" className="brand">
              {t("app.name")}
            </Link>
            <LanguageSwitch locale={locale} />
          </div>
          <div className="wrap">
            {/* On a phone the links fold under "Menu" so the page starts on the first screen; on a
                wider screen they are always shown (public/styles.css). No script needed. */}
            <details className="site-menu">
              <summary>{t("nav.menuButton")}</summary>
              <Nav user={data?.user ?? null} />
            </details>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {data?.confirmation ? (
            <Confirmation {...data.confirmation} next={data.flash ?? ""} />
          ) : data?.flash ? (
            <div className="alert alert-success" role="status">
              {data.flash}
            </div>
          ) : null}
          {children}
        </main>
        <footer className="wrap site-footer">
          <p>
            <Callable text={t("footer.text")} />
          </p>
        </footer>
        {scripts ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
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
