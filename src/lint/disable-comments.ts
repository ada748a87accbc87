import type { SourceRange } from "../model/diagnostics.js";
import { LineIndex } from "./documents/line-index.js";

/**
 * Inline disables, each with a required reason:
 *   <!-- clausier-disable-next-line rule-id -- reason -->   (Markdown, prose)
 *   # clausier-disable-line rule-id -- reason              (YAML: this line)
 *   # clausier-disable-next-line rule-id -- reason         (YAML: the next line)
 * A disable without a reason, or one that silences nothing, is itself reported.
 */
export interface Disable {
  /** The line whose findings are silenced. */
  line: number;
  ruleIds: string[];
  reason: string;
  range: SourceRange;
  used: Set<string>;
}

const PATTERN = /(?:<!--|#)\s*clausier-disable-(next-line|line)\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s+(?!>)(.*?))?\s*(?:-->|$)/gm;

export function findDisables(text: string): Disable[] {
  const index = new LineIndex(text);
  const out: Disable[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const range = index.range(m.index!, m.index! + m[0].length);
    out.push({
      line: m[1] === "next-line" ? range.line + 1 : range.line,
      ruleIds: m[2]!.split(",").map((s) => s.trim()),
      reason: (m[3] ?? "").trim(),
      range,
      used: new Set(),
    });
  }
  return out;
}
