import { z } from "zod";

export const AGENCY_STATUSES = ["ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "PENDING"] as const;

const empty = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Search parameters, shared by the home page and GET /api/v1/agencies. */
export const AgencySearchSchema = z.object({
  q: z.preprocess(empty, z.string().trim().max(100).optional()),
  status: z.preprocess(empty, z.enum(AGENCY_STATUSES).optional()),
  county: z.preprocess(empty, z.coerce.number().int().min(1).max(47).optional()),
  cursor: z.preprocess(empty, z.string().max(400).optional()),
});

export type AgencySearchInput = z.infer<typeof AgencySearchSchema>;

export function searchParamsObject(url: URL) {
  return Object.fromEntries(
    ["q", "status", "county", "cursor"].map((k) => [k, url.searchParams.get(k)]),
  );
}
