// The ONE formatting module: every template and CLI output prints amounts, percents, dates and
// amounts in words through these functions. Digits always come from the Decimal's own string;
// Intl is asked only for the shape of a French currency amount (symbol, separators, spacing), using
// the literals 1, -1 and 1000, so no amount ever passes through a binary float.
import { Localized } from "../model/locale.js";
import { ComputationError } from "./explain.js";
import { D, type Decimal, type DecimalInput, roundCents, toDecimal } from "./decimal.js";

interface CurrencyShape {
  positive: Intl.NumberFormatPart[];
  negative: Intl.NumberFormatPart[];
  fractionDigits: number;
}

const LOCALE = "fr-FR";
const decimalParts = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1 }).formatToParts(1000);
/** U+202F (espace fine insécable) in current ICU: read from Intl so both always agree. */
const GROUP = decimalParts.find((p) => p.type === "group")?.value ?? "\u202F";
const DECIMAL = decimalParts.find((p) => p.type === "decimal")?.value ?? ",";
const NBSP = "\u00A0";

const shapes = new Map<string, CurrencyShape>();

function currencyShape(currency: string): CurrencyShape {
  let shape = shapes.get(currency);
  if (!shape) {
    const nf = new Intl.NumberFormat(LOCALE, { style: "currency", currency });
    shape = {
      positive: nf.formatToParts(1),
      negative: nf.formatToParts(-1),
      fractionDigits: nf.resolvedOptions().maximumFractionDigits ?? 2,
    };
    shapes.set(currency, shape);
  }
  return shape;
}

function groupThousands(integerDigits: string): string {
  let out = "";
  for (let i = 0; i < integerDigits.length; i++) {
    const fromRight = integerDigits.length - i;
    out += integerDigits[i];
    if (fromRight > 1 && fromRight % 3 === 1) out += GROUP;
  }
  return out;
}

/** Splits |d| rounded to `places` into grouped integer digits and fraction digits. */
function digitsOf(d: Decimal, places: number): { negative: boolean; integer: string; fraction: string } {
  const rounded = d.toDecimalPlaces(places, D.ROUND_HALF_UP);
  const [integer = "0", fraction = ""] = rounded.abs().toFixed(places).split(".");
  // A value that rounds to zero is printed without a sign ("0,00 €", never "-0,00 €").
  return { negative: rounded.isNegative() && !rounded.isZero(), integer: groupThousands(integer), fraction };
}

/**
 * "1 234,56 €" exactly as Intl.NumberFormat("fr-FR", { style: "currency", currency }) prints it
 * (U+202F between thousands, U+00A0 before the symbol), rounded half up to the currency's minor unit.
 */
export function formatAmount(value: DecimalInput, currency = "EUR"): string {
  return formatMoney(toDecimal(value, "le montant à afficher"), currency, false);
}

/** Like formatAmount, but a unit price with more decimals than the currency keeps them all ("0,125 €"). */
export function formatUnitPrice(value: DecimalInput, currency = "EUR"): string {
  return formatMoney(toDecimal(value, "le prix unitaire à afficher"), currency, true);
}

function formatMoney(d: Decimal, currency: string, keepDecimals: boolean): string {
  const shape = currencyShape(currency);
  const places = keepDecimals && d.decimalPlaces() > shape.fractionDigits ? d.decimalPlaces() : shape.fractionDigits;
  const { negative, integer, fraction } = digitsOf(d, places);
  const parts = negative ? shape.negative : shape.positive;
  const hasFraction = parts.some((p) => p.type === "fraction");
  return parts
    .map((part) => {
      if (part.type === "integer") return hasFraction || !fraction ? integer : integer + DECIMAL + fraction;
      return part.type === "fraction" ? fraction : part.value;
    })
    .join("");
}

