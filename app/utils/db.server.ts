import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { getEnv } from "./env.server";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const g = globalThis as { __db?: PrismaClient; __replicas?: PrismaClient[] };

function create(url: string) {
  const adapter = new PrismaPg({ connectionString: url, max: getEnv().DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

// One client per process (kept across dev rebuilds).
export const db: PrismaClient = (g.__db ??= create(getEnv().DATABASE_URL));

let nextReplica = 0;

/**
 * The client for public reads that may be a moment behind the primary (replication delay):
 * registry search and public statistics. With DATABASE_REPLICA_URLS, a replica in turn; without,
 * the primary. Anything that decides, writes or must read its own writes uses `db`.
 */
export function readDb(): PrismaClient {
  const replicas = (g.__replicas ??= getEnv().DATABASE_REPLICA_URLS.map(create));
  if (replicas.length === 0) return db;
  nextReplica = (nextReplica + 1) % replicas.length;
  return replicas[nextReplica]!;
}

/** Closes every connection of this process (shutdown). */
export async function disconnectAll() {
  await Promise.all([db.$disconnect(), ...(g.__replicas ?? []).map((r) => r.$disconnect())]);
}

/** Interactive transaction with limits suited to a request (a bulk decision may ask for more time). */
export function transaction<T>(
  fn: (tx: Tx) => Promise<T>,
  opts: { timeout?: number } = {},
): Promise<T> {
  return db.$transaction(fn, { maxWait: 5000, timeout: opts.timeout ?? 15000 });
}
