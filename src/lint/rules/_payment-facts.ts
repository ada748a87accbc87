// What the payment and late-payment rules read in a document: the structured facts when the terms
// file has them, otherwise the words of the clauses (prose mode, or a fact left out). The prose
// readers below find the sentences that state the recovery indemnity, the late-penalty rate, the
// payment term and the escompte, and return the exact words so that rules can point at them.
import { Decimal } from "decimal.js";
import type { SourceRange } from "../../model/diagnostics.js";
import type { JsonPath } from "../../model/positions.js";
import { findAll, findFirst, fold, frenchNumberWord, numberValue, type TextMatch } from "../text.js";
import type { LintClause, LintDocument } from "../types.js";
import type { LatePayment, PaymentConditions, Terms } from "../../model/generated/terms.js";
import type { Locale } from "../../model/locale.js";

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

// ---------------------------------------------------------------------------------------------
// Numbers and sentences

// Word boundary for folded text: a number must not be the end of a longer word ("aucun").
const B = String.raw`(?<![a-z0-9])`;
const E = String.raw`(?![a-z0-9])`;
const NUMBER_WORD = String.raw`(?:zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?)${E}`;
/**
 * A number in digits or in French words, the words optionally followed by the digits in brackets:
 * "30", "1,5", "trente (30)", "quatre-vingt-dix (90)", "soixante-quinze". (NUMBER_PATTERN of
 * ../text.js stops at "quatre" in "quatre-vingt-dix".)
 */
const NUM = String.raw`(?:${NUMBER_WORD}(?:[\s-]+(?:et[\s-]+)?${NUMBER_WORD}){0,4}(?:\s*\(\s*\d+(?:[.,]\d+)?\s*\))?|\d+(?:[.,]\d+)?)`;

/** The value of a NUM match: the digits in brackets when given ("trente (30)" → 30), else the digits or the words. */
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

function sentencesIn<C extends TextClause>(clauses: readonly C[]): Sentence<C>[] {
  return clauses.flatMap((c) => sentencesOf(c));
}

/** A match inside a sentence, as words of its clause. */
function wordsAt<C extends TextClause>(s: Words<C>, m: TextMatch): Words<C> {
  return { clause: s.clause, start: s.start + m.start, end: s.start + m.end, text: m.text };
}

function scopeText<C extends TextClause>(s: Sentence<C>): string {
  return s.leadIn ? `${s.leadIn.text} ${s.text}` : s.text;
}

// ---------------------------------------------------------------------------------------------
// Facts

/** The terms facts of a document (facts mode only). */
export function termsOf(doc: LintDocument): Terms | undefined {
  return doc.mode === "facts" && doc.kind === "terms" ? doc.terms : undefined;
}

/** The other documents of the same contract (a CGU bound to its CGT): they may carry the payment terms. */
export function contractPartners(doc: LintDocument): Terms[] {
  const loaded = doc.loaded;
  return loaded?.kind === "terms" ? loaded.related.map((r) => r.data) : [];
}

export function latePaymentOf(doc: LintDocument): LatePayment | undefined {
  return termsOf(doc)?.latePayment;
}

export function paymentOf(doc: LintDocument): PaymentConditions | undefined {
  return termsOf(doc)?.payment;
}

/** Where to point when something is missing: the fact's closest parent, or the payment clause's title in prose. */
export function missingRange(doc: LintDocument, factPath: JsonPath, prefer: RegExp = LATE_TITLE): SourceRange {
  if (doc.mode === "facts") return doc.locateFact(factPath);
  const clause = doc.clauses.find((c) => c.title && findFirst(c.title, prefer)) ?? doc.clauses.find((c) => c.title && findFirst(c.title, PAYMENT_TITLE));
  return (clause ?? doc.clauses.find((c) => c.title) ?? doc.clauses[0])?.titleRange ?? doc.locateFact([]);
}

export const LATE_TITLE = /retard|impaye|penalite/;
export const PAYMENT_TITLE = /paiement|reglement|facturation|conditions financieres|prix|tarif/;

export function rangeOf(words: Words): SourceRange {
  return words.clause.locate(words.start, words.end);
}

/** A replacement of words in the file, when the body maps to the file exactly. */
export function replaceWords(words: Words, text: string): { start: number; end: number; text: string } | undefined {
  const { start, end } = words.clause.fileRange(words.start, words.end) ?? {};
  return start === undefined || end === undefined ? undefined : { start, end, text };
}

// ---------------------------------------------------------------------------------------------
// Recovery indemnity (C. com. L441-10 II, D441-5; Dir. 2011/7 art. 6)

