// derive(loaded): the one place where a loaded terms file, quote, invoice or refund statement becomes
// amounts, dates and mentions. Cached per loaded document (and options), so the linter's rules, the
// renderer and `compute` read the same object and a printed figure cannot differ from a checked one.
import { todayIso, type IsoDate } from "../legal/dates.js";
import { sirenOf } from "../legal/identifiers.js";
import { governingLaw, type Law } from "../legal/law.js";
import type { LoadedInvoice, LoadedQuote, LoadedRefund, LoadedTerms, Seller } from "../model/documents.js";
import type { Client } from "../model/generated/invoice.js";
import { computeRefund } from "../money/index.js";
import { attempt, currencyOfTerms, documentCurrency, invoiceAmounts, quoteAmounts, valueOf } from "./amounts.js";
import { chosenBankAccount, paymentTermText } from "./payment.js";
import { penaltyRateText, recoveryIndemnityText } from "./mention-facts.js";
import { applicableMentions, mentionContext, mentionsToPrint } from "./mention-use.js";
import type { DerivedDocument, DerivedInvoice, DerivedQuote, DerivedRefund, DerivedTerms, DeriveOptions, LatePaymentTerms, Party } from "./types.js";

export type DerivableDocument = LoadedTerms | LoadedInvoice | LoadedQuote | LoadedRefund;

type DerivedOf<T extends DerivableDocument> = T extends LoadedTerms
  ? DerivedTerms
  : T extends LoadedInvoice
    ? DerivedInvoice
    : T extends LoadedQuote
      ? DerivedQuote
      : DerivedRefund;

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
    bankAccount: attempt(() => chosenBankAccount(invoice.data, terms.seller.data, terms.data.payment)),
    latePayment: latePaymentOf(terms, amounts.currency),
    mentions: { context, applicable: applicableMentions(context), printed: mentionsToPrint(context) },
    references: { terms },
  };
}

function deriveQuote(quote: LoadedQuote, { asOf }: Settings): DerivedQuote {
  const terms = quote.terms;
  const currency = documentCurrency(quote.data, terms.data);
  return {
    kind: "quote",
    loaded: quote,
    asOf,
    law: lawOf(terms),
    currency,
    seller: sellerOf(terms),
    client: clientOf(quote.data.client),
    amounts: attempt(() => quoteAmounts(quote.data, terms.data, currency)),
    payment: terms.data.payment,
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
    references: { terms, invoice: refund.invoice },
  };
}
