// Searching French legal prose: case, accents, apostrophes and spaces vary ("Tribunal d’Instance",
// "tribunal d'instance", "TRIBUNAL D INSTANCE"). Patterns are written for folded text (one fold for
// the whole project: src/legal/text-match.ts) and matches come back with offsets in the original.
import { fold, foldText } from "../legal/text-match.js";

export { fold };

export interface TextMatch {
  start: number;
  end: number;
  text: string;
  groups: string[];
}

/**
 * Every match of a pattern written for folded text (lower case, no accents, ' for apostrophes),
 * with offsets into the original text.
 */
export function findAll(text: string, pattern: RegExp): TextMatch[] {
  let re = globalCopies.get(pattern);
  if (!re) globalCopies.set(pattern, (re = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g")));
  re.lastIndex = 0;
  const { folded, originalIndex } = foldText(text);
  return [...folded.matchAll(re)].map((m) => {
    const start = originalIndex[m.index!]!;
    const end = originalIndex[m.index! + m[0].length]!;
    return { start, end, text: text.slice(start, end), groups: m.slice(1).map((g) => g ?? "") };
  });
}

/** Global copies of the patterns rules pass (matchAll needs the g flag), compiled once each. */
const globalCopies = new WeakMap<RegExp, RegExp>();

export function findFirst(text: string, pattern: RegExp): TextMatch | undefined {
  return findAll(text, pattern)[0];
}

export function contains(text: string, pattern: RegExp): boolean {
  return findAll(text, pattern).length > 0;
}

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100,
};

/** A French number word or small compound ("quarante-cinq", "soixante"): its value, or undefined. */
export function frenchNumberWord(word: string): number | undefined {
  const parts = fold(word).trim().split(/[\s-]+/).filter((p) => p !== "et");
  if (!parts.length) return undefined;
  let total = 0;
  for (const p of parts) {
    const v = UNITS[p];
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

/**
 * A pattern (for folded text) matching a number written in digits or in French words, optionally
 * followed by the digits in brackets: "30", "trente", "trente (30)", "1,5".
 */
export const NUMBER_PATTERN = String.raw`(?:\d+(?:[.,]\d+)?|(?:(?:vingt|trente|quarante|cinquante|soixante|cent|zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)(?:[\s-]+(?:et[\s-]+)?(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze))?))(?:\s*\(\s*\d+(?:[.,]\d+)?\s*\))?`;

/** The value of a NUMBER_PATTERN match, as a decimal string ("1,5" → "1.5"; "trente (30)" → "30"). */
export function numberValue(matched: string): string | undefined {
  const inBrackets = /\(\s*(\d+(?:[.,]\d+)?)\s*\)/.exec(matched);
  if (inBrackets) return inBrackets[1]!.replace(",", ".");
  const digits = /\d+(?:[.,]\d+)?/.exec(matched);
  if (digits) return digits[0].replace(",", ".");
  const v = frenchNumberWord(matched);
  return v === undefined ? undefined : String(v);
}
