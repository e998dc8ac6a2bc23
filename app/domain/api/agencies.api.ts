// The JSON shapes of /api/v1 (documented in openapi.ts). Dates are ISO 8601 in UTC.
import type { AgencyListItem, PublicAgency } from "~/domain/agencies/agencies.server";
import type { VerifyResult } from "~/domain/verify/verify.server";
import type { Scorecard } from "~/domain/scorecard/scorecard.rules";

export function agencyListItemJson(a: AgencyListItem) {
  return {
    licenceNo: a.licenceNo,
    name: a.name,
    status: a.status,
    county: a.county?.name ?? null,
    validUntil: a.validUntil?.toISOString() ?? null,
    countries: a.countries,
  };
}

export function agencyJson(a: PublicAgency, scorecard: Scorecard) {
  return {
    licenceNo: a.licenceNo,
    name: a.name,
    status: a.status,
    validFrom: a.validFrom?.toISOString() ?? null,
    validUntil: a.validUntil?.toISOString() ?? null,
    county: a.county?.name ?? null,
    town: a.town,
    countries: a.countries.map((c) => c.code),
    history: a.actions.map((h) => ({ action: h.action, reason: h.reason, at: h.at.toISOString() })),
    upheldComplaints: a.upheldComplaints,
    linkedToRevoked: a.linkedToRevoked,
    scorecard,
  };
}

export function verifyJson(r: VerifyResult) {
  return { kind: r.kind, code: r.code, status: r.status, subject: r.subject };
}
