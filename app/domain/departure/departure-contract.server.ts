// What departure reads about a contract, shared by the worker's page, issuing a clearance and the
// clearance's checks: one select, the mission that covers a destination, and a clearance's live
// status today.
import { db, type Tx } from "~/utils/db.server";
import { clearanceLiveStatus } from "./clearance.rules";

export const contractSelect = {
  id: true,
  reference: true,
  status: true,
  countryCode: true,
  jobCategory: true,
  startDate: true,
  signedAt: true,
  termsHash: true,
  workerId: true,
  agencyId: true,
  employerId: true,
  agency: {
    select: {
      name: true,
      licenceNo: true,
      email: true,
      status: true,
      validUntil: true,
      countries: { select: { countryCode: true } },
    },
  },
  employer: { select: { name: true, kind: true, city: true } },
  jobOrder: { select: { status: true, title: true } },
  country: { select: { nameEn: true, nameSw: true } },
  clearance: { select: { id: true, code: true, status: true, issuedAt: true } },
} as const;

export type ContractRow = NonNullable<Awaited<ReturnType<typeof loadContract>>>;

export function loadContract(client: Tx | typeof db, id: string) {
  return client.contract.findUnique({ where: { id }, select: contractSelect });
}

/** What a worker is told about her mission: its name (and what builds it in Kiswahili), how to reach it. */
export const missionContactSelect = {
  name: true,
  kind: true,
  city: true,
  phone: true,
  emergencyPhone: true,
  email: true,
  address: true,
} as const;

export async function coveringMission(client: Tx | typeof db, country: string) {
  return client.mission.findFirst({
    where: { countries: { some: { countryCode: country } } },
    orderBy: [{ hasLabourAttache: "desc" }, { kind: "asc" }],
    select: { id: true, ...missionContactSelect },
  });
}

export function liveStatus(c: ContractRow, now: Date) {
  if (!c.clearance) return null;
  return clearanceLiveStatus({
    stored: c.clearance.status,
    contractStatus: c.status,
    country: c.countryCode,
    now,
    agency: {
      status: c.agency.status,
      validUntil: c.agency.validUntil,
      licensedCountries: c.agency.countries.map((x) => x.countryCode),
    },
  });
}
