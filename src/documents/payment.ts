// How an invoice is to be paid, as its terms and its seller's file say: the payment term in words
// and the bank account the client pays into. The PDF prints these and the e-invoice writes them
// (EN 16931 BT-20, BG-17), from here only.
import type { IsoDate } from "../legal/dates.js";
import { checkIban } from "../legal/identifiers.js";
import { printedRfReference, rfCreditorReference } from "../legal/rf-reference.js";
import type { Invoice, Seller } from "../model/documents.js";
import type { PaymentConditions } from "../model/generated/terms.js";
import { ComputationError, epcAmountAccepted, epcPayload, type Decimal } from "../money/index.js";
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

/** What the client is asked to transfer, where, and with which reference: the PDF's payment block and its QR code. */
export interface TransferRequest {
  readonly account: SellerBankAccount;
  /** The account holder: the account's, else the seller's legal name. */
  readonly holder: string;
  readonly referenceKind: "number" | "rf";
  /** As printed: the number, or the RF reference in groups of four. */
  readonly reference: string;
  /** As banks and the e-invoice carry it (EN 16931 BT-83): the number, or the RF reference without spaces. */
  readonly remittance: string;
  /** What is due now (an invoice's balance, a quote's deposit); zero when the invoice is paid. */
  readonly amount: Decimal;
  readonly currency: string;
  /** The invoice's due date; undefined for a deposit (due on acceptance). */
  readonly dueDate: IsoDate | undefined;
  /** The EPC069-12 QR payload, when the seller asks for the QR code and the amount is a euro amount it can carry. */
  readonly epcPayload: string | undefined;
}

export interface TransferInput {
  account: SellerBankAccount | undefined;
  seller: Seller;
  /** The invoice or quote number. */
  number: string;
  /** The document's choice, else the seller's, else the number. */
  referenceKind: "number" | "rf" | undefined;
  amount: Decimal;
  currency: string;
  dueDate: IsoDate | undefined;
}

/** The transfer to ask for; undefined without an account to pay into. */
export function transferRequest(input: TransferInput): TransferRequest | undefined {
  const { account, seller } = input;
  if (!account) return undefined;
  // A transfer to an IBAN whose key is wrong is refused by the banks: never print one.
  const iban = checkIban(account.iban);
  if (!iban.valid) throw new ComputationError("TRANSFER_IBAN_INVALID", { iban: account.iban, reason: iban.reason });
  const referenceKind = input.referenceKind ?? seller.paymentReference ?? "number";
  const rf = referenceKind === "rf" ? rfCreditorReference(input.number) : undefined;
  if (referenceKind === "rf" && !rf) throw new ComputationError("RF_REFERENCE_IMPOSSIBLE", { number: input.number });
  const holder = account.holder ?? seller.legalName;
  const payload =
    seller.paymentQrCode === true && epcAmountAccepted(input.amount, input.currency)
      ? epcPayload({ bic: account.bic, name: holder, iban: account.iban, amount: input.amount, currency: input.currency, reference: rf ?? input.number })
      : undefined;
  return {
    account,
    holder,
    referenceKind,
    reference: rf ? printedRfReference(rf) : input.number,
    remittance: rf ?? input.number,
    amount: input.amount,
    currency: input.currency,
    dueDate: input.dueDate,
    epcPayload: payload,
  };
}
