// Accent-, case- and punctuation-tolerant matching of French legal phrases in free text,
// with positions mapped back to the original text.

export interface FoldedText {
  folded: string;
  /** originalIndex[i] = index in the original text of folded character i (plus one final entry for the end). */
  originalIndex: number[];
}

/**
 * Lower case, no diacritics, typographic apostrophes, dashes and spaces made plain
 * ("Tribunal d’Instance" → "tribunal d'instance", « » → "), keeping the text's length (but for the combining accents of
 * decomposed text, which fold to nothing). Memoised: every rule searches the
 * same clause bodies, and folding is the linter's hottest path.
 */
export function foldText(text: string): FoldedText {
  const cached = foldCache.get(text);
  if (cached) return cached;
  let folded = "";
  const originalIndex: number[] = new Array(text.length + 1);
  let out = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII: only letters change (and the tab and backtick).
      const plain = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? " " : code === 96 ? "'" : text[i]!;
      folded += plain;
      originalIndex[out++] = i;
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const char = String.fromCodePoint(codePoint);
    // A combining accent (text saved decomposed, NFD: « franc\u0327ais ») belongs to the letter before it, which
    // is already folded: it folds to nothing, so only decomposed text is shorter once folded.
    if (COMBINING_MARK.test(char) && out > 0) {
      i += char.length;
      continue;
    }
    let plain = charCache.get(char);
    if (plain === undefined) charCache.set(char, (plain = foldChar(char)));
    for (let j = 0; j < plain.length; j++) originalIndex[out++] = i;
    folded += plain;
    i += char.length;
  }
  originalIndex.length = out;
  originalIndex.push(text.length);
  const result = { folded, originalIndex };
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
  foldCache.set(text, result);
  return result;
}

const COMBINING_MARK = /^\p{M}$/u;
const FOLD_CACHE_SIZE = 4096;
const foldCache = new Map<string, FoldedText>();
const charCache = new Map<string, string>();

export function fold(text: string): string {
  return foldText(text).folded;
}

function foldChar(char: string): string {
  if (/[\u2018\u2019\u02BC\u00B4`]/u.test(char)) return "'";
  if (/[\u2010-\u2015\u2212]/u.test(char)) return "-";
  if (/[\u00A0\u202F\u2007\u2009\t]/u.test(char)) return " ";
  if (/[\u00AB\u00BB\u201C\u201D]/u.test(char)) return '"';
  // Same length as the input, always: rules index folded and original text alike ("œ" stays "œ").
  const plain = char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  if (plain.length === char.length) return plain;
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
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
  const re = compiledFor(phrases, phrasePatterns, () => new RegExp(`${WORD_START}(?:${phrases.map(phrasePattern).join("|")})${WORD_END}`, "gu"));
  return [...folded.matchAll(re)].map((m) => {
    const start = originalIndex[m.index]!;
    const end = originalIndex[m.index + m[0].length]!;
    return { start, end, matched: text.slice(start, end) };
  });
}

/**
 * A list's pattern, compiled once per process: every clause is searched for the same courts and
 * keywords. By the list's words (a list may be built per call); bounded, as lists could come from documents.
 */
function compiledFor(list: readonly string[], known: Map<string, RegExp>, make: () => RegExp): RegExp {
  const key = list.join("\u0000");
  let re = known.get(key);
  if (!re) {
    if (known.size >= MAX_PATTERNS) known.clear();
    known.set(key, (re = make()));
  }
  return re;
}

const MAX_PATTERNS = 10_000;
// matchAll works on a copy of the pattern: sharing one object between calls is safe.
const phrasePatterns = new Map<string, RegExp>();
const acronymPatterns = new Map<string, RegExp>();

/** Whole-word, case-sensitive occurrences of acronyms (e.g. "TGI") in the original text. */
export function findAcronyms(text: string, acronyms: readonly string[]): PhraseHit[] {
  if (acronyms.length === 0) return [];
  const re = compiledFor(acronyms, acronymPatterns, () => new RegExp(`${WORD_START}(?:${acronyms.map(escapeRegExp).join("|")})${WORD_END}`, "gu"));
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, matched: m[0] }));
}

/** The keywords (from `keywords`) that occur in `text` as whole words, ignoring case and accents. */
export function keywordsFoundIn(text: string, keywords: readonly string[]): string[] {
  return keywords.filter((k) => findPhrases(text, [k]).length > 0);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
