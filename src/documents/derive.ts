// derive(loaded): the one place where a loaded terms file, quote, invoice or refund statement becomes
// amounts, dates and mentions. Cached per loaded document (and options), so the linter's rules, the
// renderer and `compute` read the same object and a printed figure cannot differ from a checked one.
import { todayIso, type IsoDate } from "../legal/dates.js";
import { sirenOf } from "../legal/identifiers.js";
import { governingLaw, type Law } from "../legal/law.js";
import type { Invoice, LoadedCreditNote, LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms, Seller } from "../model/documents.js";
import type { Client } from "../model/generated/invoice.js";
import { computeRefund, computeTotals, formatDate, sum } from "../money/index.js";
import { attempt, currencyOfTerms, documentCurrency, invoiceAmounts, quoteAmounts, valueOf, type InvoiceAmounts } from "./amounts.js";
import type { InvoiceMentionId } from "./invoice-mentions.js";
import { chosenBankAccount, paymentTermText, transferRequest } from "./payment.js";
import { penaltyRateText, recoveryIndemnityText } from "./mention-facts.js";
import { applicableMentions, mentionContext, mentionsToPrint } from "./mention-use.js";
import type { DerivedCreditNote, DerivedDocument, RefundAccount, DerivedInvoice, DerivedQuote, DerivedRefund, DerivedTerms, DeriveOptions, LatePaymentTerms, Party } from "./types.js";

export type DerivableDocument = LoadedTerms | LoadedInvoice | LoadedQuote | LoadedRefund | LoadedCreditNote;

type DerivedOf<T extends DerivableDocument> = T extends LoadedTerms
  ? DerivedTerms
  : T extends LoadedInvoice
    ? DerivedInvoice
    : T extends LoadedQuote
      ? DerivedQuote
      : T extends LoadedRefund
        ? DerivedRefund
        : DerivedCreditNote;

interface Settings {
  asOf: IsoDate;
  endOfMonthReading: NonNullable<DeriveOptions["endOfMonthReading"]>;
}

const cache = new WeakMap<DerivableDocument, Map<string, DerivedDocument>>();

/** The derived document of a loaded one; the same object for the same document and options. */
export function derive<T extends DerivableDocument>(loaded: T, options: DeriveOptions = {}): DerivedOf<T> {
  const settings: Settings = { asOf: options.asOf ?? todayIso(), endOfMonthReading: options.endOfMonthReading ?? "days-then-eom" };
  const key = `${settings.asOf}|${settings.endOfMonthReading}`;
  let byOptions = cache.get(loaded);
  if (!byOptions) cache.set(loaded, (byOptions = new Map()));
  let derived = byOptions.get(key);
  if (!derived) byOptions.set(key, (derived = Object.freeze(build(loaded, settings))));
  return derived as DerivedOf<T>;
}

function build(loaded: DerivableDocument, settings: Settings): DerivedDocument {
  switch (loaded.kind) {
    case "terms":
      return deriveTerms(loaded, settings);
    case "invoice":
      return deriveInvoice(loaded, settings);
    case "quote":
      return deriveQuote(loaded, settings);
    case "refund":
      return deriveRefund(loaded, settings);
    case "credit-note":
      return deriveCreditNote(loaded, settings);
  }
}

/** The law of a seller's terms: the governing law chosen, else the seller's country. */
function lawOf(terms: LoadedTerms): Law {
  return governingLaw(terms.data.governingLaw, terms.seller.data.country);
}

function party<T extends { siren?: string; siret?: string }>(data: T, vatNumber: string | undefined): Party<T> {
  return { data, siren: sirenOf(data.siren, data.siret), vatNumber };
}

const sellerOf = (terms: LoadedTerms): Party<Seller> => party(terms.seller.data, terms.seller.data.vat.number);
const clientOf = (client: Client): Party<Client> => party(client, client.vatNumber);

function deriveTerms(terms: LoadedTerms, { asOf }: Settings): DerivedTerms {
  return { kind: "terms", loaded: terms, asOf, law: lawOf(terms), currency: currencyOfTerms(terms.data), seller: sellerOf(terms), references: { related: terms.related } };
}

