// The Markdown parser (micromark) merges the pieces of every failed link or emphasis attempt with
// an array splice over the whole body: a body of 40,000 unclosed `[a](b ` took 9 s, 0.9 MB of `[`
// about 1 GB. Real clauses hold a few dozen such delimiters; past this many, a body is not parsed
// as Markdown (its words are kept as text) and the loader reports it where it starts.
import type { Root } from "mdast";

export const MAX_MARKDOWN_DELIMITERS = 2000;

/** Opening brackets and runs of `*`, `_` or backquotes (escaped ones are text: `\\.` skips them). */
const DELIMITER = /\\[^]|\[|\*+|_+|`+/g;

/** The number of delimiters when over the budget; undefined for a body the parser handles quickly. */
export function markdownOverBudget(body: string): number | undefined {
  let count = 0;
  for (const m of body.matchAll(DELIMITER)) if (m[0][0] !== "\\") count++;
  return count > MAX_MARKDOWN_DELIMITERS ? count : undefined;
}

/** What a body over the budget becomes instead of a parse: one paragraph holding all its text. */
export function unparsedMarkdown(text: string): Root {
  const lines = text.split("\n");
  const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: text.length } };
  return { type: "root", position, children: [{ type: "paragraph", position, children: [{ type: "text", value: text, position }] }] };
}
