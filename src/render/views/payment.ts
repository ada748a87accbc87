// Payment conditions of the terms, in words: how the client may pay and when.
import type { PaymentConditions } from "../../model/generated/terms.js";

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
