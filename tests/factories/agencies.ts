import { randomUUID } from "node:crypto";
import { db } from "~/utils/db.server";
import { agencySearchName, normalizePhone } from "~/domain/agencies/normalize";
import { newVerificationCode } from "~/domain/verify/code";

type AgencyStatus = "PENDING" | "ACTIVE" | "SUSPENDED" | "REVOKED" | "EXPIRED";

let n = 0;

export async function createAgency(
  over: {
    name?: string;
    status?: AgencyStatus;
    licenceNo?: string | null;
    countyCode?: number;
    phone?: string;
    email?: string;
    directors?: { name: string; nationalId: string; phone?: string }[];
    countries?: string[];
    validUntil?: Date;
  } = {},
) {
  n += 1;
  const name = over.name ?? `Test Agency ${n} ${randomUUID().slice(0, 8)}`;
  const status = over.status ?? "ACTIVE";
  const licenceNo =
    over.licenceNo === undefined
      ? status === "PENDING"
        ? null
        : `NEA/PEA/TEST/${randomUUID().slice(0, 8).toUpperCase()}`
      : over.licenceNo;
  return db.agency.create({
    data: {
      name,
      licenceNo,
      searchName: agencySearchName(name, licenceNo),
      status,
      countyCode: over.countyCode ?? 47,
      town: "Nairobi",
      phone: normalizePhone(over.phone ?? null),
      email: over.email ?? null,
      validFrom: status === "PENDING" ? null : new Date(Date.now() - 30 * 86400_000),
      validUntil:
        over.validUntil ?? (status === "PENDING" ? null : new Date(Date.now() + 300 * 86400_000)),
      verificationCode: status === "PENDING" ? null : newVerificationCode("LICENCE"),
      countries: { create: (over.countries ?? ["SA"]).map((countryCode) => ({ countryCode })) },
      directors: {
        create: (over.directors ?? []).map((d) => ({
          ...d,
          phone: normalizePhone(d.phone ?? null),
        })),
      },
    },
  });
}
