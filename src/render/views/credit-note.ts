// creditNoteView(derived): an avoir as data. Everything printed comes from the derived credit note:
// the corrected invoice's reference, the credited lines, HT / TVA / TTC per rate, the mentions the
// invoice list gives a credit note. The template reuses the invoice's partials.
import { valueOf, type DerivedCreditNote, type InvoiceMentionId } from "../../documents/index.js";
import { type Decimal, formatAmount } from "../../money/index.js";
import { type Branding, brandingOf } from "../branding.js";
import { type ClientView, type LineView, type SellerView, type VatLineView, chargesVat, clientView, linesView, sellerOf, vatBreakdownView } from "./common.js";
import { type MentionLine, type TotalRow, emphasiseLast, splitMention } from "./invoice.js";

export interface CreditNoteView {
  kind: "credit-note";
  /** "Avoir n° FP-2026-0120". */
  title: string;
  number: string;
  issueDate: string;
  currency: string;
  seller: SellerView;
  client: ClientView;
  branding: Branding;
  /** Issue date, corrected invoice, dates of the operation, category. */
  meta: MentionLine[];
  addresses: { heading: string; lines: string[] }[];
  /** « Annulation totale de la facture n° … » or « Annulation partielle … », then the reason. */
  object: string;
  reason: string;
  lines: LineView[];
  pricesInclude: "HT" | "TTC";
  /** As on an invoice: a seller that charges no VAT prints one amount column and vatExemption. */
  vatCharged: boolean;
  vatBreakdown: VatLineView[];
  vatExemption: string[];
  /** Totals as the mention list prints them, ending on « Montant de l'avoir TTC ». */
  totalRows: TotalRow[];
  legalMentions: string[];
  notes: string | null;
  derived: DerivedCreditNote;
}

/** The mentions placed in the page's parts; the others go to the legal small print. */
const PLACED: ReadonlySet<InvoiceMentionId> = new Set([
  "invoice-number",
  "issue-date",
  "sale-date",
  "order-number",
  "operation-category",
  "seller-name-address",
  "seller-siren",
  "seller-vat-number",
  "client-name-address",
  "client-siren",
  "client-vat-number",
  "billing-address",
  "delivery-address",
  "line-details",
  "line-vat",
  "rebates",
  "vat-totals",
]);

export function creditNoteView(derived: DerivedCreditNote): CreditNoteView {
  const data = derived.loaded.data;
  const terms = derived.references.terms;
  const totals = valueOf(derived.totals);
  const currency = derived.currency;
  const printed = derived.mentions.printed;
  const texts = (id: InvoiceMentionId) => printed.get(id) ?? [];
  const fa = (d: Decimal) => formatAmount(d, currency);

  const seller = sellerOf(terms);
  const vatCharged = chargesVat(terms);
  seller.sirenLine = texts("seller-siren")[0] ?? seller.sirenLine;
  seller.vatLine = texts("seller-vat-number")[0] ?? seller.vatLine;
  const invoiceData = derived.mentions.context.invoice;
  const client = clientView(invoiceData.client);
  client.sirenLine = texts("client-siren")[0] ?? client.sirenLine;
  client.vatLine = texts("client-vat-number")[0] ?? client.vatLine;

  const beforeTotals: MentionLine[] = totals.allowancesCharges.length
    ? [
        { label: `Total des lignes ${totals.pricesInclude}`, value: fa(totals.lineTotal) },
        ...totals.allowancesCharges.map((a) => ({ label: `${a.kind === "allowance" ? "Remise" : "Frais"} : ${a.reason}`, value: fa(a.kind === "allowance" ? a.amount.negated() : a.amount) })),
      ]
    : [];
  const corrects = `n° ${derived.corrects.number}`;
  return {
    kind: "credit-note",
    title: texts("invoice-number")[0] ?? `Avoir n° ${data.number}`,
    number: data.number,
    issueDate: data.issueDate,
    currency,
    seller,
    client,
    branding: brandingOf(terms),
    meta: [...texts("issue-date"), derived.corrects.text, ...texts("sale-date"), ...texts("order-number"), ...texts("operation-category")].map(splitMention),
    addresses: (["billing-address", "delivery-address"] as const).flatMap((id) => {
      const [heading, ...lines] = texts(id);
      return heading ? [{ heading, lines }] : [];
    }),
    object: derived.scope === "whole" ? `Annulation totale de la facture ${corrects}.` : `Annulation partielle de la facture ${corrects} : lignes créditées ci-dessous.`,
    reason: derived.reason,
    lines: linesView(derived.lines, totals),
    pricesInclude: totals.pricesInclude,
    vatCharged,
    vatBreakdown: vatBreakdownView(totals),
    vatExemption: vatCharged ? [] : texts("vat-exemption"),
    totalRows: emphasiseLast([...beforeTotals, ...texts("vat-totals").map(splitMention), { label: totals.totalVat.isZero() ? "Montant de l'avoir" : "Montant de l'avoir TTC", value: fa(totals.totalGross) }]),
    legalMentions: [...printed].filter(([id]) => !PLACED.has(id) && !(id === "vat-exemption" && !vatCharged)).flatMap(([, t]) => t),
    notes: data.notes ?? null,
    derived,
  };
}
