// A credit note corrects an invoice of the same seller, issued on or before it. That the invoice
// exists (and is an invoice) is the loader's: a dangling `invoice:` is REF_NOT_FOUND where it is cited.
import { compareDates } from "../../legal/dates.js";
import { localizedDate } from "../../money/format.js";
import type { Rule } from "../types.js";

const rule: Rule = {
  meta: {
    id: "credit-note-invoice-reference",
    description: {
      fr: "Un avoir rectifie une facture du même vendeur, émise au plus tard le jour de l'avoir.",
      en: "A credit note corrects an invoice of the same seller, issued on or before the credit note's date.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cgi.289", "fr.cgi-ann2.242-nonies-A", "eu.dir.2006-112.art-226"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["credit-note"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      otherSeller: {
        fr: "l'avoir {number} de {seller} rectifie la facture {invoice} de {invoiceSeller} : un avoir ne rectifie qu'une facture de son propre vendeur ; citez dans invoice la facture de {seller} qu'il corrige.",
        en: "credit note {number} of {seller} corrects invoice {invoice} of {invoiceSeller}: a credit note only corrects an invoice of its own seller; name in invoice the invoice of {seller} it corrects.",
      },
      beforeInvoice: {
        fr: "l'avoir {number} est daté du {date}, avant la facture {invoice} du {invoiceDate} qu'il rectifie : un avoir ne peut précéder la facture ; corrigez la date de l'avoir ou la facture citée.",
        en: "credit note {number} is dated {date}, before invoice {invoice} of {invoiceDate}, which it corrects: a credit note cannot precede the invoice; fix the credit note's date or the invoice named.",
      },
    },
  },
  check({ doc, report }) {
    const loaded = doc.loaded;
    if (loaded?.kind !== "credit-note") return;
    const note = loaded.data;
    const invoice = loaded.invoice;
    const seller = loaded.terms.seller.data;
    const invoiceSeller = invoice.terms.seller.data;
    if (seller.id !== invoiceSeller.id) {
      report({
        messageId: "otherSeller",
        data: { number: note.number, seller: seller.legalName, invoice: invoice.data.number, invoiceSeller: invoiceSeller.legalName },
        range: doc.locateFact(["invoice"]),
      });
    }
    if (compareDates(note.issueDate, invoice.data.issueDate) < 0) {
      report({
        messageId: "beforeInvoice",
        data: { number: note.number, date: localizedDate(note.issueDate), invoice: invoice.data.number, invoiceDate: localizedDate(invoice.data.issueDate) },
        range: doc.locateFact(["issueDate"]),
      });
    }
  },
};

export default rule;
