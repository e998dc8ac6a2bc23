import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "~/generated/prisma/client";
import { getEnv } from "./env.server";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const g = globalThis as { __db?: PrismaClient };

function create() {
  const env = getEnv();
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

// One client per process (kept across dev rebuilds).
export const db: PrismaClient = (g.__db ??= create());

/** Interactive transaction with limits suited to a request (a bulk decision may ask for more time). */
export function transaction<T>(fn: (tx: Tx) => Promise<T>, opts: { timeout?: number } = {}): Promise<T> {
  return db.$transaction(fn, { maxWait: 5000, timeout: opts.timeout ?? 15000 });
}
