// Whether the production build in build/ is current: it exists and is newer than every source file
// under app/ (the generated Prisma client aside). `npm start` rebuilds when it is not; tests that run
// the build refuse a stale one instead of testing yesterday's code.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { root } from "./database.ts";

export const BUILD_ENTRY = path.join(root, "build", "index.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** null when the build is current, otherwise why it is not. */
export function buildProblem(): string | null {
  if (!existsSync(BUILD_ENTRY)) return "there is no build (build/index.js)";
  if (statSync(BUILD_ENTRY).mtimeMs < newestMtime(path.join(root, "app")))
    return "the build is older than the code in app/";
  return null;
}
