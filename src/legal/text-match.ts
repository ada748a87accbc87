// Accent-, case- and punctuation-tolerant matching of French legal phrases in free text,
// with positions mapped back to the original text.

export interface FoldedText {
  folded: string;
  /** originalIndex[i] = index in the original text of folded character i (plus one final entry for the end). */
  originalIndex: number[];
}

/** Lower case, no diacritics, typographic apostrophes/dashes/spaces made plain. */
export function foldText(text: string): FoldedText {
  let folded = "";
  const originalIndex: number[] = [];
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    const plain = foldChar(char);
    for (let j = 0; j < plain.length; j++) originalIndex.push(i);
    folded += plain;
    i += char.length;
  }
  originalIndex.push(text.length);
  return { folded, originalIndex };
}

export function fold(text: string): string {
  return foldText(text).folded;
}

function foldChar(char: string): string {
  if (/[\u2018\u2019\u02BC\u00B4`]/u.test(char)) return "'";
  if (/[\u2010-\u2015\u2212]/u.test(char)) return "-";
  if (/[\u00A0\u202F\u2007\u2009]/u.test(char)) return " ";
  if (char === "œ" || char === "Œ") return "oe";
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface PhraseHit {
  start: number; // in the original text
  end: number;
  matched: string; // original text slice
}

/** Regex source for a folded phrase: spaces match any run of spaces, an apostrophe may be followed by a space. */
export function phrasePattern(phrase: string): string {
  return fold(phrase)
    .trim()
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "'\\s*"))
    .join("\\s+");
}

const WORD_START = "(?<![\\p{L}\\p{N}])";
const WORD_END = "(?![\\p{L}\\p{N}])";

/** Whole-word occurrences of any of `phrases` in `text`, ignoring case and accents. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseHit[] {
  if (phrases.length === 0) return [];
  const { folded, originalIndex } = foldText(text);
  const re = new RegExp(`${WORD_START}(?:${phrases.map(phrasePattern).join("|")})${WORD_END}`, "gu");
  return [...folded.matchAll(re)].map((m) => {
    const start = originalIndex[m.index]!;
    const end = originalIndex[m.index + m[0].length]!;
    return { start, end, matched: text.slice(start, end) };
  });
}

/** Whole-word, case-sensitive occurrences of acronyms (e.g. "TGI") in the original text. */
export function findAcronyms(text: string, acronyms: readonly string[]): PhraseHit[] {
  if (acronyms.length === 0) return [];
  const re = new RegExp(`${WORD_START}(?:${acronyms.map(escapeRegExp).join("|")})${WORD_END}`, "gu");
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, matched: m[0] }));
}

/** The keywords (from `keywords`) that occur in `text` as whole words, ignoring case and accents. */
export function keywordsFoundIn(text: string, keywords: readonly string[]): string[] {
  return keywords.filter((k) => findPhrases(text, [k]).length > 0);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
