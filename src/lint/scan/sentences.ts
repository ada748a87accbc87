// The sentences of clause prose, so that a keyword and a figure are only paired when one sentence
// says both. Offsets are into the text given (a clause body).
import type { LintClause } from "../types.js";
import { fold, type TextMatch } from "./text.js";

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

// A sentence ends at . ! ? or ; before a new sentence, at a list item, or at a blank line followed
// by a new paragraph. A blank line before a lower-case word or a word in capitals does not end it:
// text extracted from PDF (seed 000) breaks sentences with blank lines.
const BOUNDARY = /[.!?](?=\s+(?:[\p{Lu}«"(*#•–-]|$))|;(?=\s)|:(?=\s*\n)|\n(?=[ \t]*(?:[-*•–]\s|\d+[.)]\s))|\n[ \t]*\n(?=[ \t]*(?:[#*•–-]|\p{Lu}\p{Ll}|\d))/gu;

/** The sentences of a clause body, trimmed, with their offsets. */
export function sentencesOf<C extends TextClause>(clause: C): Sentence<C>[] {
  const body = clause.body;
  const out: Sentence<C>[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    while (a < end && /[\s\-*•–>]/.test(body[a]!)) a++;
    let b = end;
    while (b > a && /\s/.test(body[b - 1]!)) b--;
    if (b > a) {
      const previous = out[out.length - 1];
      const leadIn = !previous || !isListItem(body, a) ? undefined : /:\s*$/.test(previous.text) ? strip(previous) : previous.leadIn;
      out.push({ clause, start: a, end: b, text: body.slice(a, b), ...(leadIn ? { leadIn } : {}) });
    }
  };
  for (const m of body.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    push(end);
    start = end;
  }
  push(body.length);
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

/**
 * The sentence around [start, end). A sentence ends at . ! ? or ; followed by a space and a capital
 * letter or a line break, so "art. 1148", "C. civ." and "L. 441-6" do not cut it; blank lines do not
 * either (some seeds put a blank line between every printed line).
 */
export function sentenceAround(text: string, start: number, end: number): Span & { text: string } {
  const boundary = /[.!?;](?=\s+(?:\p{Lu}|[-*•]\s)|\s*$)|:\s*\n/gu;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const after = m.index + m[0].length;
    if (after <= start) from = after;
    else if (m.index >= end) {
      to = after;
      break;
    }
  }
  return { start: from, end: to, text: text.slice(from, to) };
}

// "art. 293 B", "C. com.", "n. 12": a full stop after these does not end the sentence.
const ABBREVIATIONS = new Set(["art", "al", "c", "com", "civ", "conso", "cf", "n", "no", "ex", "p", "env", "m", "mme", "me", "st", "ste", "cie", "r", "l", "s", "a", "b", "d", "cgi", "ann"]);

/** The sentences of a text (split at . ; ! ? followed by a space, abbreviations excepted). */
export function sentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.;!?](?=\s|$)/g)) {
    if (m[0] === ".") {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
      if (word && ABBREVIATIONS.has(fold(word))) continue;
    }
    spans.push({ start, end: m.index + 1 });
    start = m.index + 1;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

/** The sentence of `text` that contains offset `at`. */
export function sentenceAt(text: string, at: number): Span {
  return sentences(text).find((s) => s.start <= at && at < s.end) ?? { start: 0, end: text.length };
}
