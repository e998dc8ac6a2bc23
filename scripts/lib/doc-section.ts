// The measured parts of docs/benchmarks.md and docs/reliability.md sit between
// `<!-- name:start -->` and `<!-- name:end -->`; scripts rewrite only that part.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./database.ts";

export const utcStamp = () => `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function writeDocSection(doc: string, name: string, body: string) {
  const file = path.join(root, doc);
  const text = readFileSync(file, "utf8");
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${doc} has no ${start} … ${end} markers`);
  writeFileSync(file, `${text.slice(0, a)}${start}\n${body}\n${end}${text.slice(b + end.length)}`);
}
