// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test checks that the
// live answers match these schemas.
import { EARLY_REASONS } from "~/domain/returns/return.rules";
import { DEBRIEF_ANSWERS } from "~/domain/scorecard/debrief.rules";

const status = {
  type: "string",
  enum: ["ACTIVE", "SUSPENDED", "REVOKED", "EXPIRED", "PENDING"],
} as const;
const nullableString = { type: ["string", "null"] } as const;
const nullableDate = { type: ["string", "null"], format: "date-time" } as const;
const percent = { type: "integer", minimum: 0, maximum: 100 } as const;
const error = {
  type: "object",
  required: ["error", "message"],
  properties: { error: { type: "string" }, message: { type: "string" }, details: {} },
} as const;

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Kazi Salama public API",
    version: "1.0.0",
    description:
      "Read-only public data of Kenya's register of licensed recruitment agencies, and live verification of the codes printed on licences and other documents. No authentication; CORS open.",
    // Public-sector data, free to reuse with attribution (to be confirmed by NEA's legal office).
    license: { name: "Creative Commons Attribution 4.0", identifier: "CC-BY-4.0" },
  },
  servers: [{ url: "/" }],
  paths: {
    "/api/v1/agencies": {
      get: {
        operationId: "searchAgencies",
        // Public: no credentials (an empty requirement, stated, not inherited).
        security: [],
        summary: "Search agencies",
        description:
          "Case- and accent-insensitive search on name and licence number, in name order. PENDING agencies appear only when asked for with status=PENDING.",
        parameters: [
          { name: "q", in: "query", schema: { type: "string", maxLength: 100 } },
          { name: "status", in: "query", schema: status },
          {
            name: "county",
            in: "query",
            description: "County code 1–47",
            schema: { type: "integer", minimum: 1, maximum: 47 },
          },
          {
            name: "cursor",
            in: "query",
            description: "nextCursor of the previous page",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "A page of agencies",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/AgencyPage" } },
            },
          },
          "400": {
            description: "Invalid parameters",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/v1/agencies/{licenceNo}": {
      get: {
        operationId: "getAgency",
        // Public: no credentials (an empty requirement, stated, not inherited).
        security: [],
        summary: "One agency by licence number",
        parameters: [
          {
            name: "licenceNo",
            in: "path",
            required: true,
            description: "e.g. NEA/PEA/2026/0001 (slashes may be %2F-encoded)",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The agency",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Agency" } } },
          },
          "400": {
            description:
              "Not a licence number (characters other than letters, digits, spaces, dots, dashes and slashes)",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "404": {
            description: "Unknown licence number",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/v1/compliance-check": {
      post: {
        operationId: "checkCompliance",
        // Public: no credentials (an empty requirement, stated, not inherited).
        security: [],
        summary: "Check a draft contract",
        description:
          "Runs the compliance engine against the BLMA rule set in force on the contract date. `compliant` is false exactly when a BLOCKING finding exists. Findings that rest on unverified research values are warnings, marked `unverified`.",
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: "#/components/schemas/ComplianceCheckRequest" } },
          },
        },
        responses: {
          "200": {
            description: "The findings",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/ComplianceCheckResult" },
              },
            },
          },
          "400": {
            description:
              "Malformed body (details lists the fields), or no rule set for the country",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/v1/recruiters": {
      get: {
        operationId: "checkRecruiter",
        // Public: no credentials (an empty requirement, stated, not inherited).
        security: [],
        summary: "Check a recruiter's phone number, M-Pesa number or page",
        description:
          "Normalises q (a phone number in any usual form, an M-Pesa paybill or till number, or the name or address of a social-media page) and answers whether it belongs to a licensed agency, has been reported as an unlicensed recruiter (confirmed by NEA, or under review without naming anyone), or is unknown.",
        parameters: [
          {
            name: "q",
            in: "query",
            required: true,
            schema: { type: "string", maxLength: 200 },
            example: "0712 345 678",
          },
        ],
        responses: {
          "200": {
            description: "What the register knows",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/RecruiterCheck" } },
            },
          },
          "400": {
            description: "q is missing or identifies nothing",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "429": {
            description: "Too many checks from this address",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
    "/api/v1/verify/{code}": {
      get: {
        operationId: "verifyCode",
        // Public: no credentials (an empty requirement, stated, not inherited).
        security: [],
        summary: "Verify a code",
        description:
          "What the document carrying this code proves, with its status today. Limited to 120 checks per 10 minutes per address.",
        parameters: [
          {
            name: "code",
            in: "path",
            required: true,
            description: "10 digits (dashes and spaces allowed)",
            schema: { type: "string" },
          },
        ],
        responses: {
          "200": {
            description: "The document",
            content: {
              "application/json": { schema: { $ref: "#/components/schemas/Verification" } },
            },
          },
          "400": {
            description: "Not a code",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "404": {
            description: "No document carries this code",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
          "429": {
            description: "Too many checks",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      AgencyStatus: status,
      AgencySummary: {
        type: "object",
        required: ["licenceNo", "name", "status", "county", "validUntil", "countries"],
        properties: {
          licenceNo: nullableString,
          name: { type: "string" },
          status: { $ref: "#/components/schemas/AgencyStatus" },
          county: nullableString,
          validUntil: nullableDate,
          countries: {
            type: "array",
            items: { type: "string", description: "ISO 3166-1 alpha-2" },
          },
        },
      },
      AgencyPage: {
        type: "object",
        required: ["items", "nextCursor"],
        properties: {
          items: { type: "array", items: { $ref: "#/components/schemas/AgencySummary" } },
          nextCursor: nullableString,
        },
      },
      Agency: {
        type: "object",
        required: [
          "licenceNo",
          "name",
          "status",
          "validFrom",
          "validUntil",
          "county",
          "town",
          "countries",
          "history",
          "upheldComplaints",
          "linkedToRevoked",
          "scorecard",
        ],
        properties: {
          licenceNo: nullableString,
          name: { type: "string" },
          status: { $ref: "#/components/schemas/AgencyStatus" },
          validFrom: nullableDate,
          validUntil: nullableDate,
          county: nullableString,
          town: nullableString,
          countries: { type: "array", items: { type: "string" } },
          history: {
            type: "array",
            items: {
              type: "object",
              required: ["action", "reason", "at"],
              properties: {
                action: {
                  type: "string",
                  enum: [
                    "GRANTED",
                    "RENEWED",
                    "SUSPENDED",
                    "REINSTATED",
                    "REVOKED",
                    "EXPIRED",
                    "REFUSED",
                  ],
                },
                reason: { type: "string" },
                at: { type: "string", format: "date-time" },
              },
            },
          },
          upheldComplaints: { type: "integer" },
          linkedToRevoked: {
            type: "boolean",
            description: "Shares a director, phone or email with a revoked or suspended agency",
          },
          scorecard: { $ref: "#/components/schemas/Scorecard" },
        },
      },
      Scorecard: {
        type: "object",
        description:
          "What happened to the workers the agency deployed (arrived abroad) in the last `months` months, per 100 of them. Below `minimum` deployments no rate is published (`published` false, the rates null). Method: /scorecard",
        required: [
          "months",
          "minimum",
          "deployed",
          "published",
          "perHundred",
          "checkInCompliance",
          "fees",
          "ratingsMinimum",
          "ratings",
          "debriefsMinimum",
          "debriefs",
        ],
        properties: {
          months: { type: "integer" },
          minimum: { type: "integer" },
          deployed: { type: ["integer", "null"], description: "Null below `minimum`" },
          published: { type: "boolean" },
          perHundred: {
            type: ["object", "null"],
            required: [
              "upheldComplaints",
              "distressCases",
              "cases",
              "substitutions",
              "feeClaims",
              "feesRefunded",
              "earlyReturns",
              "earlyReasons",
            ],
            properties: {
              upheldComplaints: { type: "number" },
              distressCases: { type: "number" },
              cases: {
                type: "object",
                description: "Requests for help per 100 deployed, by case category",
                additionalProperties: { type: "number" },
              },
              substitutions: { type: "number" },
              feeClaims: { type: "number" },
              feesRefunded: { type: "number" },
              earlyReturns: {
                type: "number",
                description: "Workers back in Kenya before the contract's end, per 100 deployed",
              },
              earlyReasons: {
                type: "object",
                description: "Early returns per 100 deployed, by why",
                propertyNames: {
                  enum: [...EARLY_REASONS],
                },
                additionalProperties: { type: "number" },
              },
            },
          },
          checkInCompliance: {
            type: ["number", "null"],
            description: "Per cent of check-ins due that were answered",
          },
          fees: {
            type: ["array", "null"],
            items: {
              type: "object",
              required: [
                "currency",
                "reported",
                "reportedAmount",
                "refunded",
                "refundedAmount",
                "medianDaysToRefund",
              ],
              properties: {
                currency: { type: "string" },
                reported: { type: "integer" },
                reportedAmount: { type: "number" },
                refunded: { type: "integer" },
                refundedAmount: { type: "number" },
                medianDaysToRefund: { type: ["number", "null"] },
              },
            },
          },
          ratingsMinimum: { type: "integer" },
          ratings: {
            type: ["object", "null"],
            description:
              "Ratings by workers the agency deployed, one per deployment, given before the start of the previous month. Null below `minimum` deployments or `ratingsMinimum` ratings",
            required: ["count", "average", "recommendPercent"],
            properties: {
              count: { type: "integer" },
              average: { type: "number", minimum: 1, maximum: 5 },
              recommendPercent: { type: "integer", minimum: 0, maximum: 100 },
            },
          },
          debriefsMinimum: { type: "integer" },
          debriefs: {
            type: ["object", "null"],
            description:
              "What workers the agency deployed said when they came home, in whole per cent of their answers, published as ratings are. Null below `minimum` deployments or `debriefsMinimum` answers",
            required: ["count", ...DEBRIEF_ANSWERS],
            properties: {
              count: { type: "integer" },
              paidInFull: { ...percent, description: "Paid all their wages" },
              passportKept: {
                ...percent,
                description: "The employer or the agency kept their passport",
              },
              contractRespected: { ...percent, description: "The contract was respected" },
              abused: { ...percent, description: "Hurt, threatened or abused" },
              sameAgency: {
                ...percent,
                description: "Would go abroad again through the same agency",
              },
            },
          },
        },
      },
      RecruiterCheck: {
        type: "object",
        required: ["query", "kind", "verdict", "agency", "reports", "advice"],
        properties: {
          query: { type: "string" },
          kind: { type: "string", enum: ["PHONE", "MPESA", "PAGE"] },
          verdict: { type: "string", enum: ["AGENCY", "REPORTED", "UNKNOWN"] },
          agency: {
            type: ["object", "null"],
            required: ["licenceNo", "name", "status", "validUntil"],
            properties: {
              licenceNo: { type: ["string", "null"] },
              name: { type: "string" },
              status: { type: "string" },
              validUntil: { type: ["string", "null"], format: "date" },
            },
          },
          reports: {
            type: ["object", "null"],
            required: ["count", "confirmed", "name"],
            properties: {
              count: { type: "integer" },
              confirmed: { type: "boolean" },
              name: {
                type: ["string", "null"],
                description: "NEA's name for a confirmed recruiter; null while under review",
              },
            },
          },
          advice: { type: "string" },
        },
      },
      Verification: {
        type: "object",
        required: ["kind", "code", "status", "subject"],
        properties: {
          kind: {
            type: "string",
            enum: [
              "LICENCE",
              "JOB_ORDER",
              "TRAINING_CERTIFICATE",
              "DEPARTURE_CLEARANCE",
              "CONTRACT",
            ],
          },
          code: { type: "string" },
          status: { type: "string", enum: ["VALID", "EXPIRED", "SUSPENDED", "REVOKED", "INVALID"] },
          subject: {
            type: "object",
            description:
              "Depends on kind; for LICENCE: name, licenceNo, agencyId, validFrom, validUntil, county, countries",
          },
        },
      },
      Error: error,
      ComplianceCheckRequest: {
        type: "object",
        required: ["country", "jobCategory", "contractDate", "worker", "terms"],
        properties: {
          country: {
            type: "string",
            description: "ISO 3166-1 alpha-2: SA, AE, QA, KW, OM, BH, JO, LB",
          },
          jobCategory: {
            type: "string",
            enum: [
              "DOMESTIC_WORKER",
              "DRIVER",
              "SECURITY_GUARD",
              "HOSPITALITY",
              "CONSTRUCTION",
              "CAREGIVER",
              "OTHER",
            ],
          },
          employerKind: {
            type: "string",
            enum: ["HOUSEHOLD", "COMPANY"],
            description:
              "Who employs the worker. A household's driver, guard or carer is checked against the domestic-worker rule set where the destination's law covers them.",
          },
          contractDate: { type: "string", format: "date" },
          worker: {
            type: "object",
            required: ["dateOfBirth"],
            properties: { dateOfBirth: { type: "string", format: "date" } },
          },
          terms: {
            type: "object",
            required: [
              "monthlyWage",
              "currency",
              "dailyHours",
              "weeklyRestDays",
              "annualLeaveDays",
              "durationMonths",
              "housingProvided",
              "foodProvided",
              "passportHeldBy",
              "workerPaidRecruitmentFees",
              "costsPaidByWorker",
              "returnTicketPaidBy",
            ],
            properties: {
              monthlyWage: { type: "number", minimum: 0 },
              currency: { type: "string", description: "ISO 4217, e.g. QAR" },
              dailyHours: { type: "number", minimum: 0, maximum: 24 },
              weeklyRestDays: { type: "integer", minimum: 0, maximum: 7 },
              annualLeaveDays: { type: "integer", minimum: 0 },
              durationMonths: { type: "integer", minimum: 1 },
              probationDays: { type: ["integer", "null"], minimum: 0 },
              housingProvided: { type: "boolean" },
              foodProvided: { type: "boolean" },
              passportHeldBy: { type: "string", enum: ["WORKER", "EMPLOYER", "AGENCY"] },
              workerPaidRecruitmentFees: { type: "number", minimum: 0 },
              costsPaidByWorker: {
                type: "array",
                items: {
                  type: "string",
                  enum: ["VISA", "AIR_TICKET", "MEDICAL", "INSURANCE", "TRAINING", "DOCUMENTS"],
                },
              },
              returnTicketPaidBy: { type: "string", enum: ["EMPLOYER", "WORKER"] },
              endOfServiceDaysPerYear: {
                type: ["number", "null"],
                description: "Days of wage per year of service promised at the end (optional)",
              },
            },
          },
        },
      },
      ComplianceCheckResult: {
        type: "object",
        required: ["compliant", "ruleSet", "findings"],
        properties: {
          compliant: { type: "boolean" },
          ruleSet: {
            type: "object",
            required: ["country", "jobCategory", "version"],
            properties: {
              country: { type: "string" },
              jobCategory: { type: "string" },
              version: { type: "integer" },
              effectiveFrom: {
                type: ["string", "null"],
                format: "date",
                description: "null when only the international baseline applied (BLA-01)",
              },
            },
          },
          findings: {
            type: "array",
            items: {
              type: "object",
              required: ["code", "severity", "expected", "actual", "message"],
              properties: {
                code: {
                  type: "string",
                  description: "Rule id from the compliance catalogue, e.g. FEE-01, WAGE-02",
                },
                severity: { type: "string", enum: ["BLOCKING", "WARNING"] },
                expected: { type: "string" },
                actual: { type: "string" },
                message: {
                  type: "object",
                  required: ["en", "sw"],
                  properties: { en: { type: "string" }, sw: { type: "string" } },
                },
                unverified: { type: "boolean" },
                source: { type: "string" },
              },
            },
          },
        },
      },
    },
  },
} as const;
