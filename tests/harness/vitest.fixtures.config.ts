// The project's own vitest configuration (global setup with the embedded database, per-file database
// copies), pointed at the harness fixtures instead of the real tests. HARNESS_FIXTURE picks which:
// `fails` (a unit and an integration test that fail on purpose) or `passes`.
import path from "node:path";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

const which = process.env.HARNESS_FIXTURE === "passes" ? "passes" : "fails";

export default defineConfig({
  ...base,
  root: path.resolve(import.meta.dirname, "..", ".."),
  test: { ...base.test, include: [`tests/harness/fixtures/${which}.*.fixture.ts`] },
});
