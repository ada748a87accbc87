// How an invoice is to be paid, as its terms and its seller's file say: the payment term in words
// and the bank account the client pays into. The PDF prints these and the e-invoice writes them
// (EN 16931 BT-20, BG-17), from here only.
import type { Invoice, Seller } from "../model/documents.js";
import type { PaymentConditions } from "../model/generated/terms.js";
import { BankAccountError } from "./messages.js";

export type SellerBankAccount = NonNullable<Seller["bankAccounts"]>[number];

/** "à 30 jours à compter de la date de facture", "à la commande", … as the terms set it. */
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

/** Whether the terms accept a bank transfer: they list it, or they name no means at all. */
export function transferAccepted(payment: PaymentConditions | undefined): boolean {
  const means = payment?.means ?? [];
  return means.length === 0 || means.includes("transfer");
}

/**
 * The account the client transfers to: the one the invoice names (bankAccount), else the seller's
 * first; undefined when the seller gives none or the terms do not accept transfers.
 */
export function chosenBankAccount(invoice: Pick<Invoice, "bankAccount">, seller: Seller, payment: PaymentConditions | undefined): SellerBankAccount | undefined {
  const accounts = seller.bankAccounts ?? [];
  const account = invoice.bankAccount === undefined ? accounts[0] : accounts.find((a) => a.id === invoice.bankAccount);
  // A wrong id is an error even when transfers are not accepted: the document names what does not exist.
  if (invoice.bankAccount !== undefined && !account) throw new BankAccountError(invoice.bankAccount, accounts.map((a) => a.id));
  return transferAccepted(payment) ? account : undefined;
}
