// The EN 16931 semantic invoice (the model behind CII, UBL and Factur-X), built ONLY from the derived
// document: every amount, date, party and printed wording comes from derive(); nothing is computed
// here but the mapping to business terms (BT) and groups (BG). The syntax writers (cii.ts, ubl.ts)
// read this object and nothing else.
import { valueOf, type DerivedCreditNote, type DerivedInvoice, type InvoiceMentionId, type SellerBankAccount } from "../documents/index.js";
import type { IsoDate } from "../legal/dates.js";
import { checkIban } from "../legal/identifiers.js";
import type { Invoice, PostalAddress } from "../model/generated/invoice.js";
import { ZERO } from "../money/decimal.js";
import { type Decimal, D, toDecimal, type VatCategoryCode, type VatBreakdownEntry } from "../money/index.js";
import { EinvoiceError } from "./messages.js";
import { unitCodeOf } from "./units.js";

/** BT-3: 380 commercial invoice, 381 credit note (the credit-note document plugs in with its own type). */
export type InvoiceTypeCode = "380" | "381" | "384" | "386" | "389";

/** BG-3: an invoice this document corrects or cancels (BT-25 number, BT-26 date). */
export interface PrecedingInvoice {
  number: string;
  issueDate?: IsoDate;
}

/** What the document is, beyond its derived amounts: an invoice (380) by default. */
export interface DocumentNature {
  typeCode: InvoiceTypeCode;
  precedingInvoices: readonly PrecedingInvoice[];
}

export const COMMERCIAL_INVOICE: DocumentNature = { typeCode: "380", precedingInvoices: [] };

/** The documents that are invoices in law, hence e-invoices: invoices and credit notes (avoirs). */
export type InvoiceLikeDocument = DerivedInvoice | DerivedCreditNote;

/** An invoice is a 380; a credit note a 381 that refers to the invoice it corrects (BG-3, BR-FR-CO-05). */
export function natureOf(derived: InvoiceLikeDocument): DocumentNature {
  if (derived.kind === "invoice") return COMMERCIAL_INVOICE;
  return { typeCode: derived.typeCode, precedingInvoices: [{ number: derived.corrects.number, issueDate: derived.corrects.issueDate }] };
}

/** BG-1: a note, with the subject code (UNTDID 4451) the French rules ask for (BR-FR-05: PMT, PMD, AAB); ACD: a credit note's reason. */
export interface Note {
  subject?: "PMT" | "PMD" | "AAB" | "AAI" | "REG" | "TXD" | "ACD";
  text: string;
}

/** BG-5, BG-8, BG-15: a postal address. */
export interface Address {
  lines: string[];
  postalCode?: string;
  city?: string;
  /** BT-40, BT-55, BT-80 */
  countryCode: string;
}

export interface SchemedId {
  id: string;
  /** ISO 6523 ICD (0002 SIREN, 0009 SIRET) or EAS code (0225 French directory, EM e-mail). */
  scheme?: string;
}

/** BG-4 seller, BG-7 buyer. */
export interface Party {
  /** BT-27, BT-44 */
  name: string;
  /** BT-28, BT-45 */
  tradingName?: string;
  /** BT-29, BT-46: SIRET with scheme 0009 for a French establishment. */
  identifiers: SchemedId[];
  /** BT-30, BT-47: SIREN with scheme 0002. */
  legalRegistration?: SchemedId;
  /** BT-31, BT-48 */
  vatId?: string;
  /** BT-32: seller tax registration (FC), for a seller without VAT number whose supplies are exempt. */
  taxRegistration?: string;
  /** BT-34, BT-49 */
  electronicAddress?: SchemedId;
  address: Address;
  /** BG-6, BG-9: contact name and e-mail. */
  contact?: { name?: string; email?: string };
}

