import { Decimal } from "decimal.js";
import type { Rule } from "../types.js";
import { indemnityStatements } from "../scan/indemnity.js";
import { decimal } from "../scan/numbers.js";
import { latePaymentOf, rangeOf, replaceWords, shown } from "../scan/payment-facts.js";

const MINIMUM = new Decimal(40);

const rule: Rule = {
  meta: {
    id: "recovery-indemnity-below-minimum",
    description: {
      fr: "L'indemnité forfaitaire pour frais de recouvrement est fixée à moins de 40 €.",
      en: "The fixed compensation for recovery costs is set below 40 €.",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.D441-5", "fr.ccom.L441-10", "eu.dir.2011-7.art-6", "lu.loi.2004-04-18.section-4"],
    // the 40 € indemnity: décret 2012-1115, in force 1 January 2013
    appliesFrom: "2013-01-01",
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "mixed"] },
    messages: {
      belowMinimum: {
        fr: "indemnité forfaitaire pour frais de recouvrement de {amount} € : le montant légal est d'au moins 40 € ; écrivez 40 €",
        en: "fixed compensation for recovery costs of {amount} €: the legal amount is at least 40 €; write 40 €",
      },
      use40: {
        fr: "remplacer par « 40 € »",
        en: "replace with \"40 €\"",
      },
    },
  },
  check({ doc, locale, report }) {
    const fact = latePaymentOf(doc)?.recoveryIndemnity;
    const factAmount = fact?.currency === undefined || fact.currency === "EUR" ? decimal(fact?.amount) : undefined;
    if (factAmount?.lessThan(MINIMUM)) {
      report({ messageId: "belowMinimum", data: { amount: shown(factAmount, locale) }, range: doc.locateFact(["latePayment", "recoveryIndemnity", "amount"]) });
      return;
    }
    const low = indemnityStatements(doc.clauses).find((s) => s.amount?.value.lessThan(MINIMUM))?.amount;
    if (!low) return;
    const replacement = replaceWords(low.words, "40 €");
    report({
      messageId: "belowMinimum",
      data: { amount: shown(low.value, locale) },
      range: rangeOf(low.words),
      ...(replacement ? { suggestions: [{ messageId: "use40", fix: replacement }] } : {}),
    });
  },
};

export default rule;
