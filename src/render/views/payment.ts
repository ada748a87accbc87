// Payment conditions of the terms, in words: how the client may pay and when; and the payment block
// of invoices and quotes (what was paid, « Acquittée le … », the transfer to make and its QR code),
// from the derived document's transfer request.
import type { TransferRequest } from "../../documents/index.js";
import type { Invoice } from "../../model/documents.js";
import type { PaymentConditions } from "../../model/generated/terms.js";
import { type Decimal, formatAmount, formatDate } from "../../money/index.js";
import { epcQrDataUri } from "../epc-qr.js";
import { type BankView, bankView } from "./common.js";

const MEANS: Record<NonNullable<PaymentConditions["means"]>[number], string> = {
  transfer: "virement bancaire",
  "direct-debit": "prélèvement SEPA",
  card: "carte bancaire",
  cheque: "chèque",
  paypal: "PayPal",
  cash: "espèces",
  other: "autre moyen convenu",
};

export function paymentMeansOf(payment: PaymentConditions | undefined): string[] {
  return (payment?.means ?? []).map((m) => MEANS[m]);
}

// The payment term in words lives with the derived document (the e-invoice writes it too).
export { paymentTermText } from "../../documents/payment.js";

/** The transfer to make, as printed. */
export interface TransferView extends BankView {
  title: string;
  /** « Montant à régler » or « Acompte à verser » with its amount; null when nothing is due. */
  amount: { label: string; value: string } | null;
  /** « au plus tard le 30 novembre 2026 », « à la signature du devis »; null when unknown. */
  when: string | null;
  reference: string;
  /** The EPC069-12 QR code as a data: URI; null when not asked or not possible (not euros, nothing due). */
  qr: string | null;
}

/** What the payment partial prints: what was received, whether the invoice is settled, the transfer to make. */
export interface PaymentBlockView {
  /** « 12 mars 2026 »: the date of the last payment, when the invoice is fully paid. */
  settledOn: string | null;
  payments: { date: string; amount: string; label: string | null }[];
  transfer: TransferView | null;
}

/** An invoice's block: its payments, « Acquittée » when nothing is left due, else the transfer. */
export function invoicePaymentBlock(transfer: TransferRequest | undefined, payments: NonNullable<Invoice["payments"]>, amountDue: Decimal, currency: string): PaymentBlockView | null {
  const settled = payments.length > 0 && amountDue.lte(0);
  const lastPayment = payments.map((p) => p.date).sort().at(-1);
  const view: PaymentBlockView = {
    settledOn: settled && lastPayment ? formatDate(lastPayment) : null,
    payments: payments.map((p) => ({ date: formatDate(p.date), amount: formatAmount(p.amount, currency), label: p.label ?? null })),
    transfer: transfer
      ? transferView(transfer, settled ? "Coordonnées bancaires" : "Règlement par virement", "Montant à régler", transfer.dueDate ? `au plus tard le ${formatDate(transfer.dueDate)}` : null)
      : null,
  };
  return view.payments.length || view.transfer ? view : null;
}

/** A quote's block: the deposit to transfer on acceptance. */
export function depositPaymentBlock(transfer: TransferRequest | undefined): PaymentBlockView | null {
  if (!transfer) return null;
  return { settledOn: null, payments: [], transfer: transferView(transfer, "Acompte par virement", "Acompte à verser", "à la signature du devis") };
}

function transferView(transfer: TransferRequest, title: string, amountLabel: string, when: string | null): TransferView {
  const due = transfer.amount.gt(0);
  return {
    ...(bankView(transfer.account, transfer.holder) as BankView),
    title,
    amount: due ? { label: amountLabel, value: formatAmount(transfer.amount, transfer.currency) } : null,
    when: due ? when : null,
    reference: transfer.reference,
    qr: transfer.epcPayload ? epcQrDataUri(transfer.epcPayload) : null,
  };
}
