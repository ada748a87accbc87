// Per VAT rate, the credit notes of one invoice found in the run cannot credit more (HT) than the
// invoice charged at that rate. Amounts are the derived documents' (the same totals function).
import { formatAmount, formatPercent, type Decimal, type VatBreakdownEntry } from "../../money/index.js";
import type { DerivedCreditNote } from "../../documents/index.js";
import type { LintDocument, Rule, RuleContext } from "../types.js";
import { derivedOf } from "./_documents.js";

function derivedCreditNote(doc: LintDocument, asOf: RuleContext["asOf"]): DerivedCreditNote | undefined {
  const derived = derivedOf({ doc, asOf });
  return derived?.kind === "credit-note" ? derived : undefined;
}

const rateOf = (v: VatBreakdownEntry): string => `${formatPercent(v.rate)} (${v.code})`;

const rule: Rule = {
  meta: {
    id: "credit-note-exceeds-invoice",
    description: {
      fr: "Les avoirs d'une facture ne peuvent pas créditer plus que la facture, taux de TVA par taux de TVA.",
      en: "The credit notes of an invoice cannot credit more than the invoice, VAT rate by VAT rate.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cgi.289", "eu.dir.2006-112.art-226"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["credit-note"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      exceeds: {
        fr: "l'avoir {number} crédite {credited} HT au taux {rate}, plus que les {invoiced} HT de la facture {invoice} à ce taux : un avoir ne peut annuler plus que la facture qu'il rectifie ; réduisez les lignes créditées ou vérifiez leur taux de TVA.",
        en: "credit note {number} credits {credited} excl. VAT at rate {rate}, more than the {invoiced} excl. VAT of invoice {invoice} at that rate: a credit note cannot cancel more than the invoice it corrects; reduce the lines credited or check their VAT rate.",
      },
      exceedsWithOthers: {
        fr: "avec les avoirs {others}, l'avoir {number} porte le total crédité sur la facture {invoice} à {credited} HT au taux {rate}, plus que les {invoiced} HT facturés à ce taux : les avoirs d'une facture ne peuvent annuler plus qu'elle ; réduisez les lignes créditées.",
        en: "with credit notes {others}, credit note {number} brings the total credited on invoice {invoice} to {credited} excl. VAT at rate {rate}, more than the {invoiced} excl. VAT invoiced at that rate: the credit notes of an invoice cannot cancel more than it; reduce the lines credited.",
      },
    },
  },
  check({ doc, related, asOf, report }) {
    const own = derivedCreditNote(doc, asOf);
    const credited = own?.totals.value;
    const invoiced = own?.invoice.totals.value;
    if (!own || !credited || !invoiced) return; // amounts that cannot be computed are reported where they are written
    const invoicePath = own.references.invoice.absPath;
    const others = related
      .map((r) => derivedCreditNote(r, asOf))
      .filter((d): d is DerivedCreditNote => d !== undefined && d.references.invoice.absPath === invoicePath && d.totals.value !== undefined);
    const fa = (d: Decimal) => formatAmount(d, own.currency);
    const range = doc.locateFact(own.scope === "whole" ? ["cancels"] : ["lines"]);
    for (const group of credited.vatBreakdown) {
      const billed = invoiced.vatBreakdown.find((v) => v.key === group.key);
      const limit = billed?.base ?? group.base.times(0);
      const creditedByOthers = others.flatMap((o) => o.totals.value!.vatBreakdown.filter((v) => v.key === group.key));
      const total = creditedByOthers.reduce((acc, v) => acc.plus(v.base), group.base);
      if (!total.greaterThan(limit)) continue;
      const data = { number: own.loaded.data.number, invoice: own.corrects.number, rate: rateOf(group), invoiced: fa(limit) };
      if (group.base.greaterThan(limit) || !others.length) report({ messageId: "exceeds", data: { ...data, credited: fa(group.base) }, range });
      else report({ messageId: "exceedsWithOthers", data: { ...data, credited: fa(total), others: others.map((o) => o.loaded.data.number).join(", ") }, range });
    }
  },
};

export default rule;