/** A plain French decimal ("1 234,5") for quantities and rates: trailing zeros dropped beyond minFractionDigits. */
export function formatDecimal(value: DecimalInput, maxFractionDigits = 2, minFractionDigits = 0): string {
  const d = toDecimal(value, "le nombre à afficher");
  const { negative, integer, fraction } = digitsOf(d, maxFractionDigits);
  let kept = fraction;
  while (kept.length > minFractionDigits && kept.endsWith("0")) kept = kept.slice(0, -1);
  return (negative ? "-" : "") + integer + (kept ? DECIMAL + kept : "");
}

/** An exact intermediate value for an explanation: at most `places` decimals, cut (not rounded) and
 *  followed by "…" when digits were dropped ("14,026849…"), so nobody mistakes it for a rounded result. */
export function formatTruncated(value: DecimalInput, places = 6): string {
  const d = toDecimal(value, "le nombre à afficher");
  const cut = d.toDecimalPlaces(places, D.ROUND_DOWN);
  return formatDecimal(cut, places) + (cut.equals(d) ? "" : "…");
}

/** A percent given as a percent (5.5 → "5,5 %", U+00A0 before %; 3 decimals at most: 11,125 %). */
export function formatPercent(value: DecimalInput, maxFractionDigits = 3): string {
  return `${formatDecimal(value, maxFractionDigits)}${NBSP}%`;
}

const MONTHS = [
  "janvier", "février", "mars", "avril", "mai", "juin",
  "juillet", "août", "septembre", "octobre", "novembre", "décembre",
];
const DIGITS = "0123456789";

/** Small integers read digit by digit (day, month, year, words): never through Number(). */
function smallInt(digits: string): number {
  let n = 0;
  for (const c of digits) n = n * 10 + DIGITS.indexOf(c);
  return n;
}

/** "2026-11-23" → "23 novembre 2026"; the first day of a month is "1er" (French usage). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? smallInt(m[2] ?? "") : 0;
  const day = m ? smallInt(m[3] ?? "") : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw new ComputationError("DATE_INVALID", { date: iso });
  }
  return `${day === 1 ? "1er" : String(day)} ${MONTHS[month - 1]} ${smallInt(m[1] ?? "")}`;
}

const ENGLISH_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A date for message data: "26 avril 2019" in French, "26 April 2019" in English. */
export function localizedDate(iso: string): Localized {
  const fr = formatDate(iso);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return new Localized({ fr, en: `${day} ${ENGLISH_MONTHS[month - 1]} ${year}` });
}

/** RFC 3339 date-time, as the schemas' "format": "date-time" accepts it. */
const INSTANT = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * An instant as a client reads it, at the wall-clock time it was written with (its offset is the
 * place's): "2026-11-23T16:00:00+01:00" → "23 novembre 2026 à 16 h", "…T09:30…" → "… à 9 h 30".
 */
export function localizedInstant(iso: string): Localized {
  const m = INSTANT.exec(iso);
  if (!m) throw new ComputationError("DATE_INVALID", { date: iso });
  const date = localizedDate(m[1]!);
  const hours = smallInt(m[2]!);
  const minutes = m[3]!;
  if (hours > 23 || smallInt(minutes) > 59) throw new ComputationError("DATE_INVALID", { date: iso });
  const fr = `${date.text.fr} à ${hours} h${minutes === "00" ? "" : ` ${minutes}`}`;
  return new Localized({ fr, en: `${date.text.en} at ${String(hours).padStart(2, "0")}:${minutes}` });
}

// ---- Amounts in words -------------------------------------------------------------------------
// Traditional orthography (before the 1990 rectifications): hyphens only inside numbers below one
// hundred ("quarante-quatre", "quatre-vingt-dix"), "et" in 21, 31, 41, 51, 61 and 71 ("vingt et un",
// "soixante et onze"), "vingt" and "cent" take an s when multiplied and ending the number or followed
// by million/milliard/billion (nouns) — "quatre-vingts euros", "deux cents millions" — but not before
// "mille" (invariable) nor before another numeral: "deux cent mille", "deux cent un".

const UNITS = [
  "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
  "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
];
const TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];

