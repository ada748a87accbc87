// The words a scope inference rests on: each clue found in the text, with its offsets and how much
// it weighs, so that the info message can quote the strongest one where it is written.
import { sentences, type Span } from "../scan/sentences.js";
import { findAll, flexible } from "../scan/text.js";

export interface Evidence {
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  weight: number;
}

/** Every match of a pattern written for folded text (src/lint/scan/text.ts), as evidence of that weight. */
export function clues(text: string, pattern: RegExp, weight: number): Evidence[] {
  // Terms pasted from a PDF or wrapped at 80 columns break lines anywhere (« indemnité forfaitaire pour\n   frais »).
  return findAll(text, flexible(pattern)).map((m) => ({ text: m.text, start: m.start, end: m.end, weight }));
}

/** The heaviest clue; among equals, the first in the text. */
export function strongest(list: readonly Evidence[]): Evidence | undefined {
  return list.reduce<Evidence | undefined>((best, e) => (!best || e.weight > best.weight || (e.weight === best.weight && e.start < best.start) ? e : best), undefined);
}

const REACH = 300;

/** The sentences of a text, to read a clue with its context ("soumis … au droit belge"). */
export class SentenceIndex {
  private readonly spans: Span[];

  constructor(private readonly text: string) {
    this.spans = sentences(text);
  }

  /** The sentence that holds offset `at`, at most REACH characters either side (text without full stops is one long "sentence"). */
  around(at: number): string {
    const span = this.spanAt(at);
    return this.text.slice(Math.max(span?.start ?? 0, at - REACH), Math.min(span?.end ?? this.text.length, at + REACH));
  }

  /** The words of that sentence before offset `at`, at most REACH characters. */
  before(at: number): string {
    return this.text.slice(Math.max(this.spanAt(at)?.start ?? 0, at - REACH), at);
  }

  /**
   * The clause around [start, end) without those words: from the last , ; : ( or ) before, to the next
   * one after, within the sentence and at most REACH characters either side.
   */
  clauseAround(start: number, end: number): string {
    const span = this.spanAt(start);
    const from = Math.max(span?.start ?? 0, start - REACH);
    const to = Math.min(span?.end ?? this.text.length, end + REACH);
    const before = this.text.slice(from, start);
    const after = this.text.slice(end, to);
    const cut = Math.max(...[",", ";", ":", "(", ")"].map((c) => before.lastIndexOf(c)));
    const next = after.search(/[,;:()]/);
    return `${before.slice(cut + 1)} ${next < 0 ? after : after.slice(0, next)}`;
  }

  /**
   * The phrase around [start, end), without those words: within the sentence, from the last ; : ( or ) or a paragraph or
   * list break before, to the next one after (commas kept: « le Prestataire, en sa qualité de …, » is one phrase).
   * A parenthesis is its own phrase (« (relations B2B avec nos fournisseurs) »).
   */
  phraseAround(start: number, end: number): { before: string; after: string } {
    const span = this.spanAt(start);
    const from = Math.max(span?.start ?? 0, start - REACH);
    const to = Math.min(span?.end ?? this.text.length, end + REACH);
    const breaks = /[;:()]|\n[ \t]*(?:\n|[-*•][ \t])/g;
    const before = this.text.slice(from, start);
    let cut = -1;
    for (const m of before.matchAll(breaks)) cut = m.index + m[0].length - 1;
    const after = this.text.slice(end, to);
    const next = after.search(breaks);
    return { before: before.slice(cut + 1), after: next < 0 ? after : after.slice(0, next) };
  }

  /** Binary search: a text repeating a marker thousands of times stays linear. */
  private spanAt(at: number): Span | undefined {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }
}
