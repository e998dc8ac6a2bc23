// The seeded training catalogue: 11 core modules and country modules for Saudi Arabia, the UAE and Qatar.
import { CORE_A } from "./catalogue.core-a";
import { CORE_B } from "./catalogue.core-b";
import { COUNTRY_MODULES } from "./catalogue.countries";
import { SAFETY_ADDITIONS } from "./catalogue.safety";
import type { ModuleSeed } from "./catalogue.types";

/** Each module with the safety lessons and questions added after it was first written (issue 22 §2). */
const withAdditions = (m: ModuleSeed): ModuleSeed => {
  const add = SAFETY_ADDITIONS[m.slug];
  return add
    ? {
        ...m,
        lessons: [...m.lessons, ...add.lessons],
        questions: [...m.questions, ...add.questions],
      }
    : m;
};

export const CATALOGUE: ModuleSeed[] = [...CORE_A, ...CORE_B, ...COUNTRY_MODULES].map(
  withAdditions,
);