/** The VAT of a line, an allowance or a charge (BT-151/152, BT-95/96, BT-102/103), and of a breakdown group. */
export interface VatCategory {
  code: VatCategoryCode | "G";
  /** Percent; undefined for "O" (not subject to VAT), whose rate is never written. */
  rate: Decimal | undefined;
}

/** BG-23 */
export interface VatBreakdown extends VatCategory {
  /** BT-116 */
  base: Decimal;
  /** BT-117 */
  vat: Decimal;
  /** BT-120 */
  exemptionReason?: string;
  /** BT-121 (VATEX code list) */
  exemptionCode?: string;
}

/** BG-20 document allowance, BG-21 document charge. */
export interface AllowanceCharge {
  charge: boolean;
  /** BT-92, BT-99 */
  amount: Decimal;
  /** BT-97, BT-104 */
  reason: string;
  vat: VatCategory;
}

/** BG-25 */
export interface Line {
  /** BT-126 */
  id: string;
  /** BT-153 */
  name: string;
  /** BT-129 */
  quantity: Decimal;
  /** BT-130 (UN/ECE Recommendation 20) */
  unitCode: string;
  /** BT-146, net of the price discount, VAT excluded, never negative. */
  netPrice: Decimal;
  /** BT-148 and BT-147, when the line carries a discount percent. */
  grossPrice?: { amount: Decimal; discount: Decimal };
  /** BT-131 */
  net: Decimal;
  vat: VatCategory;
}

export interface PaymentInstructions {
  /** BT-81 (UNTDID 4461): 58 SEPA credit transfer, 30 credit transfer, 59 SEPA direct debit, 48 card, 20 cheque… */
  meansCode: string;
  /** BG-17: the seller's account (BT-84 IBAN, BT-85 holder, BT-86 BIC). */
  account?: { iban: string; holder: string; bic?: string };
  /** BT-83: what the client writes on the transfer: the invoice number. */
  remittanceInformation: string;
}

export interface En16931Invoice {
  /** BT-24 is the syntax's: the profile the writer is asked for. BT-23, the French billing framework. */
  businessProcess: string;
  /** BT-1 */
  number: string;
  /** BT-2 */
  issueDate: IsoDate;
  /** BT-3 */
  typeCode: InvoiceTypeCode;
  /** BT-5 */
  currency: string;
  /** BT-8: "5" (invoice date) when the seller opted for VAT on debits. */
  vatPointCode?: "5";
  /** BT-9 */
  dueDate?: IsoDate;
  /** BT-13 */
  orderReference?: string;
  /** BT-20 */
  paymentTerms?: string;
  notes: Note[];
  /** BG-3 */
  precedingInvoices: readonly PrecedingInvoice[];
  seller: Party;
  buyer: Party;
  /** BG-13: delivery address (BG-15) and actual delivery date (BT-72). */
  delivery?: { address?: Address; date?: IsoDate };
  /** BG-14 */
  period?: { from: IsoDate; to: IsoDate };
  /** BG-16 */
  payment?: PaymentInstructions;
  allowancesCharges: AllowanceCharge[];
  lines: Line[];
  vatBreakdown: VatBreakdown[];
  /** BG-22 */
  totals: {
    /** BT-106 */ lineTotal: Decimal;
    /** BT-107 */ allowanceTotal: Decimal;
    /** BT-108 */ chargeTotal: Decimal;
    /** BT-109 */ taxBasisTotal: Decimal;
    /** BT-110 */ taxTotal: Decimal;
    /** BT-112 */ grandTotal: Decimal;
    /** BT-113 */ paid: Decimal;
    /** BT-115 */ due: Decimal;
  };
}

/** The exemption reason codes (VATEX) of the categories that need one; E only for the franchise en base. */
const VATEX: Partial<Record<VatCategoryCode | "G", string>> = { AE: "VATEX-EU-AE", K: "VATEX-EU-IC", O: "VATEX-EU-O", G: "VATEX-EU-G" };
export const FRANCHISE_VATEX = "VATEX-FR-FRANCHISE";

