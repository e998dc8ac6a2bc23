// Which database a script talks to: DATABASE_URL when set, otherwise the embedded one.
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

export const root = path.resolve(import.meta.dirname, "..", "..");

export function embeddedSettings() {
  return {
    dataDir: process.env.EMBEDDED_PG_DIR ?? path.join(root, ".data", "pg"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
    database: "kazi_salama",
  };
}

/** Runs `fn` against DATABASE_URL, or against the embedded database started (and stopped) here. */
export async function withDatabase<T>(
  fn: (url: string, embedded: boolean) => Promise<T>,
): Promise<T> {
  if (process.env.DATABASE_URL) return fn(process.env.DATABASE_URL, false);
  const db = await startEmbeddedPostgres({ ...embeddedSettings(), log: (m) => console.info(m) });
  try {
    return await fn(db.url, true);
  } finally {
    await db.stop();
  }
}
