-- CreateTable
CREATE TABLE "ViewEvent" (
    "seq" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "actorRole" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" JSONB NOT NULL,
    "requestId" TEXT,
    "ip" TEXT,

    CONSTRAINT "ViewEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "ViewEvent_entityType_entityId_idx" ON "ViewEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ViewEvent_actorId_seq_idx" ON "ViewEvent"("actorId", "seq");

-- CreateIndex
CREATE INDEX "ViewEvent_action_seq_idx" ON "ViewEvent"("action", "seq");

-- Views are append-only like audit events (ADR 0022): the same trigger refuses UPDATE and DELETE.
CREATE TRIGGER view_event_no_update BEFORE UPDATE OR DELETE ON "ViewEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
