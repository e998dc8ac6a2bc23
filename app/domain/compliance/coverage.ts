// Which law covers a job: a household's driver, guard or carer is a domestic worker under the
// domestic-worker laws of these destinations, so their contracts are checked against the
// domestic-worker rule set, not the general one or the baseline (issue 22 §4). Pure, sourced data.
import type { JobCategory } from "~/generated/prisma/enums";
import type { Tag } from "./rule-set";

export type EmployerKind = "HOUSEHOLD" | "COMPANY";

export const HOUSEHOLD_COVERAGE: Record<
  string,
  { categories: JobCategory[]; src: string; tag: Tag }
> = {
  SA: {
    categories: ["DRIVER", "SECURITY_GUARD", "CAREGIVER"],
    src: "Domestic workers regulation (MD 40676/2023): drivers, nurses, security guards and others working for a household (arynews.tv 2025-11-27)",
    tag: "likely",
  },
  AE: {
    categories: ["DRIVER", "SECURITY_GUARD", "CAREGIVER"],
    src: "Federal Decree-Law 9/2022 and its list of domestic occupations: private driver, guard, private nurse, babysitter (u.ae)",
    tag: "likely",
  },
  QA: {
    categories: ["DRIVER", "CAREGIVER"],
    src: "Law 15/2017 Art 1: a driver, nanny, cook, gardener or the like working for a household",
    tag: "likely",
  },
  KW: {
    categories: ["DRIVER", "SECURITY_GUARD", "CAREGIVER"],
    src: "Law 68/2015 Art 1: anyone doing manual work in private homes (togetherkw.org)",
    tag: "likely",
  },
  OM: {
    categories: ["DRIVER", "SECURITY_GUARD", "CAREGIVER"],
    src: "MR 574/2025: private drivers, residential building guards, home nurses, child caregivers (omanobserver.om)",
    tag: "likely",
  },
};

/**
 * The job category whose rule set applies: a household job the destination's domestic-worker law
 * covers is checked as domestic work. A company's driver stays a driver (the general labour law).
 */
export function ruleCategoryFor(
  country: string,
  category: JobCategory,
  employerKind: EmployerKind | null | undefined,
): JobCategory {
  if (employerKind !== "HOUSEHOLD") return category;
  return HOUSEHOLD_COVERAGE[country]?.categories.includes(category) ? "DOMESTIC_WORKER" : category;
}
