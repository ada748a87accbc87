// Computations for loaded documents: the one place where an invoice, quote or refund statement
// becomes amounts. The CLI (`clausier compute`), the linter's document rules and the generator all
// call these, so a printed figure, a checked figure and a computed figure cannot differ.
import type { LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms } from "../model/documents.js";
import { addMonths, addDays, type IsoDate } from "../legal/dates.js";
import { governingLaw, type Law } from "../legal/law.js";
import { computeDueDate, type DueDateOptions } from "./due-date.js";
import { computeTotals, type Totals } from "./totals.js";
import { deposit, schedule } from "./deposits.js";
import { computeRefund, type RefundResult } from "./refunds.js";
import type { Explained } from "./explain.js";
import type { Decimal } from "./decimal.js";

export type { Law };

/** The law of a seller's terms: the governing law chosen, else the seller's country; FR by default. */
export function lawOfTerms(terms: LoadedTerms): Law {
  return governingLaw(terms.data.governingLaw, terms.seller.data.country);
}

export function currencyOf(doc: { data: { currency?: string } }, terms: LoadedTerms): string {
  return doc.data.currency ?? terms.data.prices?.currency ?? "EUR";
}

export interface InvoiceComputation {
  currency: string;
  totals: Explained<Totals>;
  /** The due date stated on the invoice, else computed from the terms. */
  dueDate?: IsoDate;
  dueDateComputed?: Explained<{ dueDate: IsoDate }>;
}

export function computeInvoice(invoice: LoadedInvoice, options: DueDateOptions = {}): InvoiceComputation {
  const currency = currencyOf(invoice, invoice.terms);
  const { lines, allowancesCharges, payments, pricesInclude } = invoice.data;
  const totals = computeTotals({ lines, allowancesCharges, payments, pricesInclude }, { currency });
  const payment = invoice.terms.data.payment;
  const dueDateComputed = payment ? computeDueDate(invoice.data.issueDate, payment, options) : undefined;
  return { currency, totals, dueDate: invoice.data.dueDate ?? dueDateComputed?.dueDate, dueDateComputed };
}

export interface QuoteComputation {
  currency: string;
  totals: Explained<Totals>;
  validUntil?: IsoDate;
  deposit?: Explained<{ amount: Decimal }>;
  schedule?: Explained<{ parts: { label: string; percent: Decimal; amount: Decimal }[] }>;
}

/** Validity: the quote's own date, else the terms' quote validity counted from the issue date. */
export function quoteValidUntil(quote: LoadedQuote): IsoDate | undefined {
  if (quote.data.validUntil) return quote.data.validUntil;
  const v = quote.terms.data.quoteValidity;
  if (v?.months) return addMonths(quote.data.issueDate, v.months);
  if (v?.days) return addDays(quote.data.issueDate, v.days);
  return undefined;
}

export function computeQuote(quote: LoadedQuote): QuoteComputation {
  const currency = currencyOf(quote, quote.terms);
  const { lines, allowancesCharges, pricesInclude } = quote.data;
  const totals = computeTotals({ lines, allowancesCharges, pricesInclude }, { currency });
  const terms = quote.terms.data;
  const percent = quote.data.depositPercent;
  return {
    currency,
    totals,
    validUntil: quoteValidUntil(quote),
    deposit: percent !== undefined ? deposit(totals.totalGross, percent, terms.deposit?.maxPercent, currency) : undefined,
    schedule: quote.data.useTermsSchedule && terms.payment?.schedule?.length ? schedule(totals.totalGross, terms.payment.schedule, currency) : undefined,
  };
}

export function computeRefundStatement(refund: LoadedRefund): Explained<RefundResult> & { currency: string } {
  const policy = refund.terms.data.refundPolicies?.find((p) => p.id === refund.data.policy);
  // The loader refuses a refund whose policy does not exist, so this is a programming error.
  if (!policy) throw new Error(`policy ${refund.data.policy} not found`);
  const invoice = computeInvoice(refund.invoice);
  const currency = invoice.currency;
  const paidOn = refund.data.facts.paidOn ?? refund.invoice.data.payments?.at(-1)?.date;
  const result = computeRefund(policy, refund.data.facts, {
    total: invoice.totals.totalGross,
    paidOn,
    refundDate: refund.data.issueDate,
    clientType: refund.invoice.data.client.type === "consumer" ? "consumer" : "business",
    currency,
  });
  return { ...result, currency };
}
