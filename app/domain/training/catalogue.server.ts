import type { PrismaClient } from "~/generated/prisma/client";
import { CATALOGUE } from "./catalogue.data";
import type { ModuleSeed } from "./catalogue.types";

/** Creates version 1 of every seeded module that does not exist yet (later versions come from authors). */
export async function seedCatalogue(db: PrismaClient, modules: ModuleSeed[] = CATALOGUE) {
  for (const m of modules) {
    if (await db.trainingModule.findFirst({ where: { slug: m.slug }, select: { id: true } }))
      continue;
    await db.trainingModule.create({
      data: {
        slug: m.slug,
        version: 1,
        kind: m.kind,
        countryCode: m.countryCode ?? null,
        position: m.position,
        passMark: m.passMark ?? 70,
        published: true,
        titleEn: m.title.en,
        titleSw: m.title.sw,
        summaryEn: m.summary.en,
        summarySw: m.summary.sw,
        lessons: {
          create: m.lessons.map((l, i) => ({
            position: i + 1,
            titleEn: l.title.en,
            titleSw: l.title.sw,
            bodyEn: l.body.en,
            bodySw: l.body.sw,
          })),
        },
        questions: {
          create: m.questions.map((q, i) => ({
            position: i + 1,
            promptEn: q.prompt.en,
            promptSw: q.prompt.sw,
            options: q.options,
            correctIndex: q.correct,
            explanationEn: q.explanation.en,
            explanationSw: q.explanation.sw,
          })),
        },
      },
    });
  }
}
