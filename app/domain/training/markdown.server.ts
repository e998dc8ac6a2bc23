// Lesson text is Markdown written by NEA's authors. micromark escapes raw HTML and drops unsafe link
// protocols by default, so a lesson cannot inject script into the page.
import { micromark } from "micromark";

export function renderMarkdown(source: string): string {
  return micromark(source);
}
