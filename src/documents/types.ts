// The derived document: what a terms file, quote, invoice or refund statement says once its amounts,
// dates and mentions are worked out. Lint rules, `compute`, the renderer and the e-invoice writer
// read this, never the raw computations.
import type { IsoDate } from "../legal/dates.js";
import type { Law } from "../legal/law.js";
import type { LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms, Seller } from "../model/documents.js";
import type { Client } from "../model/generated/invoice.js";
import type { LatePaymentPenaltyRate, PaymentConditions, RecoveryIndemnity, RefundOrCancellationPolicy } from "../model/generated/terms.js";
import type { Explained, RefundResult, Totals } from "../money/index.js";
import type { Outcome, QuoteAmounts } from "./amounts.js";
import type { SellerBankAccount } from "./payment.js";
import type { InvoiceMention, InvoiceMentionContext, InvoiceMentionId } from "./invoice-mentions.js";

export interface DeriveOptions {
  /** The date whose law applies (lint's --as-of); default today. */
  asOf?: IsoDate;
  /** How « N jours fin de mois » is read (compute due-date --end-of-month); default days-then-eom. */
  endOfMonthReading?: "days-then-eom" | "eom-then-days";
}

/** A party with its identifiers as documents print them. */
export interface Party<T> {
  readonly data: T;
  /** The SIREN, grouped « 732 829 320 », from the SIREN or the SIRET; undefined when neither is usable. */
  readonly siren: string | undefined;
  readonly vatNumber: string | undefined;
}

export interface LatePaymentTerms {
  readonly penalty: LatePaymentPenaltyRate | undefined;
  /** « 3 fois le taux d'intérêt légal », as printed. */
  readonly penaltyText: string | undefined;
  readonly indemnity: RecoveryIndemnity | undefined;
  /** « 40,00 € », « 10 % du solde restant dû, minimum 40,00 € », as printed. */
  readonly indemnityText: string | undefined;
}

interface DerivedBase<K extends string, L> {
  readonly kind: K;
  readonly loaded: L;
  readonly asOf: IsoDate;
  readonly law: Law;
  readonly currency: string;
  readonly seller: Party<Seller>;
}

export interface DerivedTerms extends DerivedBase<"terms", LoadedTerms> {
  readonly references: { readonly related: readonly LoadedTerms[] };
}

export interface DerivedInvoice extends DerivedBase<"invoice", LoadedInvoice> {
  readonly client: Party<Client>;
  /** EN 16931 totals: lines with their nets, VAT breakdown, totals, paid and due. */
  readonly totals: Outcome<Explained<Totals>>;
  /** The due date the terms give; undefined inside when they set no payment term. */
  readonly dueDateComputed: Outcome<Explained<{ dueDate: IsoDate }> | undefined>;
  /** The stated due date, else the computed one. */
  readonly dueDate: IsoDate | undefined;
  readonly payment: PaymentConditions | undefined;
  /** The payment term in words (« à 30 jours à compter de la date de facture »); undefined without terms' payment conditions. */
  readonly paymentTermText: string | undefined;
  /** The seller's account the client transfers to (the invoice's bankAccount, else the first; none when the terms refuse transfers); an error when the id is unknown. */
  readonly bankAccount: Outcome<SellerBankAccount | undefined>;
  readonly latePayment: LatePaymentTerms;
  /** What the mandatory mentions read, those that apply (with their legal basis), and what is printed. */
  readonly mentions: {
    readonly context: InvoiceMentionContext;
    readonly applicable: readonly InvoiceMention[];
    readonly printed: ReadonlyMap<InvoiceMentionId, string[]>;
  };
  readonly references: { readonly terms: LoadedTerms };
}

export interface DerivedQuote extends DerivedBase<"quote", LoadedQuote> {
  readonly client: Party<Client>;
  /** Totals, validity, deposit and schedule, or why they cannot be computed. */
  readonly amounts: Outcome<QuoteAmounts>;
  readonly payment: PaymentConditions | undefined;
  readonly references: { readonly terms: LoadedTerms };
}

export interface DerivedRefund extends DerivedBase<"refund", LoadedRefund> {
  readonly client: Party<Client>;
  /** The refunded invoice, derived. */
  readonly invoice: DerivedInvoice;
  readonly policy: RefundOrCancellationPolicy | undefined;
  /** What the policy gives, step by step. */
  readonly statement: Outcome<Explained<RefundResult>>;
  readonly references: { readonly terms: LoadedTerms; readonly invoice: LoadedInvoice };
}

export type DerivedDocument = DerivedTerms | DerivedInvoice | DerivedQuote | DerivedRefund;