function latePaymentOf(terms: LoadedTerms, currency: string): LatePaymentTerms {
  const { penalty, recoveryIndemnity: indemnity } = terms.data.latePayment ?? {};
  return {
    penalty,
    penaltyText: penalty && penaltyRateText(penalty),
    indemnity,
    indemnityText: indemnity && recoveryIndemnityText(indemnity, currency),
  };
}

function deriveInvoice(invoice: LoadedInvoice, settings: Settings): DerivedInvoice {
  const terms = invoice.terms;
  const law = lawOf(terms);
  const amounts = invoiceAmounts(invoice.data, terms.data, { endOfMonthReading: settings.endOfMonthReading });
  const context = mentionContext({ invoice: invoice.data, seller: terms.seller.data, terms: terms.data, law }, amounts);
  const bankAccount = attempt(() => chosenBankAccount(invoice.data, terms.seller.data, terms.data.payment));
  return {
    kind: "invoice",
    loaded: invoice,
    asOf: settings.asOf,
    law,
    currency: amounts.currency,
    seller: sellerOf(terms),
    client: clientOf(invoice.data.client),
    totals: amounts.totals,
    dueDateComputed: amounts.dueDateComputed,
    dueDate: amounts.dueDate,
    payment: terms.data.payment,
    paymentTermText: paymentTermText(terms.data.payment) ?? undefined,
    bankAccount,
    transfer: attempt(() =>
      transferRequest({
        account: valueOf(bankAccount),
        seller: terms.seller.data,
        number: invoice.data.number,
        referenceKind: invoice.data.paymentReference,
        amount: valueOf(amounts.totals).amountDue,
        currency: amounts.currency,
        dueDate: amounts.dueDate,
      }),
    ),
    latePayment: latePaymentOf(terms, amounts.currency),
    mentions: { context, applicable: applicableMentions(context), printed: mentionsToPrint(context) },
    references: { terms },
  };
}

function deriveQuote(quote: LoadedQuote, { asOf }: Settings): DerivedQuote {
  const terms = quote.terms;
  const currency = documentCurrency(quote.data, terms.data);
  const amounts = attempt(() => quoteAmounts(quote.data, terms.data, currency));
  return {
    kind: "quote",
    loaded: quote,
    asOf,
    law: lawOf(terms),
    currency,
    seller: sellerOf(terms),
    client: clientOf(quote.data.client),
    amounts,
    payment: terms.data.payment,
    // A quote names no account: the deposit goes to the seller's first, when the terms accept transfers.
    transfer: attempt(() => {
      const deposit = valueOf(amounts).deposit;
      const account = chosenBankAccount({}, terms.seller.data, terms.data.payment);
      return deposit && transferRequest({ account, seller: terms.seller.data, number: quote.data.number, referenceKind: undefined, amount: deposit.amount, currency, dueDate: undefined });
    }),
    references: { terms },
  };
}

function deriveRefund(refund: LoadedRefund, settings: Settings): DerivedRefund {
  const terms = refund.terms;
  const invoice = derive(refund.invoice, settings);
  const policy = terms.data.refundPolicies?.find((p) => p.id === refund.data.policy);
  const statement = attempt(() => {
    // The loader refuses a refund whose policy does not exist, so this is a programming error.
    if (!policy) throw new Error(`policy ${refund.data.policy} not found`);
    return computeRefund(policy, refund.data.facts, {
      total: valueOf(invoice.totals).totalGross,
      paidOn: refund.data.facts.paidOn ?? refund.invoice.data.payments?.at(-1)?.date,
      refundDate: refund.data.issueDate,
      clientType: refund.invoice.data.client.type === "consumer" ? "consumer" : "business",
      currency: invoice.currency,
    });
  });
  const creditNotes = refund.creditNotes.map((n) => derive(n, settings));
  const feeInvoices = refund.feeInvoices.map((i) => derive(i, settings));
  // The account adds up documents already derived: every amount is their TTC, never recomputed.
  const account =
    creditNotes.length || feeInvoices.length
      ? attempt((): RefundAccount => {
          const invoiced = valueOf(invoice.totals).totalGross;
          const credited = sum(creditNotes.map((n) => valueOf(n.totals).totalGross));
          const fees = sum(feeInvoices.map((i) => valueOf(i.totals).totalGross));
          const { paid, interest } = valueOf(statement);
          return { invoiced, credited, fees, paid, interest, balance: invoiced.minus(credited).plus(fees).minus(paid).minus(interest) };
        })
      : undefined;
  return {
    kind: "refund",
    loaded: refund,
    asOf: settings.asOf,
    law: lawOf(terms),
    currency: invoice.currency,
    seller: sellerOf(terms),
    client: invoice.client,
    invoice,
    policy,
    statement,
    creditNotes,
    feeInvoices,
    account,
    references: { terms, invoice: refund.invoice },
  };
}

