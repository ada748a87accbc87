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
import type { Words } from "./sentences.js";
import { findFirst } from "./text.js";

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

/** Where to point when something is missing: the fact's closest parent, or in prose the clause where it belongs (src/lint/documents/prose-locate.ts). */
export function missingRange(doc: LintDocument, factPath: JsonPath): SourceRange {
  const range = doc.locateFact(factPath);
  if (doc.mode !== "prose" || factPath[0] !== "latePayment") return range;
  // Done here rather than in prose-locate.ts (another part's file this round): two readings of the late-payment home.
  const at = doc.clauses.find((c) => c.titleRange.line === range.line);
  if (!at) return range;
  // « Retard de livraison », « Retard d'exécution »: lateness of the seller's own performance, not of the payment: the
  // late-payment mentions belong to a clause about the payment's lateness, else to the payment terms (writing rules).
  if (findFirst(at.title, OTHER_LATENESS_TITLE) && !findFirst(at.title, LATE_PAYMENT_TITLE)) {
    const home = doc.clauses.find((c) => findFirst(c.title, LATE_PAYMENT_TITLE)) ?? doc.clauses.find((c) => c !== at && findFirst(c.title, PAYMENT_TITLE) && !findFirst(c.title, OTHER_LATENESS_TITLE));
    return home?.titleRange ?? range;
  }
  // No payment clause, only prices: a clause that says what happens when the client does not pay (« Suspension et
  // résiliation … si le client ne paie pas ») is where a reader looks for the consequences of paying late; a price
  // list only says what is owed.
  if (findFirst(at.title, PRICE_ONLY_TITLE) && !findFirst(at.title, PAYMENT_TERMS_TITLE)) {
    const home = doc.clauses.find((c) => c !== at && findFirst(c.body, NON_PAYMENT_WORDS));
    return home?.titleRange ?? range;
  }
  return range;
}

const OTHER_LATENESS_TITLE = /\bretards?\b/;
const LATE_PAYMENT_TITLE = /\bretards? (?:de |du )?(?:paiement|reglement)|\bimpayes?\b|\bpenalites?\b|\bdefaut de (?:paiement|reglement)\b/;
const PRICE_ONLY_TITLE = /\b(?:prix|tarifs?)\b/;
const PAYMENT_TERMS_TITLE = /\b(?:paiement|reglement|facturation|conditions financieres)\b/;
// « ne paie pas », « défaut de paiement », « non-paiement »: the client's failure to pay, as an event. Not « impayés »
// alone: « le montant des abonnements impayés » prices a breach of licence, it says nothing of paying late.
const NON_PAYMENT_WORDS = /\bne (?:paie|paye|regle|s'acquitte) pas\b|\b(?:defaut|absence) de (?:paiement|reglement)\b|\bnon[- ]paiement\b|\bretards? de paiement\b/;

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

/** A rate or amount for a message: at most two decimals, French decimal comma in French. */
export function shown(value: Decimal, locale: Locale): string {
  const text = value.toDecimalPlaces(2).toString();
  return locale === "fr" ? text.replace(".", ",") : text;
}
