// What the payment and late-payment rules read in a document: the structured facts when the terms
// file has them, otherwise the words of the clauses (prose mode, or a fact left out). The prose
// readers (indemnity.ts, penalty.ts, payment-term.ts) return the exact words so that rules can
// point at them.
import type { Decimal } from "decimal.js";
import type { SourceRange } from "../../model/diagnostics.js";
import type { JsonPath } from "../../model/positions.js";
import type { LatePayment, PaymentConditions, Terms } from "../../model/generated/terms.js";
import type { Locale } from "../../model/locale.js";
import type { LintDocument } from "../types.js";
import type { Sentence, TextClause, Words } from "./sentences.js";
import { sellsNothing } from "./offer.js";
import { contains } from "./text.js";

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

/**
 * Prose terms under which nothing is paid to the seller (round T35b): a free programme, a free app (« le service est
 * gratuit », « sans contrepartie financière »), with no price, fee or commission paid to it anywhere in the text. The
 * mentions of C. com. L441-9 and L441-10 (late-payment penalties, the 40 € indemnity, the escompte) are conditions of
 * payment of sales and services paid for: with no invoice and no payment, none is owed. Facts files state their payment.
 */
export function paysNothing(doc: LintDocument): boolean {
  return doc.mode === "prose" && !paymentOf(doc) && !latePaymentOf(doc) && sellsNothing(doc.clauses) !== undefined;
}

/** Where to point when something is missing: the fact's closest parent, or in prose the clause where it belongs (src/lint/documents/prose-locate.ts). */
export function missingRange(doc: LintDocument, factPath: JsonPath): SourceRange {
  return doc.locateFact(factPath);
}

export const LATE_TITLE = /retard|impaye|penalite/;

// The seller's own delay (« retard de livraison », « tout retard de remboursement ») or a credit the client takes
// (« paiement en plusieurs échéances financé au taux de 5,9 % ») gives rates and sums that are not the client's
// late-payment penalty or the 40 € indemnity: such a sentence counts only if it also speaks of late payment.
const OWN_DELAY = /retard\s+(?:de\s+|d'|dans\s+(?:la\s+|le\s+|l')?)(?:la\s+|l')?(?:livraison|rembours|execution|expedition|prestation|mise\s+a\s+disposition|intervention|travaux|fourniture|restitution|reparation)|retard\s+(?:du|imputable\s+au)\s+(?:vendeur|prestataire|fournisseur)/;
const FINANCING = /\bcredit\b|\bfinance(?:ment|e|es|s)?\b|\bpret\b|\bemprunt|\btaeg\b|paiement\s+(?:en\s+plusieurs|fractionne|echelonne)|\blocation\s+financiere/;
const LATE_PAYMENT = /retard[^.;]{0,40}?(?:paiement|reglement)|(?:paiement|reglement)s?[^.;]{0,30}?(?:retard|tardif)|impaye|non[\s-](?:paiement|reglement)|defaut\s+de\s+(?:paiement|reglement)/;

/** The sentence's rate or sum is about the seller's delay or a credit, not the client's late payment. */
export function aboutAnotherDebt(text: string): boolean {
  return (contains(text, OWN_DELAY) || contains(text, FINANCING)) && !contains(text, LATE_PAYMENT);
}
export const PAYMENT_TITLE = /paiement|reglement|facturation|conditions financieres|prix|tarif/;

export function rangeOf(words: Words): SourceRange {
  return words.clause.locate(words.start, words.end);
}

/** A replacement of words in the file, when the body maps to the file exactly. */
export function replaceWords(words: Words, text: string): { start: number; end: number; text: string } | undefined {
  const { start, end } = words.clause.fileRange(words.start, words.end) ?? {};
  return start === undefined || end === undefined ? undefined : { start, end, text };
}

/** A rate or amount for a message: at most two decimals, French decimal comma in French. */
export function shown(value: Decimal, locale: Locale): string {
  const text = value.toDecimalPlaces(2).toString();
  return locale === "fr" ? text.replace(".", ",") : text;
}

/** The sentence before, in the same clause, when it is a short label ending with a colon (« Intérêts de retard : »). */
export function labelBefore<C extends TextClause>(sentences: readonly Sentence<C>[], i: number): Sentence<C> | undefined {
  const previous = sentences[i - 1];
  const current = sentences[i];
  if (!previous || !current || previous.clause !== current.clause || current.leadIn) return undefined;
  return /:\s*\**\s*$/.test(previous.text) && previous.text.trim().length <= 80 ? previous : undefined;
}

/**
 * What names the value a sentence gives: a label line before it, or for the first sentence of a clause its title when the
 * title names the mention (« ### Pénalités de retard » then « 12 % l'an »; « Article 1 : Retard de paiement » names none).
 */
export function labelOf<C extends TextClause>(sentences: readonly Sentence<C>[], i: number, namesMention: (title: string) => boolean): string | undefined {
  const label = labelBefore(sentences, i);
  if (label) return label.text;
  const current = sentences[i];
  const previous = sentences[i - 1];
  if (!current || current.leadIn || (previous && previous.clause === current.clause)) return undefined;
  const title = (current.clause as TextClause & { title?: string }).title;
  return title !== undefined && namesMention(title) ? title : undefined;
}
