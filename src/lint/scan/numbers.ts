// Numbers written in clauses, in digits or in French words ("30", "1,5", "trente (30)",
// "quatre-vingt-dix"), and their values.
import { Decimal } from "decimal.js";
import { FOLDED_WORD_END as E, fold } from "./text.js";

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

const NUMBER_WORD = String.raw`(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?)${E}`;
const NUMBER_WORDS = String.raw`${NUMBER_WORD}(?:[\s-]+(?:et[\s-]+)?${NUMBER_WORD}){0,4}`;
/**
 * A number in digits or in French words, the words optionally followed by the digits in brackets:
 * "30", "1,5", "trente (30)", "quatre-vingt-dix (90)", "soixante-quinze". (NUMBER_PATTERN above
 * stops at "quatre" in "quatre-vingt-dix".) The digits may be followed by the words in brackets, the
 * mirror form (round T34b): "40 (quarante) euros", "3 (trois) fois le taux légal". Values through numeral().
 */
export const NUMERAL_PATTERN = String.raw`(?:${NUMBER_WORDS}(?:\s*\(\s*\d+(?:[.,]\d+)?\s*\))?|\d+(?:[.,]\d+)?(?:\s*\(\s*${NUMBER_WORDS}\s*\))?)`;

/** The value of a NUMERAL_PATTERN match: the digits in brackets when given ("trente (30)" → 30), else the digits or the words. */
export function numeral(matched: string): Decimal | undefined {
  const digits = numberValue(matched);
  if (/\d/.test(matched)) return digits === undefined ? undefined : decimal(digits);
  return wordsValue(fold(matched));
}

/** "quatre-vingt-dix" → 90, "soixante-quinze" → 75, "deux cents" → 200. */
function wordsValue(folded: string): Decimal | undefined {
  const words = folded.replace(/quatre[\s-]+vingts?/g, "quatrevingt").split(/[\s-]+/).filter((w) => w && w !== "et");
  let total = 0;
  for (const word of words) {
    if (/^cents?$/.test(word)) {
      total = Math.max(total, 1) * 100;
      continue;
    }
    const value = word === "quatrevingt" ? 80 : frenchNumberWord(word.replace(/^vingts$/, "vingt"));
    if (value === undefined) return undefined;
    total += value;
  }
  return words.length ? new Decimal(total) : undefined;
}

/** An amount or rate fact as a Decimal; undefined for a value that is not a number (never throws). */
export function decimal(value: string | number | undefined): Decimal | undefined {
  if (value === undefined) return undefined;
  try {
    const d = new Decimal(String(value).trim().replace(",", "."));
    return d.isFinite() ? d : undefined;
  } catch {
    return undefined;
  }
}
