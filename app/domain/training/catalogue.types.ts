// The shape of a training module as written by authors (seed data and the authoring form).
export type Text = { en: string; sw: string };
export type LessonSeed = { title: Text; body: Text }; // body: Markdown
export type QuestionSeed = { prompt: Text; options: Text[]; correct: number; explanation: Text };
export type ModuleSeed = {
  slug: string;
  kind: "CORE" | "COUNTRY";
  countryCode?: string;
  position: number;
  passMark?: number;
  title: Text;
  summary: Text;
  lessons: LessonSeed[];
  questions: QuestionSeed[];
};
