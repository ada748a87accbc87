import type { Rule } from "../types.js";
import { indemnityStatements } from "../scan/indemnity.js";
import { latePaymentOf, rangeOf } from "../scan/payment-facts.js";

const rule: Rule = {
  meta: {
    id: "recovery-indemnity-consumer",
    description: {
      fr: "Des conditions destinées aux consommateurs leur réclament l'indemnité forfaitaire de 40 € pour frais de recouvrement, réservée aux relations entre professionnels.",
      en: "Consumer terms claim the 40 € fixed compensation for recovery costs, which only applies between professionals.",
    },
    severity: "error",
    category: "payment",
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.D441-5"],
    // the 40 € indemnity: décret 2012-1115, in force 1 January 2013
    appliesFrom: "2013-01-01",
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2c", "mixed"] },
    messages: {
      consumer: {
        fr: "l'indemnité forfaitaire de 40 € pour frais de recouvrement ne s'applique qu'entre professionnels : elle ne peut pas être réclamée à un consommateur ; supprimez-la des conditions destinées aux particuliers ou réservez-la expressément aux clients professionnels",
        en: "the 40 € fixed compensation for recovery costs only applies between professionals: it cannot be claimed from a consumer; remove it from consumer terms or expressly limit it to professional clients",
      },
      mixed: {
        fr: "ces conditions s'adressent aussi à des consommateurs, à qui l'indemnité forfaitaire de 40 € ne peut pas être réclamée ; précisez qu'elle ne s'applique qu'aux clients professionnels",
        en: "these terms also address consumers, from whom the 40 € fixed compensation cannot be claimed; state that it applies to professional clients only",
        basis: ["fr.ccom.D441-5"],
      },
    },
  },
  check({ doc, report }) {
    // Mixed terms may claim it from their professional clients: an informational note, not an error.
    const level = doc.audience === "mixed" ? ({ messageId: "mixed", severity: "info" } as const) : ({ messageId: "consumer" } as const);
    const claimed = indemnityStatements(doc.clauses).find((s) => s.amount || /recouvrement/i.test(s.sentence.text));
    if (claimed?.professionalsOnly) return;
    if (latePaymentOf(doc)?.recoveryIndemnity) {
      report({ ...level, range: doc.locateFact(["latePayment", "recoveryIndemnity"]) });
      return;
    }
    if (claimed) report({ ...level, range: rangeOf(claimed.words) });
  },
};

export default rule;
