// The public OpenAPI document passes Redocly's recommended rules (issue 20): every public operation
// says it needs no credentials (`security: []`), has an `operationId` (generated clients get good
// names), and the document has a licence. Linted from memory, as `redocly lint` would.
import { describe, expect, it } from "vitest";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { openApiDocument } from "~/domain/api/openapi";

describe("the public OpenAPI document", () => {
  it("has no error or warning under Redocly's recommended rules", async () => {
    const problems = await lintFromString({
      source: JSON.stringify(openApiDocument),
      absoluteRef: "openapi.json",
      config: await createConfig({ extends: ["recommended"] }),
    });
    expect(
      problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`),
    ).toEqual([]);
  });
});
