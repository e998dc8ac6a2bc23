import { availableParallelism } from "node:os";

/**
 * WEB_CONCURRENCY: how many server processes share the port (node:cluster). 1 (the default) is one
 * process; "auto" is one per core. Each is a server like any other (the rate limits, sessions and
 * job leases are in the database); only the first runs the background jobs.
 */
export function webConcurrency(setting: string | undefined, cores = availableParallelism()) {
  if (setting === undefined || setting === "") return 1;
  if (setting === "auto") return Math.max(1, cores);
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new Error('WEB_CONCURRENCY must be "auto" or a whole number from 1 to 64');
  return n;
}
