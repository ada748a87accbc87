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

const BOM = "\uFEFF";

/**
 * A file's text as the loader reads it, and the BOM to write back: the loader's decoder drops a
 * UTF-8 BOM, so fix offsets count from the character after it.
 */
export function splitBom(raw: string): { bom: string; text: string } {
  return raw.startsWith(BOM) ? { bom: BOM, text: raw.slice(BOM.length) } : { bom: "", text: raw };
}
