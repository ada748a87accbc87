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

/** "à 30 jours de la date de facture", "à la commande", … as the terms set it. */
export function paymentTermText(payment: PaymentConditions | undefined): string | null {
  if (!payment) return null;
  const n = payment.termDays;
  switch (payment.termBasis) {
    case "invoice-date":
      return n === 0 ? "à réception de la facture" : `à ${n} jours à compter de la date de facture`;
    case "end-of-month":
      return `à ${n} jours fin de mois`;
    case "on-order":
      return "à la commande";
    case "on-receipt":
      return "à réception de la facture";
    case "period-start":
      return "au début de chaque période";
  }
}