/** The BG-23 entry a derived VAT group becomes. */
function breakdownOf(entry: VatBreakdownEntry, franchise: boolean): VatBreakdown {
  const exemptionCode = entry.code === "E" && franchise ? FRANCHISE_VATEX : VATEX[entry.code];
  // BR-AE-10: the reverse charge's reason is « Autoliquidation » (CGI ann. II 242 nonies A, I, 13°), as printed.
  const exemptionReason = entry.code === "AE" ? (entry.reason ? `Autoliquidation — ${entry.reason}` : "Autoliquidation") : entry.reason;
  return { ...categoryOf(entry), base: entry.base, vat: entry.vat, exemptionReason, exemptionCode };
}

function categoryOf(entry: Pick<VatBreakdownEntry, "code" | "rate">): VatCategory {
  return { code: entry.code, rate: entry.code === "O" ? undefined : entry.rate };
}

const digits = (s: string | undefined): string | undefined => s?.replace(/[\s.\u00a0\u202f-]/g, "") || undefined;

function addressOf(address: PostalAddress | undefined, fallbackCountry: string): Address {
  return {
    lines: address?.street ? address.street.split(/\n/).map((l) => l.trim()).filter(Boolean) : [],
    postalCode: address?.postalCode || undefined,
    city: address?.city || undefined,
    countryCode: address?.country ?? fallbackCountry,
  };
}

/** BT-34/BT-49: the French directory address (0225) of a party with a SIREN, else its e-mail (EM). */
function electronicAddressOf(siren: string | undefined, email: string | undefined): SchemedId | undefined {
  if (siren) return { id: siren, scheme: "0225" };
  if (email) return { id: email, scheme: "EM" };
  return undefined;
}

function sellerOf(derived: InvoiceLikeDocument, franchise: boolean): Party {
  const seller = derived.seller.data;
  const siren = digits(derived.seller.siren);
  const siret = digits(seller.siret);
  const vatId = digits(derived.seller.vatNumber);
  const french = seller.country === "FR";
  return {
    name: seller.legalName,
    tradingName: seller.tradeName,
    identifiers: french && siret && /^\d{14}$/.test(siret) ? [{ id: siret, scheme: "0009" }] : [],
    legalRegistration: french && siren ? { id: siren, scheme: "0002" } : seller.rcs?.number ? { id: seller.rcs.number } : undefined,
    vatId,
    // BR-E-02: exempt supplies need a seller tax identifier; a franchise seller has no VAT number, its SIREN identifies it.
    taxRegistration: !vatId && franchise && siren ? siren : undefined,
    electronicAddress: electronicAddressOf(french ? siren : undefined, seller.contact?.email),
    address: addressOf(seller.registeredOffice ?? seller.contact?.postalAddress, seller.country),
    contact: seller.contact?.email ? { email: seller.contact.email } : undefined,
  };
}

function buyerOf(derived: InvoiceLikeDocument): Party {
  const client = derived.client.data;
  const country = client.address.country ?? derived.seller.data.country;
  const siren = country === "FR" ? digits(derived.client.siren) : undefined;
  const siret = digits(client.siret);
  return {
    name: client.name,
    identifiers: siren && siret && /^\d{14}$/.test(siret) ? [{ id: siret, scheme: "0009" }] : [],
    legalRegistration: siren ? { id: siren, scheme: "0002" } : undefined,
    vatId: digits(client.vatNumber),
    electronicAddress: electronicAddressOf(siren, client.email),
    address: addressOf(client.address, country),
    contact: client.contactName || client.email ? { name: client.contactName, email: client.email } : undefined,
  };
}

/** BT-23, the French billing framework: B goods, S services, M both; 2 when already paid in full, else 1. */
function businessProcessOf(derived: InvoiceLikeDocument, paidInFull: boolean): string {
  const nature = { goods: "B", services: "S", mixed: "M" }[invoiceDataOf(derived).operationCategory];
  return `${nature}${paidInFull ? "2" : "1"}`;
}

