-- CreateTable
CREATE TABLE "AgencyRating" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "score" INTEGER NOT NULL,
    "recommend" BOOLEAN NOT NULL,
    "ratedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgencyRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AgencyRating_registrationId_key" ON "AgencyRating"("registrationId");

-- CreateIndex
CREATE INDEX "AgencyRating_agencyId_ratedAt_idx" ON "AgencyRating"("agencyId", "ratedAt");

-- CreateIndex
CREATE INDEX "AgencyRating_ratedAt_idx" ON "AgencyRating"("ratedAt");

-- AddForeignKey
ALTER TABLE "AgencyRating" ADD CONSTRAINT "AgencyRating_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyRating" ADD CONSTRAINT "AgencyRating_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A rating is 1..5, whatever writes it.
ALTER TABLE "AgencyRating" ADD CONSTRAINT "AgencyRating_score_range" CHECK ("score" BETWEEN 1 AND 5);