const INDEMNITY = /indemnites?\s+forfaitaires?|indemnite\s+(?:[a-z']+\s+){0,3}?(?:pour|au titre des)\s+frais\s+de\s+recouvrement/;
// The sentence is about late payment (not a cancellation fee called "indemnité forfaitaire").
const LATE_CONTEXT = /recouvrement|retard|impaye|non[\s-]paiement|defaut de paiement|echeance|exigibilite/;
const EURO_AMOUNT = new RegExp(String.raw`${B}(${NUM})\s*(?:€|euros?${E}|eur${E})|€\s*(\d+(?:[.,]\d+)?)`);

export interface Amount<C extends TextClause = LintClause> {
  value: Decimal;
  words: Words<C>;
}

export interface IndemnityStatement<C extends TextClause = LintClause> {
  sentence: Sentence<C>;
  /** "indemnité forfaitaire …": the words that name it. */
  words: Words<C>;
  /** The first amount in euros after the name (or anywhere in the sentence). */
  amount?: Amount<C>;
  /** The words that make it conditional, if any. */
  condition?: Words<C>;
  /** The sentence limits it to professional clients. */
  professionalsOnly: boolean;
}

/** The sentences that state the recovery indemnity, in document order. */
export function indemnityStatements<C extends TextClause>(clauses: readonly C[]): IndemnityStatement<C>[] {
  const out: IndemnityStatement<C>[] = [];
  const sentences = sentencesIn(clauses);
  sentences.forEach((sentence, i) => {
    const name = findFirst(sentence.text, INDEMNITY);
    if (!name || !findFirst(scopeText(sentence), LATE_CONTEXT)) return;
    const amount = euroAmountIn(sentence, name.end);
    // "… une indemnité forfaitaire de 40 €. Elle n'est due qu'après mise en demeure." reads as one statement.
    const next = sentences[i + 1];
    const followUp = next && next.clause === sentence.clause && findFirst(next.text, /^(?:elle|celle-ci|cette indemnite|ladite indemnite)\b/) ? next : undefined;
    const condition = conditionIn(sentence) ?? (followUp && conditionIn(followUp));
    out.push({
      sentence,
      words: wordsAt(sentence, name),
      ...(amount ? { amount } : {}),
      ...(condition ? { condition } : {}),
      professionalsOnly: Boolean(findFirst(scopeText(sentence), PROFESSIONALS_ONLY)),
    });
  });
  return out;
}

function euroAmountIn<C extends TextClause>(sentence: Sentence<C>, after: number): Amount<C> | undefined {
  const all = findAll(sentence.text, EURO_AMOUNT)
    .map((m) => ({ m, value: m.groups[1] ? decimal(m.groups[1]) : numeral(m.groups[0]!) }))
    .filter((a): a is { m: TextMatch; value: Decimal } => a.value !== undefined);
  const chosen = all.find((a) => a.m.start >= after) ?? all[0];
  return chosen && { value: chosen.value, words: wordsAt(sentence, chosen.m) };
}

const PROFESSIONALS_ONLY = /(?<!non[\s-])professionnels?\b|(?:sauf|hors|exception(?: faite)? des|a l'exclusion des)\s+(?:clients?\s+)?(?:consommateurs|particuliers|non[\s-]professionnels)/;

// Conditions that D441-5 does not allow: a minimum delay, a formal notice, a third-party collection.
const CONDITIONS = [
  new RegExp(String.raw`(?:pour\s+(?:tout|un)\s+)?retard\s+(?:de\s+paiement\s+)?(?:de\s+plus\s+de|d'au\s+moins|de|superieur\s+a|excedant)\s+${NUM}\s+jours(?:\s+ou\s+plus)?`),
  new RegExp(String.raw`(?:au-dela|a\s+partir|a\s+l'issue|passe\s+un\s+delai)\s+(?:de\s+|d'un\s+delai\s+de\s+|d')?${NUM}\s+jours(?:\s+de\s+retard|\s+(?:apres|suivant)\s+l'echeance)?`),
  new RegExp(String.raw`${NUM}\s+jours\s+(?:de\s+retard|apres\s+l'echeance)`),
  // "après (une / l'envoi d'une) mise en demeure"; the words between may not be "sans" or "ni".
  new RegExp(String.raw`${B}(?:apres|suite a|des reception d[e']|a compter d[e']|a l'issue d[e']|sous reserve d[e']|a condition d[e']|subordonnee? a|si|lorsque|une fois)(?:(?<=')|\s+)(?:(?!sans${E}|ni${E}|besoin${E})[a-z']+\s+){0,3}?(?:mise en demeure|relance|lettre de rappel|rappel)`),
  /(?:en cas de|si|lorsque|des lors que)\s+[^.;]{0,80}?recouvrement\s+(?:est\s+|serait\s+|sera\s+)?(?:confie|effectue|realise|assure|poursuivi)?\s*(?:par|a)\s+(?:un|une|des)\s+(?:tiers|societe|cabinet|huissier|commissaire|organisme|agence|avocat|prestataire)/,
  /confi(?:er|e|ait|erait)\s+(?:le\s+)?recouvrement/,
];

function conditionIn<C extends TextClause>(sentence: Sentence<C>): Words<C> | undefined {
  const hits = CONDITIONS.map((re) => findFirst(sentence.text, re)).filter((m): m is TextMatch => m !== undefined);
  const first = hits.sort((a, b) => a.start - b.start)[0];
  return first && wordsAt(sentence, first);
}

// ---------------------------------------------------------------------------------------------
// Late-penalty rate (C. com. L441-10 II; LU loi du 18 avril 2004 mod.)

export type PenaltyStatement<C extends TextClause = LintClause> =
  | { kind: "legal-rate-multiple"; multiple: Decimal; words: Words<C> }
  | { kind: "ecb-plus"; points: Decimal; words: Words<C>; namedLegalRate: boolean }
  | { kind: "fixed"; annualRate: Decimal; words: Words<C> }
  /** "au taux d'intérêt légal": the legal rate itself, once. */
  | { kind: "legal-rate"; words: Words<C> };

const LEGAL_RATE = String.raw`taux\s+(?:(?:d'|de\s+l')\s*interets?\s+)?legal`;
const MULTIPLE = new RegExp(
  String.raw`${B}(?:(une\s+fois\s+et\s+demie)|(${NUM})\s+fois)\s+(?:le\s+|au\s+|du\s+)?${LEGAL_RATE}` +
    String.raw`|${B}(triple|double)\s+du\s+${LEGAL_RATE}` +
    String.raw`|${LEGAL_RATE}\s+(?:en\s+vigueur\s+)?multiplie\s+par\s+(${NUM})`,
);
const ECB = new RegExp(
  String.raw`(?:taux\s+(?:d'interet\s+)?(?:de\s+(?:reference|refinancement)\s+|directeur\s+)?(?:de\s+la\s+|appliques?\s+par\s+la\s+)?)?(?:bce|banque\s+centrale\s+europeenne)\b[^.;]{0,140}?(?:majore|augmente|\+|plus)\s*(?:de\s+)?(${NUM})\s*(?:points?|pts?|%|pour\s*cent)(?:\s+de\s+pourcentage)?(?:\s*\(\s*\d+(?:[.,]\d+)?\s*(?:%|points?)?\s*\))?`,
);
const PERCENT = String.raw`(${NUM})\s*(?:%|pour\s*cent)(?:\s*\(\s*(\d+(?:[.,]\d+)?)\s*%\s*\))?`;
const FIXED = new RegExp(String.raw`(?:taux|penalites?|interets?)[^.;%]{0,60}?${B}${PERCENT}(\s*(?:l'an|par\s+an|annuels?|\/\s*an|par\s+mois|mensuels?))?`);
// "10 % du solde" is a share of the debt (an indemnity), not a rate.
const SHARE_OF_DEBT = /^\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*)?(?:du|de\s+la|des|de\s+l')\s+(?:solde|montant|somme|prix|facture|total|commande|ttc|ht)/;
const BARE_LEGAL = new RegExp(String.raw`(?:au|le|du)\s+${LEGAL_RATE}`);
const PENALTY_CONTEXT = /retard|penalite|impaye|non[\s-]paiement|moratoire|echeance/;

/** The late-interest rates the clauses state, in document order. */
export function penaltyStatements<C extends TextClause>(clauses: readonly C[]): PenaltyStatement<C>[] {
  const explicit: PenaltyStatement<C>[] = [];
  const bare: PenaltyStatement<C>[] = [];
  for (const s of sentencesIn(clauses)) {
    const found = explicitRatesIn(s);
    explicit.push(...found);
    if (!found.length && findFirst(scopeText(s), PENALTY_CONTEXT)) {
      const legal = findFirst(s.text, BARE_LEGAL);
      if (legal) bare.push({ kind: "legal-rate", words: wordsAt(s, legal) });
    }
  }
  // A bare "taux d'intérêt légal" elsewhere usually says which legal rate the stated multiple uses.
  return explicit.length ? explicit : bare;
}

function explicitRatesIn<C extends TextClause>(s: Sentence<C>): PenaltyStatement<C>[] {
  const out: PenaltyStatement<C>[] = [];
  for (const m of findAll(s.text, MULTIPLE)) {
    const [half, n, word, by] = m.groups;
    const multiple = half ? new Decimal("1.5") : n ? numeral(n) : word ? new Decimal(word === "triple" ? 3 : 2) : by ? numeral(by) : undefined;
    if (multiple) out.push({ kind: "legal-rate-multiple", multiple, words: wordsAt(s, m) });
  }
  const ecb = findAll(s.text, ECB);
  for (const m of ecb) {
    const points = numeral(m.groups[0]!);
    if (points) out.push({ kind: "ecb-plus", points, words: wordsAt(s, m), namedLegalRate: Boolean(findFirst(s.text, BARE_LEGAL)) });
  }
  if (!ecb.length && findFirst(scopeText(s), PENALTY_CONTEXT) && !findFirst(s.text, INDEMNITY)) {
    for (const m of findAll(s.text, FIXED)) {
      if (findFirst(s.text.slice(m.end), SHARE_OF_DEBT)) continue;
      const [n, inBrackets, period] = m.groups;
      const rate = inBrackets ? decimal(inBrackets) : numeral(n!);
      if (!rate) continue;
      const annualRate = /mois|mensuel/.test(period ?? "") ? rate.times(12) : rate;
      const start = m.start + fold(m.text).search(new RegExp(`${B}${PERCENT}`));
      out.push({ kind: "fixed", annualRate, words: { clause: s.clause, start: s.start + start, end: s.start + m.end, text: s.text.slice(start, m.end) } });
    }
  }
  return out.sort((a, b) => a.words.start - b.words.start);
}

// ---------------------------------------------------------------------------------------------
// Payment term (C. com. L441-10 I; Dir. 2011/7 art. 3)

export interface TermStatement<C extends TextClause = LintClause> {
  days: number;
  endOfMonth: boolean;
  words: Words<C>;
}

const TERM_CONTEXT = /paiement|payables?|reglement|regle(?:e|es|s)?\b|acquitte|exigible/;
// Other deadlines counted in days: complaints, refunds, withdrawal, delays, notice periods.
const OTHER_DEADLINE = /retard|rembours|retractation|reclamation|contest|differend|refus|resiliation|preavis/;
const TERM = new RegExp(
  String.raw`${B}(?:a|de|sous|les|dans|endeans\s+les|au\s+plus\s+tard)\s+(${NUM})\s+jours(?:\s+(?:nets?|calendaires?|francs?))?(\s+(?:fin\s+de\s+mois|f\.?d\.?m\b\.?))?`,
);

/** The payment terms the clauses state ("payable à 90 jours", "à 45 jours fin de mois"). */
export function paymentTermStatements<C extends TextClause>(clauses: readonly C[]): TermStatement<C>[] {
  const out: TermStatement<C>[] = [];
  for (const s of sentencesIn(clauses)) {
    if (!findFirst(s.text, TERM_CONTEXT) || findFirst(s.text, OTHER_DEADLINE)) continue;
    for (const m of findAll(s.text, TERM)) {
      const days = numeral(m.groups[0]!);
      if (days) out.push({ days: days.toNumber(), endOfMonth: Boolean(m.groups[1]), words: wordsAt(s, m) });
    }
  }
  return out;
}

const EXPRESS_AGREEMENT = /expressement\s+(?:convenu|stipule|accepte|prevu)|accord\s+expres|derogation\s+expresse|convention\s+expresse/;

/** A payment sentence says the term was expressly agreed (Dir. 2011/7 art. 3 (5)). */
export function statesExpressAgreement(clauses: readonly TextClause[]): boolean {
  return sentencesIn(clauses).some((s) => findFirst(s.text, TERM_CONTEXT) && findFirst(s.text, EXPRESS_AGREEMENT));
}

// ---------------------------------------------------------------------------------------------
// Escompte (C. com. L441-9, L441-1)

const ESCOMPTE = /escomptes?(?![a-z])|(?:paiement|reglement)s?\s+(?:anticipes?|comptant|avant\s+(?:l'echeance|la\s+date))|remise\s+pour\s+paiement/;

/** Whether the clauses say anything about a discount for early payment ("le résultat escompté" does not count). */
export function mentionsEscompte(clauses: readonly (TextClause & { title?: string })[]): boolean {
  const said = (text: string) => findAll(text, ESCOMPTE).some((m) => !/escompté/i.test(m.text));
  return clauses.some((c) => said(c.body) || (c.title !== undefined && said(c.title)));
}

// ---------------------------------------------------------------------------------------------
// Messages shared by the payment rules

/** A rate or amount for a message: at most two decimals, French decimal comma in French. */
export function shown(value: Decimal, locale: Locale): string {
  const text = value.toDecimalPlaces(2).toString();
  return locale === "fr" ? text.replace(".", ",") : text;
}
