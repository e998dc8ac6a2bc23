-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MissionKind" AS ENUM ('EMBASSY', 'HIGH_COMMISSION', 'CONSULATE');

-- CreateEnum
CREATE TYPE "JobCategory" AS ENUM ('DOMESTIC_WORKER', 'DRIVER', 'SECURITY_GUARD', 'HOSPITALITY', 'CONSTRUCTION', 'CAREGIVER', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('WORKER', 'AGENCY_STAFF', 'AGENCY_ADMIN', 'NEA_OFFICER', 'NEA_SUPERVISOR', 'LABOUR_ATTACHE', 'TRAINING_PROVIDER', 'ADMIN');

-- CreateEnum
CREATE TYPE "AuthTokenPurpose" AS ENUM ('VERIFY_EMAIL', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateEnum
CREATE TYPE "AgencyStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'REVOKED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "LicenceApplicationKind" AS ENUM ('NEW', 'RENEWAL');

-- CreateEnum
CREATE TYPE "LicenceApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'RECOMMENDED_GRANT', 'RECOMMENDED_REFUSAL', 'GRANTED', 'REFUSED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "LicenceActionKind" AS ENUM ('GRANTED', 'RENEWED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'EXPIRED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ComplaintSubject" AS ENUM ('AGENCY', 'UNLICENSED_RECRUITER', 'JOB_ADVERT');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('RECEIVED', 'TRIAGED', 'UPHELD', 'NOT_UPHELD');

-- CreateEnum
CREATE TYPE "EmployerKind" AS ENUM ('HOUSEHOLD', 'COMPANY');

-- CreateEnum
CREATE TYPE "JobOrderStatus" AS ENUM ('SUBMITTED', 'VERIFIED', 'REJECTED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "BlmaRuleSetStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'CHANGES_REQUESTED', 'RECOMMENDED', 'APPROVED', 'REJECTED', 'SIGNED', 'DEPARTED', 'ARRIVED', 'COMPLETED', 'TERMINATED', 'REPATRIATED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('FEMALE', 'MALE');

-- CreateEnum
CREATE TYPE "TrainingModuleKind" AS ENUM ('CORE', 'COUNTRY');

-- CreateEnum
CREATE TYPE "ClearanceStatus" AS ENUM ('VALID', 'INVALIDATED');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('PRE_REGISTERED', 'ARRIVED', 'ACTIVE', 'RETURNED', 'UNREACHABLE');

-- CreateEnum
CREATE TYPE "CheckInChannel" AS ENUM ('WEB', 'USSD', 'SMS', 'VISIT');

-- CreateEnum
CREATE TYPE "CheckInOutcome" AS ENUM ('OK', 'CONCERN');

-- CreateEnum
CREATE TYPE "CaseCategory" AS ENUM ('UNPAID_WAGES', 'PASSPORT_CONFISCATED', 'ABUSE', 'OVERWORK', 'CONTRACT_SUBSTITUTION', 'HEALTH', 'DETENTION', 'DEATH', 'TRAFFICKING_SUSPECTED', 'WANTS_TO_RETURN', 'CANNOT_REACH', 'OTHER');

-- CreateEnum
CREATE TYPE "CasePriority" AS ENUM ('CRITICAL', 'HIGH', 'NORMAL');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'REFERRED', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseRaisedBy" AS ENUM ('WORKER', 'NEXT_OF_KIN', 'ATTACHE', 'NEA');

-- CreateEnum
CREATE TYPE "ReferralKind" AS ENUM ('SHELTER', 'LEGAL_AID', 'REPATRIATION', 'MEDICAL', 'POLICE', 'NATIONAL_REFERRAL_MECHANISM');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameSw" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "blmaSigned" BOOLEAN NOT NULL DEFAULT false,
    "blmaNote" TEXT,
    "blmaSource" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "isDestination" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "County" (
    "code" INTEGER NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "County_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Mission" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MissionKind" NOT NULL,
    "city" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "emergencyPhone" TEXT,
    "email" TEXT,
    "hasLabourAttache" BOOLEAN NOT NULL DEFAULT false,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "source" TEXT,

    CONSTRAINT "Mission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionCountry" (
    "missionId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "MissionCountry_pkey" PRIMARY KEY ("missionId","countryCode")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "passwordHash" TEXT NOT NULL,
    "emailVerifiedAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "agencyId" UUID,
    "missionId" UUID,
    "trainingProviderId" UUID,
    "totpSecret" TEXT,
    "totpPendingSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "secondFactorAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "purpose" "AuthTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "IdempotencyRecord" (
    "key" TEXT NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "resultRef" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "leasedUntil" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
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
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "channel" "OutboxChannel" NOT NULL DEFAULT 'EMAIL',
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "template" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agency" (
    "id" UUID NOT NULL,
    "licenceNo" TEXT,
    "name" TEXT NOT NULL,
    "searchName" TEXT NOT NULL,
    "companyRegNo" TEXT,
    "kraPin" TEXT,
    "countyCode" INTEGER,
    "town" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "status" "AgencyStatus" NOT NULL DEFAULT 'PENDING',
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "bondReference" TEXT,
    "bondAmountKes" DECIMAL(14,2),
    "bondIssuer" TEXT,
    "verificationCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgencyCountry" (
    "agencyId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "AgencyCountry_pkey" PRIMARY KEY ("agencyId","countryCode")
);

-- CreateTable
CREATE TABLE "AgencyDirector" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nationalId" TEXT NOT NULL,
    "phone" TEXT,

    CONSTRAINT "AgencyDirector_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceApplication" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" "LicenceApplicationKind" NOT NULL,
    "status" "LicenceApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "details" JSONB NOT NULL,
    "checklist" JSONB,
    "flags" JSONB,
    "reviewerId" UUID,
    "recommendation" TEXT,
    "deciderId" UUID,
    "decisionReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicenceApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDocument" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LicenceAction" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "action" "LicenceActionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "noticeDate" TIMESTAMP(3),
    "actorId" UUID,
    "batchId" UUID,
    "validFrom" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LicenceAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "subject" "ComplaintSubject" NOT NULL,
    "agencyId" UUID,
    "recruiterName" TEXT,
    "recruiterPhone" TEXT,
    "whereSeen" TEXT,
    "description" TEXT NOT NULL,
    "reporterName" TEXT,
    "reporterContact" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'RECEIVED',
    "outcomeNote" TEXT,
    "handledById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Employer" (
    "id" UUID NOT NULL,
    "kind" "EmployerKind" NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "city" TEXT NOT NULL,
    "identifier" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "agencyId" UUID,
    "watchListed" BOOLEAN NOT NULL DEFAULT false,
    "watchReason" TEXT,
    "watchListedAt" TIMESTAMP(3),
    "watchListedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Employer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobOrder" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "jobCategory" "JobCategory" NOT NULL,
    "title" TEXT NOT NULL,
    "positions" INTEGER NOT NULL,
    "positionsFilled" INTEGER NOT NULL DEFAULT 0,
    "offeredWage" DECIMAL(12,2) NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "status" "JobOrderStatus" NOT NULL DEFAULT 'SUBMITTED',
    "verificationCode" TEXT,
    "deciderId" UUID,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BlmaRuleSet" (
    "id" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "jobCategory" "JobCategory",
    "version" INTEGER NOT NULL,
    "status" "BlmaRuleSetStatus" NOT NULL DEFAULT 'PUBLISHED',
    "effectiveFrom" TIMESTAMP(3) NOT NULL,
    "rules" JSONB NOT NULL,
    "note" TEXT,
    "publishedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BlmaRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contract" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "jobOrderId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "jobCategory" "JobCategory" NOT NULL,
    "status" "ContractStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "lockVersion" INTEGER NOT NULL DEFAULT 0,
    "terms" JSONB NOT NULL,
    "termsHash" TEXT,
    "findings" JSONB,
    "ruleSetId" UUID,
    "startDate" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "reviewerId" UUID,
    "recommendedById" UUID,
    "approvedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "signedAt" TIMESTAMP(3),
    "verificationCode" TEXT,
    "supersedesId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractEvent" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "ContractStatus",
    "toStatus" "ContractStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContractEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" UUID NOT NULL,
    "userId" UUID,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "nationalId" TEXT,
    "passportNo" TEXT,
    "passportExpiry" TIMESTAMP(3),
    "dateOfBirth" TIMESTAMP(3),
    "sex" "Sex",
    "countyCode" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "languages" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NextOfKin" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "consentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NextOfKin_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "purpose" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingModule" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "kind" "TrainingModuleKind" NOT NULL,
    "countryCode" CHAR(2),
    "position" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleSw" TEXT NOT NULL,
    "summaryEn" TEXT NOT NULL,
    "summarySw" TEXT NOT NULL,
    "passMark" INTEGER NOT NULL DEFAULT 70,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingLesson" (
    "id" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleSw" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "bodySw" TEXT NOT NULL,

    CONSTRAINT "TrainingLesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuizQuestion" (
    "id" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "promptEn" TEXT NOT NULL,
    "promptSw" TEXT NOT NULL,
    "options" JSONB NOT NULL,
    "correctIndex" INTEGER NOT NULL,
    "explanationEn" TEXT NOT NULL,
    "explanationSw" TEXT NOT NULL,

    CONSTRAINT "QuizQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModuleProgress" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "lessonsRead" INTEGER[],
    "quizAttempts" INTEGER NOT NULL DEFAULT 0,
    "bestScore" INTEGER,
    "passedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ModuleProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingProvider" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "accreditationNo" TEXT NOT NULL,
    "countyCode" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "TrainingProvider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InPersonCompletion" (
    "id" UUID NOT NULL,
    "providerId" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "course" TEXT NOT NULL,
    "attendanceDays" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "completedAt" TIMESTAMP(3) NOT NULL,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InPersonCompletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revokeReason" TEXT,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DepartureClearance" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "workerId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "status" "ClearanceStatus" NOT NULL DEFAULT 'VALID',
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "invalidatedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "DepartureClearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MissionRegistration" (
    "id" UUID NOT NULL,
    "workerId" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "missionId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "city" TEXT,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PRE_REGISTERED',
    "addressAbroad" TEXT,
    "phoneAbroad" TEXT,
    "employerContact" TEXT,
    "arrivedAt" TIMESTAMP(3),
    "confirmedById" UUID,
    "nextCheckInDue" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MissionRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CheckIn" (
    "id" UUID NOT NULL,
    "registrationId" UUID NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "channel" "CheckInChannel",
    "outcome" "CheckInOutcome",
    "note" TEXT,

    CONSTRAINT "CheckIn_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "workerId" UUID,
    "registrationId" UUID,
    "missionId" UUID,
    "employerId" UUID,
    "agencyId" UUID,
    "category" "CaseCategory" NOT NULL,
    "priority" "CasePriority" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "raisedBy" "CaseRaisedBy" NOT NULL,
    "description" TEXT NOT NULL,
    "reporterName" TEXT,
    "reporterPhone" TEXT,
    "assigneeId" UUID,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "escalatedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "authorId" UUID,
    "body" TEXT NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseReferral" (
    "id" UUID NOT NULL,
    "caseId" UUID NOT NULL,
    "kind" "ReferralKind" NOT NULL,
    "note" TEXT,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseReferral_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_name_key" ON "County"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Mission_slug_key" ON "Mission"("slug");

-- CreateIndex
CREATE INDEX "MissionCountry_countryCode_idx" ON "MissionCountry"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_createdAt_idx" ON "User"("role", "createdAt");

-- CreateIndex
CREATE INDEX "User_agencyId_idx" ON "User"("agencyId");

-- CreateIndex
CREATE INDEX "User_missionId_idx" ON "User"("missionId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_purpose_idx" ON "AuthToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "RateLimitBucket_resetAt_idx" ON "RateLimitBucket"("resetAt");

-- CreateIndex
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_seq_idx" ON "AuditEvent"("actorId", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_action_seq_idx" ON "AuditEvent"("action", "seq");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_licenceNo_key" ON "Agency"("licenceNo");

-- CreateIndex
CREATE UNIQUE INDEX "Agency_verificationCode_key" ON "Agency"("verificationCode");

-- CreateIndex
CREATE INDEX "Agency_status_validUntil_idx" ON "Agency"("status", "validUntil");

-- CreateIndex
CREATE INDEX "Agency_countyCode_status_idx" ON "Agency"("countyCode", "status");

-- CreateIndex
CREATE INDEX "Agency_searchName_idx" ON "Agency"("searchName");

-- CreateIndex
CREATE INDEX "Agency_phone_idx" ON "Agency"("phone");

-- CreateIndex
CREATE INDEX "Agency_email_idx" ON "Agency"("email");

-- CreateIndex
CREATE INDEX "AgencyCountry_countryCode_idx" ON "AgencyCountry"("countryCode");

-- CreateIndex
CREATE INDEX "AgencyDirector_nationalId_idx" ON "AgencyDirector"("nationalId");

-- CreateIndex
CREATE INDEX "AgencyDirector_agencyId_idx" ON "AgencyDirector"("agencyId");

-- CreateIndex
CREATE INDEX "LicenceApplication_status_submittedAt_idx" ON "LicenceApplication"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "LicenceApplication_agencyId_createdAt_idx" ON "LicenceApplication"("agencyId", "createdAt");

-- CreateIndex
CREATE INDEX "ApplicationDocument_applicationId_idx" ON "ApplicationDocument"("applicationId");

-- CreateIndex
CREATE INDEX "LicenceAction_agencyId_at_idx" ON "LicenceAction"("agencyId", "at");

-- CreateIndex
CREATE INDEX "LicenceAction_action_at_idx" ON "LicenceAction"("action", "at");

-- CreateIndex
CREATE INDEX "LicenceAction_batchId_idx" ON "LicenceAction"("batchId");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");

-- CreateIndex
CREATE INDEX "Complaint_status_createdAt_idx" ON "Complaint"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Complaint_agencyId_status_idx" ON "Complaint"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Employer_countryCode_watchListed_idx" ON "Employer"("countryCode", "watchListed");

-- CreateIndex
CREATE INDEX "Employer_agencyId_idx" ON "Employer"("agencyId");

-- CreateIndex
CREATE INDEX "Employer_identifier_idx" ON "Employer"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "JobOrder_verificationCode_key" ON "JobOrder"("verificationCode");

-- CreateIndex
CREATE INDEX "JobOrder_status_createdAt_idx" ON "JobOrder"("status", "createdAt");

-- CreateIndex
CREATE INDEX "JobOrder_agencyId_status_idx" ON "JobOrder"("agencyId", "status");

-- CreateIndex
CREATE INDEX "JobOrder_countryCode_status_idx" ON "JobOrder"("countryCode", "status");

-- CreateIndex
CREATE INDEX "BlmaRuleSet_countryCode_jobCategory_effectiveFrom_idx" ON "BlmaRuleSet"("countryCode", "jobCategory", "effectiveFrom");

-- CreateIndex
CREATE UNIQUE INDEX "BlmaRuleSet_countryCode_jobCategory_version_key" ON "BlmaRuleSet"("countryCode", "jobCategory", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_reference_key" ON "Contract"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Contract_verificationCode_key" ON "Contract"("verificationCode");

-- CreateIndex
CREATE INDEX "Contract_status_submittedAt_idx" ON "Contract"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Contract_agencyId_status_idx" ON "Contract"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Contract_workerId_status_idx" ON "Contract"("workerId", "status");

-- CreateIndex
CREATE INDEX "Contract_countryCode_status_submittedAt_idx" ON "Contract"("countryCode", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "ContractEvent_contractId_at_idx" ON "ContractEvent"("contractId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_userId_key" ON "Worker"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_nationalId_key" ON "Worker"("nationalId");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_passportNo_key" ON "Worker"("passportNo");

-- CreateIndex
CREATE INDEX "NextOfKin_workerId_idx" ON "NextOfKin"("workerId");

-- CreateIndex
CREATE INDEX "Consent_workerId_purpose_idx" ON "Consent"("workerId", "purpose");

-- CreateIndex
CREATE INDEX "TrainingModule_published_kind_position_idx" ON "TrainingModule"("published", "kind", "position");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingModule_slug_version_key" ON "TrainingModule"("slug", "version");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingLesson_moduleId_position_key" ON "TrainingLesson"("moduleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "QuizQuestion_moduleId_position_key" ON "QuizQuestion"("moduleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ModuleProgress_workerId_moduleId_key" ON "ModuleProgress"("workerId", "moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingProvider_accreditationNo_key" ON "TrainingProvider"("accreditationNo");

-- CreateIndex
CREATE INDEX "InPersonCompletion_providerId_completedAt_idx" ON "InPersonCompletion"("providerId", "completedAt");

-- CreateIndex
CREATE INDEX "InPersonCompletion_workerId_idx" ON "InPersonCompletion"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

-- CreateIndex
CREATE INDEX "Certificate_workerId_countryCode_idx" ON "Certificate"("workerId", "countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "DepartureClearance_code_key" ON "DepartureClearance"("code");

-- CreateIndex
CREATE UNIQUE INDEX "DepartureClearance_contractId_key" ON "DepartureClearance"("contractId");

-- CreateIndex
CREATE INDEX "DepartureClearance_workerId_idx" ON "DepartureClearance"("workerId");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_id_idx" ON "MissionRegistration"("missionId", "id");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_status_id_idx" ON "MissionRegistration"("missionId", "status", "id");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_employerId_id_idx" ON "MissionRegistration"("missionId", "employerId", "id");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_agencyId_id_idx" ON "MissionRegistration"("missionId", "agencyId", "id");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_city_id_idx" ON "MissionRegistration"("missionId", "city", "id");

-- CreateIndex
CREATE INDEX "MissionRegistration_missionId_nextCheckInDue_idx" ON "MissionRegistration"("missionId", "nextCheckInDue");

-- CreateIndex
CREATE INDEX "MissionRegistration_workerId_idx" ON "MissionRegistration"("workerId");

-- CreateIndex
CREATE UNIQUE INDEX "MissionRegistration_contractId_key" ON "MissionRegistration"("contractId");

-- CreateIndex
CREATE INDEX "CheckIn_registrationId_dueAt_idx" ON "CheckIn"("registrationId", "dueAt");

-- CreateIndex
CREATE INDEX "CheckIn_dueAt_answeredAt_idx" ON "CheckIn"("dueAt", "answeredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Case_reference_key" ON "Case"("reference");

-- CreateIndex
CREATE INDEX "Case_missionId_status_dueAt_idx" ON "Case"("missionId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Case_agencyId_status_idx" ON "Case"("agencyId", "status");

-- CreateIndex
CREATE INDEX "Case_workerId_createdAt_idx" ON "Case"("workerId", "createdAt");

-- CreateIndex
CREATE INDEX "Case_status_dueAt_idx" ON "Case"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Case_category_status_idx" ON "Case"("category", "status");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "CaseReferral_caseId_idx" ON "CaseReferral"("caseId");

-- AddForeignKey
ALTER TABLE "MissionCountry" ADD CONSTRAINT "MissionCountry_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionCountry" ADD CONSTRAINT "MissionCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_trainingProviderId_fkey" FOREIGN KEY ("trainingProviderId") REFERENCES "TrainingProvider"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agency" ADD CONSTRAINT "Agency_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "County"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyCountry" ADD CONSTRAINT "AgencyCountry_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyCountry" ADD CONSTRAINT "AgencyCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyDirector" ADD CONSTRAINT "AgencyDirector_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceApplication" ADD CONSTRAINT "LicenceApplication_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationDocument" ADD CONSTRAINT "ApplicationDocument_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LicenceApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LicenceAction" ADD CONSTRAINT "LicenceAction_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Employer" ADD CONSTRAINT "Employer_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobOrder" ADD CONSTRAINT "JobOrder_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BlmaRuleSet" ADD CONSTRAINT "BlmaRuleSet_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_jobOrderId_fkey" FOREIGN KEY ("jobOrderId") REFERENCES "JobOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contract" ADD CONSTRAINT "Contract_ruleSetId_fkey" FOREIGN KEY ("ruleSetId") REFERENCES "BlmaRuleSet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractEvent" ADD CONSTRAINT "ContractEvent_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "County"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NextOfKin" ADD CONSTRAINT "NextOfKin_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingModule" ADD CONSTRAINT "TrainingModule_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLesson" ADD CONSTRAINT "TrainingLesson_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "TrainingModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuizQuestion" ADD CONSTRAINT "QuizQuestion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "TrainingModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "TrainingModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InPersonCompletion" ADD CONSTRAINT "InPersonCompletion_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "TrainingProvider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InPersonCompletion" ADD CONSTRAINT "InPersonCompletion_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartureClearance" ADD CONSTRAINT "DepartureClearance_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DepartureClearance" ADD CONSTRAINT "DepartureClearance_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRegistration" ADD CONSTRAINT "MissionRegistration_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRegistration" ADD CONSTRAINT "MissionRegistration_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRegistration" ADD CONSTRAINT "MissionRegistration_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRegistration" ADD CONSTRAINT "MissionRegistration_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MissionRegistration" ADD CONSTRAINT "MissionRegistration_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckIn" ADD CONSTRAINT "CheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "MissionRegistration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_missionId_fkey" FOREIGN KEY ("missionId") REFERENCES "Mission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "Employer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseReferral" ADD CONSTRAINT "CaseReferral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AuditEvent is append-only: refuse UPDATE and DELETE (docs/decisions/0005-audit-chain.md).
-- Someone with the rights to drop this trigger can still edit rows; the hash chain detects that.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
