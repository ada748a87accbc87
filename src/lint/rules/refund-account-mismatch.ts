// A refund statement that lists the invoice's credit notes and fee invoices shows the client's
// account across them (derive's `account`): each credit note must correct the refunded invoice, and
// the balance must be what the policy gives (still due, or refunded with its interest).
import { formatAmount, type Decimal } from "../../money/index.js";
import type { Rule } from "../types.js";
import { derivedRefund } from "./_documents.js";

const rule: Rule = {
  meta: {
    id: "refund-account-mismatch",
    description: {
      fr: "Les avoirs et factures de frais listés par un relevé de remboursement doivent porter sur la facture remboursée et donner le solde de la politique.",
      en: "The credit notes and fee invoices a refund statement lists must concern the refunded invoice and give the policy's balance.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cciv.1103", "fr.cgi.289"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["refund"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      otherInvoice: {
        fr: "l'avoir {creditNote} rectifie la facture {corrected}, pas la facture {invoice} de ce relevé : ne listez dans creditNotes que les avoirs de la facture remboursée.",
        en: "credit note {creditNote} corrects invoice {corrected}, not invoice {invoice} of this statement: list in creditNotes only the credit notes of the refunded invoice.",
        basis: ["fr.cgi.289"],
      },
      balanceDiffers: {
        fr: "les documents listés donnent au client un solde de {balance} (facture − avoirs + frais − versé − intérêts) alors que la politique « {policy} » donne {expected} : corrigez les avoirs ou la facture des frais pour qu'ils suivent les conditions acceptées.",
        en: "the documents listed give the client a balance of {balance} (invoice − credit notes + fees − paid − interest) while the policy \"{policy}\" gives {expected}: fix the credit notes or the fee invoice so that they follow the accepted terms.",
        basis: ["fr.cciv.1103"],
      },
    },
  },
  check(context) {
    const { doc, report } = context;
    const derived = derivedRefund(context);
    const account = derived?.account?.value;
    const result = derived?.statement.value;
    if (!derived || !account || !result || !derived.policy) return; // uncomputable amounts are refund-not-per-policy's
    const invoicePath = derived.references.invoice.absPath;
    derived.creditNotes.forEach((note, i) => {
      if (note.references.invoice.absPath === invoicePath) return;
      report({
        messageId: "otherInvoice",
        data: { creditNote: note.loaded.data.number, corrected: note.corrects.number, invoice: derived.references.invoice.data.number },
        range: doc.locateFact(["creditNotes", i]),
      });
    });
    // Positive: still due by the client; negative: owed back to the client (principal and interest).
    const expected = (result.stillDue ?? result.total.times(0)).minus(result.total);
    if (account.balance.eq(expected)) return;
    const fa = (d: Decimal) => formatAmount(d, derived.currency);
    report({
      messageId: "balanceDiffers",
      data: { balance: fa(account.balance), expected: fa(expected), policy: derived.policy.id },
      range: doc.locateFact(derived.loaded.data.creditNotes ? ["creditNotes"] : ["feeInvoices"]),
    });
  },
};

export default rule;
