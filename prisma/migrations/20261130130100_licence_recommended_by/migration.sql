-- Four eyes on licensing: who recommended, so that they never decide (issue 15 §4).
ALTER TABLE "LicenceApplication" ADD COLUMN "recommendedById" UUID;
-- Applications recommended before this column existed: the recommender, from the audit log.
UPDATE "LicenceApplication" a SET "recommendedById" = (
  SELECT e."actorId" FROM "AuditEvent" e
  WHERE e."entityType" = 'LicenceApplication' AND e."entityId" = a."id"::text AND e."action" = 'licence.recommended'
  ORDER BY e."seq" DESC LIMIT 1
)
WHERE a."status" IN ('RECOMMENDED_GRANT', 'RECOMMENDED_REFUSAL', 'GRANTED', 'REFUSED');
