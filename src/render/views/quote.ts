// quoteView(derived): a devis with its validity, deposit and payment schedule (as src/documents
// derived them) and the « Bon pour accord » block; the seller's terms are appended to the PDF by the renderer.
import { valueOf, vatExemptionTexts, type DerivedQuote } from "../../documents/index.js";
import { formatAmount, formatDate, formatPercent } from "../../money/index.js";
import { type Branding, brandingOf } from "../branding.js";
import { type ClientView, type LineView, type SellerView, type VatLineView, chargesVat, clientView, deliveryAddressOf, linesView, sellerOf, vatBreakdownView } from "./common.js";
import type { MentionLine, TotalRow } from "./invoice.js";
import { depositPaymentBlock, paymentMeansOf, paymentTermText, type PaymentBlockView } from "./payment.js";
import { quoteTotalRows } from "./rows.js";
import { termsLabel } from "./terms.js";

export interface QuoteView {
  kind: "quote";
  title: string;
  number: string;
  issueDate: string;
  currency: string;
  seller: SellerView;
  client: ClientView;
  branding: Branding;
  subject: string | null;
  meta: MentionLine[];
  addresses: { heading: string; lines: string[] }[];
  lines: LineView[];
  pricesInclude: "HT" | "TTC";
  /** As on an invoice: a seller that charges no VAT prints one amount column and vatExemption. */
  vatCharged: boolean;
  vatBreakdown: VatLineView[];
  vatExemption: string[];
  totalRows: TotalRow[];
  deposit: MentionLine | null;
  schedule: { label: string; percent: string; amount: string }[];
  payment: { means: string[]; term: string | null; bank: SellerView["bank"] };
  /** The deposit to transfer on acceptance, with the account, the reference and the QR code. */
  paymentBlock: PaymentBlockView | null;
  /** Repeated in the signature block: what the client accepts, on the page he signs. */
  acceptance: { number: string; totalLabel: string; total: string };
  /** Which terms are appended, in words. */
  termsNotice: string;
  notes: string | null;
  legalMentions: string[];
  /** The derived quote (totals with their explanation, validity, deposit, schedule). */
  derived: DerivedQuote;
}

export function quoteView(derived: DerivedQuote): QuoteView {
  const data = derived.loaded.data;
  const terms = derived.references.terms;
  const computation = valueOf(derived.amounts);
  const { totals } = computation;
  const currency = derived.currency;
  const fa = (d: Parameters<typeof formatAmount>[0]) => formatAmount(d, currency);
  const meta: MentionLine[] = [{ label: "Date du devis", value: formatDate(data.issueDate) }];
  if (computation.validUntil) meta.push({ label: "Valable jusqu'au", value: formatDate(computation.validUntil) });
  const delivery = deliveryAddressOf(data.client);
  const depositPercent = data.depositPercent;
  const appended = [terms, ...terms.related].map(termsLabel).join(" et ");
  const paymentBlock = depositPaymentBlock(valueOf(derived.transfer));
  const totalRows = quoteTotalRows(totals, currency);
  const grandTotal = totalRows[totalRows.length - 1]!;
  return {
    kind: "quote",
    title: `Devis n° ${data.number}`,
    number: data.number,
    issueDate: data.issueDate,
    currency,
    seller: sellerOf(terms),
    client: clientView(data.client),
    branding: brandingOf(terms),
    subject: data.subject ?? null,
    meta,
    addresses: delivery ? [{ heading: "Lieu d'exécution ou de livraison :", lines: delivery }] : [],
    lines: linesView(data.lines, totals),
    pricesInclude: totals.pricesInclude,
    vatCharged: chargesVat(terms),
    vatBreakdown: vatBreakdownView(totals),
    vatExemption: chargesVat(terms) ? [] : vatExemptionTexts(terms.seller.data.vat.regime, data, data.issueDate),
    totalRows,
    deposit:
      computation.deposit && depositPercent !== undefined
        ? { label: `Acompte à la commande (${formatPercent(depositPercent)})`, value: fa(computation.deposit.amount) }
        : null,
    schedule: (computation.schedule?.parts ?? []).map((p) => ({ label: p.label, percent: formatPercent(p.percent), amount: fa(p.amount) })),
    // The account is printed once: in the deposit's transfer block when there is one.
    payment: { means: paymentMeansOf(terms.data.payment), term: paymentTermText(terms.data.payment), bank: paymentBlock ? null : sellerOf(terms).bank },
    paymentBlock,
    acceptance: { number: data.number, totalLabel: grandTotal.label, total: grandTotal.value ?? "" },
    termsNotice: `Nos ${appended} sont jointes au présent devis et en font partie intégrante ; la signature du devis vaut acceptation de celles-ci.`,
    notes: data.notes ?? null,
    legalMentions: data.free === true ? ["Devis établi gratuitement."] : [],
    derived,
  };
}
