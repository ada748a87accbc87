import type { LintResult, TextEdit } from "./types.js";

/** Applies non-overlapping edits (the first of overlapping ones wins; the next pass takes the rest). */
export function applyEdits(text: string, edits: TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) continue;
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
    applied++;
  }
  return { text: out + text.slice(cursor), applied };
}

export function fixesOf(result: LintResult): TextEdit[] {
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
}
