// Pages that send no JavaScript at all. The people who use them — workers and families on cheap
// phones and paid-for data, the public checking an agency — get a complete page in a few KB; the
// React/Remix runtime (and zod, for forms) would be 130–250 KB more for no function they need:
// every form here works, and shows its errors, with a plain POST (ADR 0015). Staff pages keep the
// scripts (client navigation, checks as you type).
export const NO_SCRIPTS = { scripts: false } as const;

/** Whether the matched routes allow the page to load its scripts. */
export function pageWantsScripts(matches: { handle?: unknown }[]) {
  return !matches.some((m) => (m.handle as { scripts?: boolean } | undefined)?.scripts === false);
}