/** The document as invoice data: an invoice's own, a credit note's as derive() wrote it (its number, date and credited lines). */
function invoiceDataOf(derived: InvoiceLikeDocument): Invoice {
  return derived.mentions.context.invoice;
}

/**
 * BG-1: the late-payment and discount wordings the PDF prints, with the subject codes of BR-FR-05.
 * BR-FR-05 asks them of every document, credit notes included, although an avoir is not paid and
 * does not print them: its notes recall those of the invoice it corrects (the same terms), never
 * worded twice. A credit note's reason is a note (ACD, « reason »): EN 16931 has no other place for
 * it; the invoice it corrects is BG-3.
 */
function notesOf(derived: InvoiceLikeDocument): Note[] {
  const paymentSource = derived.kind === "credit-note" ? derived.invoice : derived;
  const first = (from: InvoiceLikeDocument, id: InvoiceMentionId) => from.mentions.printed.get(id)?.join(" ");
  const notes: Note[] = [];
  const add = (subject: Note["subject"], text: string | undefined) => {
    if (text) notes.push({ subject, text });
  };
  add("PMT", first(paymentSource, "recovery-indemnity"));
  add("PMD", first(paymentSource, "late-penalty-rate"));
  add("AAB", first(paymentSource, "early-payment-discount"));
  add("TXD", first(derived, "vat-on-debits"));
  if (derived.kind === "credit-note") add("ACD", derived.reason.trim());
  const free = derived.loaded.data.notes?.trim();
  if (free) notes.push({ text: free });
  return notes;
}

/** BT-81: a SEPA transfer (58) to the chosen account, else the first way the terms accept that needs no account. */
function meansCodeOf(derived: DerivedInvoice, account: SellerBankAccount | undefined): string | undefined {
  const means = derived.payment?.means ?? [];
  // derive() chose the account only if the terms accept transfers.
  if (account) return derived.currency === "EUR" ? "58" : "30";
  // BR-CO-27: a transfer (30, 58) needs the account; without one, the transfer is not offered here.
  const codes = { "direct-debit": "59", card: "48", cheque: "20", paypal: "68", cash: "10", other: "1" } as const;
  const other = means.find((m): m is keyof typeof codes => m !== "transfer");
  return other && codes[other];
}

/**
 * BG-16, or undefined when the data names no way to pay (the PDF shows none either). A credit note
 * has none: the seller pays back or offsets, the client pays nothing to the seller's account.
 */
function paymentOf(derived: InvoiceLikeDocument): PaymentInstructions | undefined {
  if (derived.kind === "credit-note") return undefined;
  const account = valueOf(derived.bankAccount);
  const meansCode = meansCodeOf(derived, account);
  if (!meansCode) return undefined;
  // The reference the PDF asks for (the number, or its RF creditor reference).
  const remittanceInformation = derived.transfer.value?.remittance ?? derived.loaded.data.number;
  if (!account || (meansCode !== "58" && meansCode !== "30")) return { meansCode, remittanceInformation };
  const iban = checkIban(account.iban);
  if (!iban.valid) throw new EinvoiceError("IBAN_INVALID", { iban: account.iban, reason: iban.reason ?? "" });
  const bic = account.bic?.replace(/\s+/g, "");
  return { meansCode, remittanceInformation, account: { iban: iban.normalized, holder: account.holder ?? derived.seller.data.legalName, bic } };
}

