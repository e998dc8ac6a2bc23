// The seeded training catalogue: 11 core modules and country modules for Saudi Arabia, the UAE and Qatar.
import { CORE_A } from "./catalogue.core-a";
import { CORE_B } from "./catalogue.core-b";
import { COUNTRY_MODULES } from "./catalogue.countries";
import type { ModuleSeed } from "./catalogue.types";

export const CATALOGUE: ModuleSeed[] = [...CORE_A, ...CORE_B, ...COUNTRY_MODULES];
