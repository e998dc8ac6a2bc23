// An attack on the audit trail, run as the database owner inside a transaction that is always
// rolled back: `audit:verify`'s verdict on the database as the attack left it.
import { db, type Tx } from "~/utils/db.server";
import { verifyAuditChain } from "~/domain/audit/audit.server";

export async function attack(run: (tx: Tx) => Promise<void>, key: string) {
  let verdict: Awaited<ReturnType<typeof verifyAuditChain>> | null = null;
  await db
    .$transaction(async (tx) => {
      await run(tx);
      verdict = await verifyAuditChain(tx as unknown as typeof db, { key });
      throw new Error("rollback");
    })
    .catch((e: Error) => {
      if (e.message !== "rollback") throw e;
    });
  return verdict!;
}
