// The derived document: what a terms file, quote, invoice, credit note or refund statement says once its amounts,
// dates and mentions are worked out. Lint rules, `compute`, the renderer and the e-invoice writer
// read this, never the raw computations.
import type { IsoDate } from "../legal/dates.js";
import type { Law } from "../legal/law.js";
import type { LoadedCreditNote, LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms, Seller } from "../model/documents.js";
import type { Client, DocumentLine } from "../model/generated/invoice.js";
import type { LatePaymentPenaltyRate, PaymentConditions, RecoveryIndemnity, RefundOrCancellationPolicy } from "../model/generated/terms.js";
import type { Decimal, Explained, RefundResult, Totals } from "../money/index.js";
import type { Outcome, QuoteAmounts } from "./amounts.js";
import type { SellerBankAccount, TransferRequest } from "./payment.js";
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
  /** The balance to transfer to that account, with its reference and QR payload; undefined without an account. */
  readonly transfer: Outcome<TransferRequest | undefined>;
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
  /** The deposit to transfer to the seller's first account, with its reference; undefined without a deposit or an account. */
  readonly transfer: Outcome<TransferRequest | undefined>;
  readonly references: { readonly terms: LoadedTerms };
}

export interface DerivedRefund extends DerivedBase<"refund", LoadedRefund> {
  readonly client: Party<Client>;
  /** The refunded invoice, derived. */
  readonly invoice: DerivedInvoice;
  readonly policy: RefundOrCancellationPolicy | undefined;
  /** What the policy gives, step by step. */
  readonly statement: Outcome<Explained<RefundResult>>;
  /** The credit notes of the invoice and the fee invoices the statement lists, derived. */
  readonly creditNotes: readonly DerivedCreditNote[];
  readonly feeInvoices: readonly DerivedInvoice[];
  /**
   * The client's account across those documents (TTC): invoiced, credited, fees invoiced, paid, the
   * legal interest the policy adds, and the balance (positive: still due by the client; negative: owed back to the client). Undefined
   * when the statement lists no credit note and no fee invoice.
   */
  readonly account: Outcome<RefundAccount> | undefined;
  readonly references: { readonly terms: LoadedTerms; readonly invoice: LoadedInvoice };
}

export interface RefundAccount {
  readonly invoiced: Decimal;
  readonly credited: Decimal;
  readonly fees: Decimal;
  readonly paid: Decimal;
  /** Legal interest owed to the client on top of the refund (no document carries it). */
  readonly interest: Decimal;
  readonly balance: Decimal;
}

/**
 * An avoir (EN 16931 type code 381), shaped like DerivedInvoice (same names for seller, client,
 * currency, totals and mentions) so that whatever reads an invoice reads a credit note. Amounts are
 * positive: they are what is credited.
 */
export interface DerivedCreditNote extends DerivedBase<"credit-note", LoadedCreditNote> {
  readonly typeCode: "381";
  readonly client: Party<Client>;
  /** The credited lines: every line of the invoice (cancels: whole) or the credit note's own. */
  readonly lines: readonly DocumentLine[];
  /** The same EN 16931 totals as an invoice's, of the credited lines; nothing paid, the TTC is due back. */
  readonly totals: Outcome<Explained<Totals>>;
  /** The invoice corrected (BT-25, BT-26), and its reference as printed. */
  readonly corrects: { readonly number: string; readonly issueDate: IsoDate; readonly text: string };
  readonly scope: "whole" | "lines";
  readonly reason: string;
  /** The corrected invoice, derived. */
  readonly invoice: DerivedInvoice;
  /** No due date: a credit note is not paid by the client. */
  readonly dueDate: undefined;
  readonly payment: PaymentConditions | undefined;
  readonly latePayment: LatePaymentTerms;
  /**
   * The invoice's mentions, for the credit note: `context.invoice` is the credit note as invoice
   * data (its number, date and credited lines; client, category and prices basis of the invoice).
   * Payment mentions (due date, penalties, indemnity, discount) do not apply: nothing is payable.
   */
  readonly mentions: {
    readonly context: InvoiceMentionContext;
    readonly applicable: readonly InvoiceMention[];
    readonly printed: ReadonlyMap<InvoiceMentionId, string[]>;
  };
  readonly references: { readonly terms: LoadedTerms; readonly invoice: LoadedInvoice };
}

export type DerivedDocument = DerivedTerms | DerivedInvoice | DerivedQuote | DerivedRefund | DerivedCreditNote;
