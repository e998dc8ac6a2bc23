-- The outbox keeps a copy of each message with its secrets hidden (single-use links, one-time
-- codes): the admin reads that copy, and it replaces the text once the message is sent.
ALTER TABLE "OutboxMessage" ADD COLUMN "redactedText" TEXT;

UPDATE "OutboxMessage" SET "redactedText" =
  CASE
    WHEN "template" = 'recordClaimCode'
      THEN regexp_replace("text", '[0-9]{6}', CASE WHEN "locale" = 'sw' THEN '[imefichwa]' ELSE '[hidden]' END, 'g')
    ELSE regexp_replace("text", '/(reset-password|verify-email)/[A-Za-z0-9_-]{16,}',
      '/\1/' || CASE WHEN "locale" = 'sw' THEN '[imefichwa]' ELSE '[hidden]' END, 'g')
  END;

ALTER TABLE "OutboxMessage" ALTER COLUMN "redactedText" SET NOT NULL;
