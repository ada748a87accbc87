// The amounts and dates of a document's data, worked out in one place: its currency, the EN 16931
// totals, the due date. derive() calls these once per loaded document; the mention list's context
// for plain data (mentionContext) calls the very same functions.
import type { Invoice, Quote, Terms } from "../model/documents.js";
import { addDays, addMonths, type IsoDate } from "../legal/dates.js";
import { computeDueDate, computeTotals, currencyOr, deposit, schedule, type Decimal, type DueDateOptions, type Explained, type Totals } from "../money/index.js";

/** A computation that may be refused by the data: its value, or the error that says why. */
export type Outcome<T> = { readonly value: T; readonly error?: undefined } | { readonly value?: undefined; readonly error: unknown };

export function attempt<T>(compute: () => T): Outcome<T> {
  try {
    return { value: compute() };
  } catch (error) {
    return { error };
  }
}

/** The value, or the error the computation raised (for callers that stop on it: compute, render). */
export function valueOf<T>(outcome: Outcome<T>): T {
  if (outcome.error !== undefined) throw outcome.error;
  return outcome.value as T;
}

/** The currency of a terms file's prices, else the default. */
export function currencyOfTerms(terms: Terms): string {
  return currencyOr(terms.prices?.currency);
}

/** A document's currency: its own, else its terms' price list's, else the default. */
export function documentCurrency(doc: { currency?: string }, terms: Terms): string {
  return doc.currency ?? currencyOfTerms(terms);
}

export interface InvoiceAmounts {
  currency: string;
  /** Lines with their nets, the VAT breakdown, the totals, what was paid and what is due. */
  totals: Outcome<Explained<Totals>>;
  /** The due date the terms give (no stated date taken into account). */
  dueDateComputed: Outcome<Explained<{ dueDate: IsoDate }> | undefined>;
  /** The stated due date, else the computed one; undefined when neither says (or it cannot be computed). */
  dueDate: IsoDate | undefined;
}

export function invoiceAmounts(invoice: Invoice, terms: Terms, options: DueDateOptions = {}): InvoiceAmounts {
  const currency = documentCurrency(invoice, terms);
  const { lines, allowancesCharges, payments, pricesInclude } = invoice;
  const totals = attempt(() => computeTotals({ lines, allowancesCharges, payments, pricesInclude }, { currency }));
  const payment = terms.payment;
  const dueDateComputed = attempt(() => (payment ? computeDueDate(invoice.issueDate, payment, options) : undefined));
  return { currency, totals, dueDateComputed, dueDate: invoice.dueDate ?? dueDateComputed.value?.dueDate };
}

export interface QuoteAmounts {
  totals: Explained<Totals>;
  validUntil?: IsoDate;
  deposit?: Explained<{ amount: Decimal }>;
  schedule?: Explained<{ parts: { label: string; percent: Decimal; amount: Decimal }[] }>;
}

/** Validity: the quote's own date, else the terms' quote validity counted from the issue date. */
function quoteValidUntil(quote: Quote, terms: Terms): IsoDate | undefined {
  if (quote.validUntil) return quote.validUntil;
  const v = terms.quoteValidity;
  if (v?.months) return addMonths(quote.issueDate, v.months);
  if (v?.days) return addDays(quote.issueDate, v.days);
  return undefined;
}

export function quoteAmounts(quote: Quote, terms: Terms, currency: string): QuoteAmounts {
  const { lines, allowancesCharges, pricesInclude } = quote;
  const totals = computeTotals({ lines, allowancesCharges, pricesInclude }, { currency });
  const percent = quote.depositPercent;
  return {
    totals,
    validUntil: quoteValidUntil(quote, terms),
    deposit: percent !== undefined ? deposit(totals.totalGross, percent, terms.deposit?.maxPercent, currency) : undefined,
    schedule: quote.useTermsSchedule && terms.payment?.schedule?.length ? schedule(totals.totalGross, terms.payment.schedule, currency) : undefined,
  };
}
