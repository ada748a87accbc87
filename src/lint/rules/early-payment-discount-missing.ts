import type { Rule } from "../types.js";
import { contractPartners, missingRange, paymentOf, paysNothing } from "../scan/payment-facts.js";
import { mentionsEscompte } from "../scan/payment-term.js";

const rule: Rule = {
  meta: {
    id: "early-payment-discount-missing",
    description: {
      fr: "Les conditions ne disent rien de l'escompte pour paiement anticipé (même pour dire qu'il n'y en a pas).",
      en: "The terms say nothing about a discount for early payment (not even that there is none).",
    },
    severity: "warning",
    category: "payment",
    legalBasis: ["fr.ccom.L441-9", "fr.ccom.L441-1"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR"], audiences: ["b2b", "mixed"] },
    messages: {
      missing: {
        fr: "rien n'est dit de l'escompte : les factures doivent indiquer les conditions d'escompte en cas de paiement anticipé, qui découlent des conditions de règlement des CGV ; ajoutez par exemple « Aucun escompte n'est accordé en cas de paiement anticipé. »",
        en: "nothing is said about early-payment discounts: invoices must state the discount conditions for early payment, which follow from the terms' payment conditions; add for instance \"No discount is granted for early payment.\"",
      },
    },
  },
  check({ doc, report }) {
    if (paymentOf(doc)?.earlyPaymentDiscount || mentionsEscompte(doc.clauses)) return;
    // Nothing is paid to the seller (a free programme): no payment, so no condition of payment is owed (round T35b).
    if (paysNothing(doc)) return;
    // A CGU bound to a CGT that speaks of the escompte is covered by it.
    if (contractPartners(doc).some((t) => t.payment?.earlyPaymentDiscount || mentionsEscompte(t.clauses))) return;
    report({ messageId: "missing", range: missingRange(doc, ["payment", "earlyPaymentDiscount"]) });
  },
};

export default rule;
