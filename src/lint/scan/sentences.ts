// The sentences of clause prose, so that a keyword and a figure are only paired when one sentence
// says both. Offsets are into the text given (a clause body).
import type { LintClause } from "../types.js";
import { fold, memoByText, type TextMatch } from "./text.js";

/** A span of a text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** The least a clause must give for reading: its body (related documents' clauses are read, never located). */
export interface TextClause {
  body: string;
}

/** Words found in a clause body, [start, end) in body offsets. */
export interface Words<C extends TextClause = LintClause> {
  clause: C;
  start: number;
  end: number;
  text: string;
}

export interface Sentence<C extends TextClause = LintClause> extends Words<C> {
  /** The sentence that introduces a list ("… entraîne de plein droit :"), when this one is an item of it. */
  leadIn?: Words<C>;
}

// One splitter for every rule. A sentence ends at . ! ? or … before a new sentence (a capital, a
// quote, a bracket or a list marker), at ; and at a colon that ends a line, before a list item, or at
// a blank line followed by a new paragraph. A blank line before a lower-case word or a word in
// capitals does not end it: text extracted from PDF (seed 000) breaks sentences with blank lines.
// A full stop after an abbreviation ("art. L441-10", "C. com. Le", "n° 12", "S.A.S.") does not end it.
const BOUNDARY = /[.!?\u2026](?=\s+(?:[\p{Lu}«"(*#•–-]|$)|\s*$)|;(?=\s|$)|:(?=[ \t]*\n)|\n(?=[ \t]*(?:[-*•–]\s|\d+[.)]\s))|\n[ \t]*\n(?=[ \t]*(?:[#*•–-]|\p{Lu}\p{Ll}|\d))/gu;

// "art. 293 B", "C. com.", "n. 12", "S.A.S.": words after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set(["art", "al", "c", "com", "civ", "conso", "cf", "n", "no", "ex", "p", "env", "m", "mme", "me", "st", "ste", "cie", "r", "l", "s", "a", "b", "d", "cgi", "ann"]);

/** The offsets where the sentences of `text` end (after their punctuation), the last one being text.length. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    if (m[0] === "." && afterAbbreviation(text, m.index)) continue;
    ends.push(m.index + m[0].length);
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length);
  return ends;
}

function afterAbbreviation(text: string, dot: number): boolean {
  const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1];
  return word !== undefined && ABBREVIATIONS.has(fold(word));
}

/** The text cut into consecutive sentences: every offset is in one of them (blanks between included). Shared: never changed. */
const pieces = memoByText((text: string): readonly Span[] => {
  let start = 0;
  return sentenceEnds(text).map((end) => {
    const piece = { start, end };
    start = end;
    return piece;
  });
});

/** The sentences of a clause body, trimmed, with their offsets; a list item knows the sentence that introduces its list. */
export function sentencesOf<C extends TextClause>(clause: C): Sentence<C>[] {
  const body = clause.body;
  const out: Sentence<C>[] = [];
  for (const piece of pieces(body)) {
    let a = piece.start;
    while (a < piece.end && /[\s\-*•–>]/.test(body[a]!)) a++;
    let b = piece.end;
    while (b > a && /\s/.test(body[b - 1]!)) b--;
    if (b <= a) continue;
    const previous = out[out.length - 1];
    const leadIn = !previous || !isListItem(body, a) ? undefined : /:\s*$/.test(previous.text) ? strip(previous) : previous.leadIn;
    out.push({ clause, start: a, end: b, text: body.slice(a, b), ...(leadIn ? { leadIn } : {}) });
  }
  return out;
}

function strip<C extends TextClause>(s: Sentence<C>): Words<C> {
  return { clause: s.clause, start: s.start, end: s.end, text: s.text };
}

/** Whether the words at `at` are in a list item ("- …", "• …", "1. …"). */
function isListItem(body: string, at: number): boolean {
  const lineStart = body.lastIndexOf("\n", at - 1) + 1;
  return /^[ \t]*(?:[-*•–]|\d+[.)])\s/.test(body.slice(lineStart));
}

/** The sentences of several clauses, in order. */
export function sentencesIn<C extends TextClause>(clauses: readonly C[]): Sentence<C>[] {
  return clauses.flatMap((c) => sentencesOf(c));
}

/** A match inside a sentence, as words of its clause. */
export function wordsAt<C extends TextClause>(s: Words<C>, m: TextMatch): Words<C> {
  return { clause: s.clause, start: s.start + m.start, end: s.start + m.end, text: m.text };
}

/** A list item's words with those of the sentence that introduces the list. */
export function scopeText<C extends TextClause>(s: Sentence<C>): string {
  return s.leadIn ? `${s.leadIn.text} ${s.text}` : s.text;
}

/** The sentence around [start, end): from the start of the sentence of `start` to the end of the sentence of `end`. */
export function sentenceAround(text: string, start: number, end: number): Span & { text: string } {
  const around = pieces(text).filter((p) => p.end > start && p.start < Math.max(end, start + 1));
  const from = around[0]?.start ?? 0;
  const to = around[around.length - 1]?.end ?? text.length;
  return { start: from, end: to, text: text.slice(from, to) };
}

/** The sentences of a text, untrimmed, blank ones left out. */
export function sentences(text: string): Span[] {
  return pieces(text).filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/** The sentence of `text` that contains offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  return sentences(text).find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
}