/** Mentions about paying the document: a credit note is not paid by the client. */
const PAYMENT_MENTIONS: ReadonlySet<InvoiceMentionId> = new Set(["due-date", "early-payment-discount", "late-penalty-rate", "recovery-indemnity"]);

/**
 * An avoir is an invoice in law (CGI ann. II art. 242 nonies A; CGI art. 289 I-5): the invoice's
 * mentions are worked out on the credit note written as invoice data (its own number and date, the
 * credited lines; client, category and prices basis of the corrected invoice), with the very same
 * totals function, then its title is the credit note's.
 */
function deriveCreditNote(note: LoadedCreditNote, settings: Settings): DerivedCreditNote {
  const terms = note.terms;
  const invoice = derive(note.invoice, settings);
  const corrected = note.invoice.data;
  const whole = note.data.cancels === "whole";
  // The loader has checked that exactly one of cancels and lines is given.
  const lines: Invoice["lines"] = whole || !note.data.lines ? corrected.lines : note.data.lines;
  const allowancesCharges = whole ? corrected.allowancesCharges : undefined;
  const { payments: _payments, dueDate: _dueDate, quote: _quote, notes: _notes, series: _series, allowancesCharges: _ac, ...kept } = corrected;
  const asInvoice: Invoice = {
    ...kept,
    number: note.data.number,
    issueDate: note.data.issueDate,
    lines,
    ...(allowancesCharges && { allowancesCharges }),
    ...(note.data.series !== undefined && { series: note.data.series }),
  };
  const currency = invoice.currency;
  const { pricesInclude } = corrected;
  const amounts: InvoiceAmounts = {
    currency,
    totals: attempt(() => computeTotals({ lines, allowancesCharges, pricesInclude }, { currency })),
    dueDateComputed: { value: undefined },
    dueDate: undefined,
  };
  const law = lawOf(terms);
  const context = mentionContext({ invoice: asInvoice, seller: terms.seller.data, terms: terms.data, law }, amounts);
  const title = `Avoir n° ${note.data.number}`;
  const printed = new Map([...mentionsToPrint(context)].filter(([id]) => !PAYMENT_MENTIONS.has(id)).map(([id, texts]) => [id, id === "invoice-number" ? [title] : texts]));
  return {
    kind: "credit-note",
    typeCode: "381",
    loaded: note,
    asOf: settings.asOf,
    law,
    currency,
    seller: sellerOf(terms),
    client: invoice.client,
    lines,
    totals: amounts.totals,
    corrects: { number: corrected.number, issueDate: corrected.issueDate, text: `Facture rectifiée : n° ${corrected.number} du ${formatDate(corrected.issueDate)}` },
    scope: whole ? "whole" : "lines",
    reason: note.data.reason,
    invoice,
    dueDate: undefined,
    payment: terms.data.payment,
    latePayment: latePaymentOf(terms, currency),
    mentions: { context, applicable: applicableMentions(context).filter((m) => !PAYMENT_MENTIONS.has(m.id)), printed },
    references: { terms, invoice: note.invoice },
  };
}
