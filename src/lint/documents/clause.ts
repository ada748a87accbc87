import type { SourceRange } from "../../model/diagnostics.js";
import { plainText } from "../markdown.js";
import type { LintClause } from "../types.js";

export interface ClauseSource {
  index: number;
  id: string;
  number?: string;
  title: string;
  titleRange: SourceRange;
  /** The body as written (Markdown). */
  markdown: string;
  /** The file range of Markdown offsets [a, b). */
  locateMarkdown(a: number, b: number): SourceRange;
  /** The file offset of a Markdown offset, where it maps exactly. */
  markdownToFile(offset: number): number | undefined;
  /** The file's text (as loaded), which fix offsets index. */
  fileText: string;
}

/** A clause as rules see it: plain words, with positions mapped back through the Markdown to the file. */
export function buildClause(c: ClauseSource): LintClause {
  const plain = plainText(c.markdown);
  const body = plain.text;
  return {
    index: c.index,
    id: c.id,
    number: c.number,
    title: c.title,
    body,
    markdown: c.markdown,
    tree: () => plain.tree,
    titleRange: c.titleRange,
    locate(start, end) {
      const a = plain.startInSource(start);
      return c.locateMarkdown(a, end > start ? plain.endInSource(end) : a);
    },
    fileRange(start, end) {
      const a = plain.startInSource(start);
      const b = end > start ? plain.endInSource(end) : a;
      // A safe edit replaces the very characters the rule read, written in one run.
      if (c.markdown.slice(a, b) !== body.slice(start, end)) return undefined;
      const fa = c.markdownToFile(a);
      const fb = c.markdownToFile(b);
      if (fa === undefined || fb === undefined) return undefined;
      // The same check on the file: a mapping that drifted (line endings, a BOM) must not edit legal text.
      return c.fileText.slice(fa, fb) === c.markdown.slice(a, b) ? { start: fa, end: fb } : undefined;
    },
  };
}

// A title that is a sentence (« 1.1 Les présentes conditions s'appliquent à … . »): it runs longer than any heading, or
// ends as a sentence past a few words; « 12. Confidentialité. » stays a title. One test for the parser (the words go to
// the body) and for where absences land (a sentence is no home).
const SENTENCE_END = /[.!?;]$/;
const HEADING_WORDS = 14;
export function readsAsSentence(title: string): boolean {
  const words = title.replace(/\*+/g, "").trim().split(/\s+/).length;
  return words > HEADING_WORDS || (words > 3 && SENTENCE_END.test(title.trim()));
}
