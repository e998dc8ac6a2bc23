// Zod's own messages are English sentences ("Invalid input: expected string, received undefined").
// A person must never read one: every schema names its messages with catalogue keys, and where one
// does not (a field left empty that Conform sends as missing, a tampered value of the wrong kind),
// this map answers with a key instead, which the page translates like any other.
import { z } from "zod";

z.config({
  localeError: (issue) =>
    issue.code === "invalid_type" && issue.input === undefined
      ? "error.required"
      : "form.error.invalid",
});
