// Drill: `kill -9` the app server in the middle of a burst of contract approvals. After a restart,
// every approval that was answered with success must be there in full (status, decision fields,
// contract event, audit event, emails queued, position filled); nothing may be half-done; the
// audit chain must verify; and sending the unanswered requests again (same submission keys, as a
// browser's retry would) must approve each once. Meanwhile an attaché keeps reading her mission's
// workers: every list shown before the kill must have its view recorded, and after the restart
// every view must be sealed into the chain (ADR 0022).
import { randomUUID } from "node:crypto";
import {
  App,
  auditVerify,
  BASE,
  log,
  sessionFor,
  sleep,
  withClient,
  type DrillResult,
} from "./env.ts";

const BURST = 400;
const CONCURRENCY = 16;

type Outcome = "approved" | "refused" | "no answer";

export async function approve(id: string, key: string, cookie: string): Promise<Outcome> {
  try {
    const r = await fetch(`${BASE}/nea/contracts/${id}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ intent: "approve", _submission: key }),
    });
    await r.arrayBuffer();
    return r.status === 302 ? "approved" : "refused";
  } catch {
    return "no answer";
  }
}

/** The attaché's worker list: its request id when the page was shown (200), else null. */
async function viewList(cookie: string) {
  try {
    const r = await fetch(`${BASE}/mission`, { headers: { cookie }, redirect: "manual" });
    await r.arrayBuffer();
    return r.status === 200 ? r.headers.get("x-request-id") : null;
  } catch {
    return null;
  }
}

const allSealed = (url: string) =>
  withClient(url, async (c) => {
    const r = await c.query<{ sealed: boolean }>(
      `SELECT coalesce((SELECT max(seq) FROM "ViewEvent"), 0) <= coalesce((SELECT (summary->>'toSeq')::bigint
         FROM "AuditEvent" WHERE action = 'audit.views_sealed' ORDER BY seq DESC LIMIT 1), 0) AS sealed`,
    );
    return r.rows[0]!.sealed;
  });

export async function killDuringApprovals(url: string, app: App): Promise<DrillResult> {
  const facts: string[] = [];
  const cookie = await sessionFor(url, "supervisor@demo.kazisalama.ke");
  const attache = await sessionFor(url, "attache.riyadh@demo.kazisalama.ke");
  const targets = await withClient(url, async (c) => {
    // Room in every job order, so an approval is refused only by a real conflict.
    await c.query(`UPDATE "JobOrder" SET positions = positions + 1000 WHERE title LIKE 'Bench %'`);
    const r = await c.query<{ id: string; jobOrderId: string; filled: number }>(
      `SELECT c.id, c."jobOrderId", j."positionsFilled" AS filled FROM "Contract" c JOIN "JobOrder" j ON j.id = c."jobOrderId"
       WHERE c.status = 'RECOMMENDED' AND c."supersedesId" IS NULL ORDER BY c.id LIMIT ${BURST}`,
    );
    return r.rows;
  });
  const filledBefore = new Map(targets.map((t) => [t.jobOrderId, t.filled]));
  const keys = new Map(targets.map((t) => [t.id, randomUUID()]));
  const outcomes = new Map<string, Outcome>();
  const auditBefore = await withClient(url, async (c) =>
    Number((await c.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count),
  );

  log(
    `Approving ${targets.length} contracts, ${CONCURRENCY} at a time; kill -9 after the first 100 answers…`,
  );
  let next = 0;
  let answered = 0;
  let killed: Promise<void> | null = null;
  // The attaché reads her list, two at a time, until the server is gone.
  const viewsShown: string[] = [];
  let viewsTried = 0;
  let burstOver = false;
  const viewer = async () => {
    while (!burstOver) {
      viewsTried++;
      const id = await viewList(attache);
      if (id) viewsShown.push(id);
      else if (killed) return;
    }
  };
  const viewers = Promise.all([viewer(), viewer()]);
  const worker = async () => {
    while (next < targets.length) {
      const t = targets[next++]!;
      const o = await approve(t.id, keys.get(t.id)!, cookie);
      outcomes.set(t.id, o);
      if (o !== "no answer") answered++;
      if (answered >= 100 && !killed) killed = app.kill9();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  burstOver = true;
  await killed;
  await viewers;
  const acked = [...outcomes].filter(([, o]) => o === "approved").map(([id]) => id);
  const unanswered = [...outcomes].filter(([, o]) => o === "no answer").map(([id]) => id);
  const refused = [...outcomes].filter(([, o]) => o === "refused").length;
  facts.push(
    `Burst of ${targets.length} approvals: ${acked.length} answered success before the kill, ${refused} refused, ${unanswered.length} got no answer (cut by kill -9).`,
  );

  log("Restarting the app…");
  await app.start();

  const check = () =>
    withClient(url, async (c) => {
      const r = await c.query<{ id: string; status: string; complete: boolean; partial: boolean }>(
        `SELECT c.id, c.status::text,
         (c.status = 'APPROVED' AND c."approvedById" IS NOT NULL AND c."decidedAt" IS NOT NULL AND c."verificationCode" IS NOT NULL AND c."termsHash" IS NOT NULL
          AND EXISTS (SELECT 1 FROM "ContractEvent" e WHERE e."contractId" = c.id AND e.action = 'approve')
          AND EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = c.id::text AND a.action = 'contract.approved')) AS complete,
         (c.status <> 'APPROVED' AND (c."verificationCode" IS NOT NULL OR c."decidedAt" IS NOT NULL
          OR EXISTS (SELECT 1 FROM "ContractEvent" e WHERE e."contractId" = c.id AND e.action = 'approve')
          OR EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."entityId" = c.id::text AND a.action = 'contract.approved'))) AS partial
       FROM "Contract" c WHERE c.id = ANY($1::uuid[])`,
        [targets.map((t) => t.id)],
      );
      const byId = new Map(r.rows.map((x) => [x.id, x]));
      const orders = await c.query<{ id: string; filled: number; approved: number }>(
        `SELECT j.id, j."positionsFilled" AS filled, count(c.id)::int AS approved FROM "JobOrder" j
       LEFT JOIN "Contract" c ON c."jobOrderId" = j.id AND c.id = ANY($1::uuid[]) AND c.status = 'APPROVED'
       WHERE j.id = ANY($2::uuid[]) GROUP BY j.id`,
        [targets.map((t) => t.id), [...filledBefore.keys()]],
      );
      const positionsOff = orders.rows.filter(
        (o) => o.filled !== filledBefore.get(o.id)! + o.approved,
      ).length;
      const duplicateAudit = Number(
        (
          await c.query(
            `SELECT count(*) FROM (SELECT "entityId" FROM "AuditEvent" WHERE action = 'contract.approved' AND "entityId" = ANY($1::text[]) GROUP BY "entityId" HAVING count(*) > 1) d`,
            [targets.map((t) => t.id)],
          )
        ).rows[0].count,
      );
      return { byId, positionsOff, duplicateAudit };
    });

  const after = await check();
  const lost = acked.filter((id) => !after.byId.get(id)?.complete).length;
  const partial = [...after.byId.values()].filter((x) => x.partial).length;
  const approvedUnanswered = unanswered.filter((id) => after.byId.get(id)?.complete).length;
  facts.push(
    `After restart: ${lost} acknowledged approvals missing or incomplete, ${partial} contracts half-done, ${after.positionsOff} job orders with a wrong position count, ${after.duplicateAudit} contracts with two approval audit events.`,
  );
  facts.push(
    `${approvedUnanswered} of the unanswered approvals had committed before the kill (the answer was lost, not the work).`,
  );
  const viewsRecorded = await withClient(url, async (c) =>
    Number(
      (
        await c.query(
          `SELECT count(DISTINCT "requestId") AS n FROM "ViewEvent" WHERE "requestId" = ANY($1)`,
          [viewsShown],
        )
      ).rows[0].n,
    ),
  );
  facts.push(
    `The attaché's worker list was shown ${viewsShown.length} times before the kill (${viewsTried} requests): ${viewsRecorded} of those views are recorded.`,
  );
  // The seal job runs when the restarted server's scheduler first finds its lease free.
  const sealDeadline = Date.now() + 150_000;
  let sealed = await allSealed(url);
  while (!sealed && Date.now() < sealDeadline) {
    await sleep(2000);
    sealed = await allSealed(url);
  }
  facts.push(`After the restart every recorded view is sealed into the audit chain: ${sealed}.`);
  const audit1 = auditVerify(url);
  facts.push(`npm run audit:verify: ${audit1.output.split("\n").pop()}`);

  // A browser retries what got no answer, with the same submission key.
  const retried = await Promise.all(unanswered.map((id) => approve(id, keys.get(id)!, cookie)));
  await sleep(200);
  const final = await check();
  const notApproved = targets.filter(
    (t) => outcomes.get(t.id) !== "refused" && !final.byId.get(t.id)?.complete,
  ).length;
  facts.push(
    `Retrying the ${unanswered.length} unanswered requests with their keys: ${retried.filter((o) => o === "approved").length} answered success; now ${notApproved} not approved, ${final.duplicateAudit} approved twice, ${final.positionsOff} position counts wrong.`,
  );
  const audit2 = auditVerify(url);
  const auditAfter = await withClient(url, async (c) =>
    Number((await c.query(`SELECT count(*) FROM "AuditEvent"`)).rows[0].count),
  );
  facts.push(
    `Audit chain after the retries: ${audit2.output.split("\n").pop()} (${auditAfter - auditBefore} events added by the drill).`,
  );

  const passed =
    viewsShown.length > 0 &&
    viewsRecorded === viewsShown.length &&
    sealed &&
    targets.length > 0 &&
    unanswered.length > 0 &&
    lost === 0 &&
    partial === 0 &&
    after.positionsOff === 0 &&
    after.duplicateAudit === 0 &&
    audit1.ok &&
    audit2.ok &&
    notApproved === 0 &&
    final.duplicateAudit === 0 &&
    final.positionsOff === 0;
  return { name: "kill -9 during a burst of contract approvals and views", passed, facts };
}
