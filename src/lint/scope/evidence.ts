// The words a scope inference rests on: each clue found in the text, with its offsets and how much
// it weighs, so that the info message can quote the strongest one where it is written.
import { sentences, type Span } from "../scan/sentences.js";
import { findAll } from "../scan/text.js";

export interface Evidence {
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  weight: number;
}

/** Every match of a pattern written for folded text (src/lint/scan/text.ts), as evidence of that weight. */
export function clues(text: string, pattern: RegExp, weight: number): Evidence[] {
  return findAll(text, pattern).map((m) => ({ text: m.text, start: m.start, end: m.end, weight }));
}

/** The heaviest clue; among equals, the first in the text. */
export function strongest(list: readonly Evidence[]): Evidence | undefined {
  return list.reduce<Evidence | undefined>((best, e) => (!best || e.weight > best.weight || (e.weight === best.weight && e.start < best.start) ? e : best), undefined);
}

/** The sentences of a text, to read a clue with its context ("soumis … au droit belge"). */
export class SentenceIndex {
  private readonly spans: Span[];

  constructor(private readonly text: string) {
    this.spans = sentences(text);
  }

  /** The sentence that holds offset `at` (the whole text when none does). */
  around(at: number): string {
    const span = this.spans.find((s) => s.start <= at && at < s.end);
    return span ? this.text.slice(span.start, span.end) : this.text;
  }

  /** The words of that sentence before offset `at`. */
  before(at: number): string {
    const span = this.spans.find((s) => s.start <= at && at < s.end);
    return this.text.slice(span?.start ?? 0, at);
  }
}
