// invoiceView(derived) → the invoice as data: amounts, due date and mandatory mentions as the
// documents stage derived them (src/documents). The HTML template reads this object; a future
// Factur-X writer reads the same derived document.
import { valueOf, type DerivedInvoice, type InvoiceMentionId } from "../../documents/index.js";
import { type Decimal, formatAmount } from "../../money/index.js";
import { type Branding, brandingOf } from "../branding.js";
import {
  type ClientView,
  type LineView,
  type SellerView,
  type VatLineView,
  chargesVat,
  clientView,
  linesView,
  sellerOf,
  vatBreakdownView,
} from "./common.js";
import { invoicePaymentBlock, paymentMeansOf, type PaymentBlockView } from "./payment.js";

/** A printed mention line split at its first " : " so the template can set the value apart. */
export interface MentionLine {
  label: string;
  value: string | null;
}

/** A row of a totals box; the emphasised one is what the client pays or receives. */
export interface TotalRow extends MentionLine {
  emphasis: boolean;
}

/** Marks the last row as the one to emphasise. */
export function emphasiseLast(rows: MentionLine[]): TotalRow[] {
  return rows.map((r, i) => ({ ...r, emphasis: i === rows.length - 1 }));
}

export interface InvoiceView {
  kind: "invoice";
  /** "Facture n° FA-2026-0042", as the mention list prints it. */
  title: string;
  number: string;
  issueDate: string;
  currency: string;
  seller: SellerView;
  client: ClientView;
  branding: Branding;
  /** Dates, order number, category of operations: one line each. */
  meta: MentionLine[];
  /** Billing and delivery addresses when they differ from the client's: heading then lines. */
  addresses: { heading: string; lines: string[] }[];
  lines: LineView[];
  pricesInclude: "HT" | "TTC";
  /** False for a seller that charges no VAT: one amount column, and vatExemption instead of the VAT breakdown. */
  vatCharged: boolean;
  vatBreakdown: VatLineView[];
  /** Why no VAT is charged (« TVA non applicable, art. 293 B du CGI »), printed in place of the VAT breakdown. */
  vatExemption: string[];
  /** Total rows as the mention list prints them ("Total HT : 3 520,00 €"), then payments and balance. */
  totalRows: TotalRow[];
  payment: {
    means: string[];
    /** Left empty on an invoice: the account it chose is in paymentBlock. */
    bank: SellerView["bank"];
    lines: MentionLine[];
  };
  /** Payments received, « Acquittée le … », and where and how to transfer (the account the e-invoice carries in BG-17, the reference of BT-83). */
  paymentBlock: PaymentBlockView | null;
  /** Penalties, indemnity, VAT wording: the legal small print, verbatim from the list. */
  legalMentions: string[];
  notes: string | null;
  /** The derived invoice (totals with their explanation, due date, mentions): what Factur-X will read. */
  derived: DerivedInvoice;
}

/** Where each mention is printed; the others go to the legal small print. */
const PLACES: Partial<Record<InvoiceMentionId, "title" | "meta" | "seller" | "client" | "addresses" | "table" | "totals" | "payment">> = {
  "invoice-number": "title",
  "issue-date": "meta",
  "sale-date": "meta",
  "order-number": "meta",
  "operation-category": "meta",
  "seller-name-address": "seller",
  "seller-siren": "seller",
  "seller-vat-number": "seller",
  "client-name-address": "client",
  "client-siren": "client",
  "client-vat-number": "client",
  "billing-address": "addresses",
  "delivery-address": "addresses",
  "line-details": "table",
  "line-vat": "table",
  rebates: "table",
  "vat-totals": "totals",
  "due-date": "payment",
  "early-payment-discount": "payment",
};

export function splitMention(text: string): MentionLine {
  const at = text.indexOf(" : ");
  return at < 0 ? { label: text, value: null } : { label: text.slice(0, at), value: text.slice(at + 3) };
}

export function invoiceView(derived: DerivedInvoice): InvoiceView {
  const data = derived.loaded.data;
  const terms = derived.references.terms;
  // An invoice whose amounts or due date cannot be worked out is not printed: the reason is shown.
  const totals = valueOf(derived.totals);
  valueOf(derived.dueDateComputed);
  const currency = derived.currency;
  const printed = derived.mentions.printed;
  const texts = (id: InvoiceMentionId) => printed.get(id) ?? [];

  const seller = sellerOf(terms);
  seller.sirenLine = texts("seller-siren")[0] ?? seller.sirenLine;
  seller.vatLine = texts("seller-vat-number")[0] ?? seller.vatLine;
  const vatCharged = chargesVat(terms);
  const client = clientView(data.client);
  client.sirenLine = texts("client-siren")[0] ?? client.sirenLine;
  client.vatLine = texts("client-vat-number")[0] ?? client.vatLine;

  const addresses = (["billing-address", "delivery-address"] as const).flatMap((id) => {
    const [heading, ...lines] = texts(id);
    return heading ? [{ heading, lines }] : [];
  });

  const fa = (d: Decimal) => formatAmount(d, currency);
  const beforeTotals: MentionLine[] = totals.allowancesCharges.length
    ? [
        { label: `Total des lignes ${totals.pricesInclude}`, value: fa(totals.lineTotal) },
        ...totals.allowancesCharges.map((a) => ({ label: `${a.kind === "allowance" ? "Remise" : "Frais"} : ${a.reason}`, value: fa(a.kind === "allowance" ? a.amount.negated() : a.amount) })),
      ]
    : [];
  // Always end on what the client pays: after a reverse charge or a franchise the last total is HT.
  const paidRows: MentionLine[] = [
    ...(totals.paid.isZero() ? [] : [{ label: "Déjà réglé", value: fa(totals.paid.negated()) }]),
    { label: "Net à payer", value: fa(totals.amountDue) },
  ];
  return {
    kind: "invoice",
    title: texts("invoice-number")[0] ?? `Facture n° ${data.number}`,
    number: data.number,
    issueDate: data.issueDate,
    currency,
    seller,
    client,
    branding: brandingOf(terms),
    meta: (["issue-date", "sale-date", "order-number", "operation-category"] as const).flatMap((id) => texts(id).map(splitMention)),
    addresses,
    lines: linesView(data.lines, totals),
    pricesInclude: totals.pricesInclude,
    vatCharged,
    vatBreakdown: vatBreakdownView(totals),
    vatExemption: vatCharged ? [] : texts("vat-exemption"),
    totalRows: emphasiseLast([...beforeTotals, ...texts("vat-totals").map(splitMention), ...paidRows]),
    payment: {
      means: paymentMeansOf(terms.data.payment),
      bank: null,
      lines: [...texts("due-date"), ...texts("early-payment-discount")].map(splitMention),
    },
    paymentBlock: invoicePaymentBlock(valueOf(derived.transfer), data.payments ?? [], totals.amountDue, currency),
    // Without VAT, the exemption wording stands in the VAT breakdown's place: not twice.
    legalMentions: [...printed].filter(([id]) => !PLACES[id] && !(id === "vat-exemption" && !vatCharged)).flatMap(([, t]) => t),
    notes: data.notes ?? null,
    derived,
  };
}