function wordsBelowHundred(tens: number, units: number, pluralAllowed: boolean): string {
  if (tens < 2) return UNITS[tens * 10 + units] ?? "";
  if (tens <= 6) {
    const t = TENS[tens] ?? "";
    if (units === 0) return t;
    return units === 1 ? `${t} et un` : `${t}-${UNITS[units]}`;
  }
  if (tens === 7) return units === 1 ? "soixante et onze" : `soixante-${UNITS[10 + units]}`;
  if (tens === 8) return units === 0 ? (pluralAllowed ? "quatre-vingts" : "quatre-vingt") : `quatre-vingt-${UNITS[units]}`;
  return `quatre-vingt-${UNITS[10 + units]}`;
}

/** Words for a group of three digits ("344"), or "" for "000". */
function wordsBelowThousand(group: string, pluralAllowed: boolean): string {
  const [h, t, u] = [...group.padStart(3, "0")].map((c) => DIGITS.indexOf(c)) as [number, number, number];
  const rest = t * 10 + u;
  const restWords = rest === 0 ? "" : wordsBelowHundred(t, u, pluralAllowed);
  if (h === 0) return restWords;
  const hundred = h === 1 ? "cent" : `${UNITS[h]} cent${rest === 0 && pluralAllowed ? "s" : ""}`;
  return restWords ? `${hundred} ${restWords}` : hundred;
}

const SCALES = ["", "mille", "million", "milliard", "billion"];

/** Words for a non-negative integer given as digits, and whether it ends in a noun scale (million…). */
function integerWords(digits: string): { words: string; endsWithScaleNoun: boolean } {
  if (/^0+$/.test(digits)) return { words: "zéro", endsWithScaleNoun: false };
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(atLeastZero(end - 3), end));
  if (groups.length > SCALES.length) throw new ComputationError("AMOUNT_TOO_LARGE_FOR_WORDS");
  const words: string[] = [];
  let endsWithScaleNoun = false;
  groups.forEach((group, i) => {
    const scale = groups.length - 1 - i;
    if (/^0+$/.test(group)) return;
    endsWithScaleNoun = scale >= 2;
    if (scale === 0) words.push(wordsBelowThousand(group, true));
    else if (scale === 1) words.push(group.replace(/^0+/, "") === "1" ? "mille" : `${wordsBelowThousand(group, false)} mille`);
    else {
      const one = group.replace(/^0+/, "") === "1";
      words.push(`${wordsBelowThousand(group, true)} ${SCALES[scale]}${one ? "" : "s"}`);
    }
  });
  return { words: words.join(" "), endsWithScaleNoun };
}

/** max(0, n) for a string index (src/money does not use Math: see test/money/no-float.test.ts). */
function atLeastZero(n: number): number {
  return n < 0 ? 0 : n;
}

/**
 * An amount in euros in words, rounded to the cent: "trois cent quarante-quatre euros",
 * "mille deux cent trente-quatre euros et cinquante-six centimes", "un million d'euros",
 * "cinquante centimes" (no euros), "zéro euro".
 */
export function amountInWords(value: DecimalInput, currency = "EUR"): string {
  if (currency !== "EUR") throw new ComputationError("WORDS_EUR_ONLY", { currency });
  const d = roundCents(toDecimal(value, "le montant à écrire en lettres"));
  const [euroDigits = "0", centDigits = "00"] = d.abs().toFixed(2).split(".");
  const cents = smallInt(centDigits);
  const sign = d.isNegative() && !d.isZero() ? "moins " : "";
  const centWords = cents === 0 ? "" : `${wordsBelowHundred(smallInt(centDigits[0] ?? "0"), smallInt(centDigits[1] ?? "0"), true)} centime${cents > 1 ? "s" : ""}`;
  const euros = integerWords(euroDigits);
  if (euros.words === "zéro" && centWords) return sign + centWords;
  const one = euros.words === "un" || euros.words === "zéro";
  const noun = euros.endsWithScaleNoun ? "d'euros" : one ? "euro" : "euros";
  return `${sign}${euros.words} ${noun}${centWords ? ` et ${centWords}` : ""}`;
}