/** A line's BT-146: the unit price net of its discount (HT documents), else its HT share per unit; never negative (BR-27). */
function lineOf(derived: InvoiceLikeDocument, index: number): Line {
  const totals = valueOf(derived.totals);
  const source = invoiceDataOf(derived).lines[index]!;
  const total = totals.lines[index]!;
  const entry = totals.vatBreakdown.find((v) => v.key === total.vatKey)!;
  let quantity = toDecimal(source.quantity, `quantité de la ligne ${index + 1}`);
  const discount = source.discountPercent === undefined ? ZERO : toDecimal(source.discountPercent, `remise de la ligne ${index + 1}`);
  let gross: Decimal | undefined;
  let netPrice: Decimal;
  if (totals.pricesInclude === "HT") {
    gross = toDecimal(source.unitPrice, `prix unitaire de la ligne ${index + 1}`);
    netPrice = gross.times(new D(1).minus(discount.div(100)));
  } else {
    // Priced TTC: the HT share derive() allocated to the line, per unit.
    netPrice = quantity.isZero() ? ZERO : total.net.div(quantity);
  }
  // A credit line (negative price) is written as a negative quantity at a positive price.
  if (netPrice.isNegative()) {
    netPrice = netPrice.negated();
    gross = gross?.negated();
    quantity = quantity.negated();
  }
  netPrice = netPrice.toDecimalPlaces(6, D.ROUND_HALF_UP);
  const grossPrice = gross && !discount.isZero() ? { amount: gross, discount: gross.minus(netPrice) } : undefined;
  return {
    id: String(index + 1),
    name: source.description,
    quantity,
    unitCode: unitCodeOf(source.unit),
    netPrice,
    grossPrice,
    net: total.net,
    vat: categoryOf(entry),
  };
}

/**
 * The EN 16931 invoice of a derived invoice or credit note. `nature` says what the document is (by
 * default: 380 for an invoice, 381 for a credit note with the invoice it corrects). Throws the derived document's
 * own error when its amounts cannot be computed, and an EinvoiceError when a fact the syntax needs
 * is unusable (an IBAN whose key is wrong).
 */
export function en16931Of(derived: InvoiceLikeDocument, nature: DocumentNature = natureOf(derived)): En16931Invoice {
  const data = invoiceDataOf(derived);
  const totals = valueOf(derived.totals);
  const franchise = derived.seller.data.vat.regime === "franchise";
  const byKey = new Map(totals.vatBreakdown.map((v) => [v.key, v]));
  const paidInFull = !totals.paid.isZero() && totals.amountDue.isZero();
  const client = data.client;
  const delivered = client.deliveryAddress ?? (totals.vatBreakdown.some((v) => v.code === "K") ? client.address : undefined);
  return {
    businessProcess: businessProcessOf(derived, paidInFull),
    number: data.number,
    issueDate: data.issueDate,
    typeCode: nature.typeCode,
    currency: derived.currency,
    vatPointCode: derived.seller.data.vat.onDebits && totals.vatBreakdown.some((v) => v.code === "S") ? "5" : undefined,
    dueDate: derived.dueDate,
    orderReference: data.orderNumber,
    paymentTerms: derived.kind === "invoice" && derived.paymentTermText ? `Paiement ${derived.paymentTermText}` : undefined,
    notes: notesOf(derived),
    precedingInvoices: nature.precedingInvoices,
    seller: sellerOf(derived, franchise),
    buyer: buyerOf(derived),
    delivery: delivered || data.saleDate ? { address: delivered && addressOf(delivered, client.address.country ?? derived.seller.data.country), date: data.saleDate } : undefined,
    period: data.servicePeriod,
    payment: paymentOf(derived),
    allowancesCharges: totals.allowancesCharges.map((a) => ({ charge: a.kind === "charge", amount: a.amount, reason: a.reason, vat: categoryOf(byKey.get(a.vatKey)!) })),
    lines: data.lines.map((_, i) => lineOf(derived, i)),
    vatBreakdown: totals.vatBreakdown.map((v) => breakdownOf(v, franchise)),
    totals: {
      lineTotal: totals.lineTotal,
      allowanceTotal: totals.allowanceTotal,
      chargeTotal: totals.chargeTotal,
      taxBasisTotal: totals.totalNet,
      taxTotal: totals.totalVat,
      grandTotal: totals.totalGross,
      paid: totals.paid,
      due: totals.amountDue,
    },
  };
}

