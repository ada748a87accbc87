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
  return doc.locateFact(factPath);
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

/** A rate or amount for a message: at most two decimals, French decimal comma in French. */
export function shown(value: Decimal, locale: Locale): string {
  const text = value.toDecimalPlaces(2).toString();
  return locale === "fr" ? text.replace(".", ",") : text;
}
