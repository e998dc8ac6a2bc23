// The pages of the demo as each role reaches them, for the sweeps that read every page (the
// Kiswahili sweep in every-page.spec.ts, the accessibility sweep in accessibility.spec.ts).
/** follow: open the first link to a record's page; optional where the demo data may have none. */
export type Visit = {
  path: string;
  follow?: string;
  optional?: boolean;
  status?: number;
  /** Words the page's table must show (e.g. a stored kind of record, read in Kiswahili). */
  shows?: string;
};

export const PUBLIC: Visit[] = [
  { path: "/" },
  { path: "/?q=sahara" },
  { path: "/warnings", follow: "/agencies/" },
  { path: "/emergency" },
  { path: "/verify" },
  { path: "/verify/1202600019" },
  { path: "/jobs" },
  { path: "/training", follow: "/training/" },
  { path: "/stats" },
  { path: "/scorecard" },
  { path: "/check-number" },
  { path: "/check-number?q=0722000001" },
  { path: "/check-number?q=0799000111" },
  { path: "/check-offer" },
  { path: "/check-offer?country=SA&job=DOMESTIC_WORKER&fee=30000&pay=1500" },
  { path: "/check-offer?country=SA&job=DOMESTIC_WORKER&code=12", status: 400 },
  { path: "/report" },
  { path: "/cannot-reach" },
  { path: "/login" },
  { path: "/register" },
  { path: "/phone" },
  { path: "/forgot-password" },
  { path: "/no-such-page", status: 404 },
];

export const ROLES: { email: string; official: boolean; pages: Visit[] }[] = [
  {
    email: "worker@demo.kazisalama.ke",
    official: false,
    pages: [
      { path: "/my/profile" },
      { path: "/my/contracts", follow: "/my/contracts/" },
      { path: "/my/departure" },
      { path: "/my/help" },
      { path: "/my/fees" },
      { path: "/my/pin" },
      { path: "/account" },
    ],
  },
  {
    email: "agency@demo.kazisalama.ke",
    official: false,
    pages: [
      { path: "/agency" },
      { path: "/agency/contracts", follow: "/agency/contracts/" },
      { path: "/agency/job-orders" },
      { path: "/agency/employers" },
      { path: "/agency/staff" },
      { path: "/agency/contacts" },
      { path: "/refunds", follow: "/refunds/" },
      { path: "/compliance-check" },
    ],
  },
  {
    email: "applicant@demo.kazisalama.ke",
    official: false,
    pages: [{ path: "/agency/application" }],
  },
  {
    email: "training@demo.kazisalama.ke",
    official: false,
    pages: [{ path: "/provider" }],
  },
  {
    email: "officer@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/nea/licensing", follow: "/nea/licensing/", optional: true },
      { path: "/nea/contracts", follow: "/nea/contracts/" },
      { path: "/nea/job-orders", follow: "/nea/job-orders/" },
      { path: "/nea/complaints", follow: "/nea/complaints/", optional: true },
      { path: "/nea/recruiters", follow: "/nea/recruiters/" },
      { path: "/nea/corrections" },
      { path: "/nea/certificates" },
      { path: "/nea/decisions" },
      { path: "/nea/employers" },
      { path: "/nea/rules", follow: "/nea/rules/" },
      { path: "/nea/numbers" },
      { path: "/nea/record-links" },
      { path: "/nea/agencies/import" },
      { path: "/nea/agencies/bulk" },
      { path: "/cases" },
      { path: "/refunds", follow: "/refunds/" },
      { path: "/nea/scorecards" },
      { path: "/returns" },
      { path: "/returns?view=all" },
      { path: "/returns/services", follow: "/returns/services/" },
    ],
  },
  {
    email: "attache.riyadh@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/mission", follow: "/mission/workers/" },
      { path: "/cases", follow: "/cases/" },
    ],
  },
  {
    email: "admin@demo.kazisalama.ke",
    official: true,
    pages: [
      { path: "/admin/users" },
      { path: "/admin/users/new" },
      // Sign-ins are events on accounts: the kind of record is named in Kiswahili, not "User".
      { path: "/admin/audit", shows: "Akaunti" },
      { path: "/admin/mail" },
      { path: "/admin/backups" },
      { path: "/admin/training", follow: "/admin/training/" },
    ],
  },
];
