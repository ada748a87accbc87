import type { Terms } from "./generated/terms.js";
import type { Seller } from "./generated/seller.js";
import type { Invoice } from "./generated/invoice.js";
import type { Quote } from "./generated/quote.js";
import type { RefundStatement } from "./generated/refund.js";
import type { CreditNote } from "./generated/credit-note.js";
import type { ClausierConfiguration } from "./generated/clausier.config.js";
import type { ClausierSuppressions } from "./generated/suppressions.js";
import type { FilePolicy } from "./file-policy.js";
import type { JsonPath } from "./positions.js";
import type { SourceFile } from "./source-file.js";

export type { Terms, Seller, Invoice, Quote, RefundStatement, CreditNote, ClausierConfiguration, ClausierSuppressions };

/** A value together with where it was written: a file and a path inside it. */
export interface Located<T> {
  data: T;
  source: SourceFile;
  at: JsonPath;
}

interface Base<K extends string, T> {
  kind: K;
  /** Path as shown to users (relative to the working directory). */
  path: string;
  absPath: string;
  source: SourceFile;
  data: T;
  /** The policy the document was read under: files it names (a logo) are read under it too. */
  files: FilePolicy;
}

export interface LoadedSeller extends Base<"seller", Seller> {}

export interface LoadedTerms extends Base<"terms", Terms> {
  seller: Located<Seller>;
  /** Other documents of the same contract (the Luxogés CGT and its CGU). */
  related: LoadedTerms[];
}

export interface LoadedInvoice extends Base<"invoice", Invoice> {
  terms: LoadedTerms;
}

export interface LoadedQuote extends Base<"quote", Quote> {
  terms: LoadedTerms;
}

export interface LoadedRefund extends Base<"refund", RefundStatement> {
  terms: LoadedTerms;
  invoice: LoadedInvoice;
  /** The credit notes and fee invoices the statement accounts for (creditNotes, feeInvoices). */
  creditNotes: LoadedCreditNote[];
  feeInvoices: LoadedInvoice[];
}

/** An avoir: the invoice it corrects gives its client, currency and VAT treatment. */
export interface LoadedCreditNote extends Base<"credit-note", CreditNote> {
  terms: LoadedTerms;
  invoice: LoadedInvoice;
}

export interface LoadedConfig extends Base<"config", ClausierConfiguration> {}

export interface LoadedSuppressions extends Base<"suppressions", ClausierSuppressions> {}

export type LoadedDocument = LoadedSeller | LoadedTerms | LoadedInvoice | LoadedQuote | LoadedRefund | LoadedCreditNote | LoadedConfig | LoadedSuppressions;

export const TERMS_KINDS = ["cgv", "cgu", "cgt", "cg"] as const;
export const DOCUMENT_KINDS = [...TERMS_KINDS, "seller", "invoice", "quote", "refund", "credit-note"] as const;
