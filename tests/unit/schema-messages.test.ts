// Every message a form schema can produce is a catalogue key, so a person reads it in her language:
// never zod's English ("Invalid input: expected string, received undefined"). Each exported schema
// is fed an empty form and a form of nonsense values, the way a browser (or a tampered request)
// sends them through Conform.
import { describe, expect, it } from "vitest";
import { namedParts } from "~/i18n/field-message";
import { z } from "zod";
import { parseWithZod } from "~/ui/conform";
import { en } from "~/i18n/messages";

import { readdirSync } from "node:fs";
import path from "node:path";

const domain = path.resolve(__dirname, "../../app/domain");
const modules: Record<string, unknown> = {};
for (const area of readdirSync(domain, { withFileTypes: true }).filter((d) => d.isDirectory()))
  for (const file of readdirSync(path.join(domain, area.name)).filter((f) =>
    f.endsWith(".schema.ts"),
  ))
    modules[`${area.name}/${file}`] = await import(path.join(domain, area.name, file));

function schemas() {
  const out: [string, z.ZodType][] = [];
  for (const [file, mod] of Object.entries(modules))
    for (const [name, value] of Object.entries(mod as Record<string, unknown>))
      if (value instanceof z.ZodType && value instanceof z.ZodObject)
        out.push([`${file} ${name}`, value]);
  return out;
}

function forms(schema: z.ZodObject) {
  const empty = new FormData();
  const nonsense = new FormData();
  for (const key of Object.keys(schema.shape))
    nonsense.set(key, "\u00a7\u00a7 nonsense \u00a7\u00a7");
  return { empty, nonsense };
}

describe("form schema messages", () => {
  const all = schemas();
  it("finds the schemas", () => {
    expect(all.length).toBeGreaterThan(20);
  });
  it.each(all)("%s speaks only through the catalogue", (_name, schema) => {
    for (const form of Object.values(forms(schema as z.ZodObject))) {
      const submission = parseWithZod(form, { schema });
      const messages = Object.values(submission.reply().error ?? {})
        .flat()
        .filter((m): m is string => typeof m === "string");
      // A catalogue key, or a generic one naming its field by a catalogue key (field-message.ts).
      for (const m of messages)
        expect(m in en || namedParts(m) !== null, `"${m}" is not a catalogue key`).toBe(true);
    }
  });
});
