import type { Rule } from "../types.js";
import { contractPartners, missingRange, paymentOf } from "../scan/payment-facts.js";
import { mentionsEscompte } from "../scan/payment-term.js";
import { fold } from "../scan/text.js";
import type { SourceRange } from "../../model/diagnostics.js";
import type { LintDocument } from "../types.js";

// « Article 7 Paiements » then « Article 8 Conditions de règlement »: the escompte is one of the conditions of
// règlement (C. com. L441-1, L441-9), so a clause titled as the payment terms (« conditions », « modalités » or
// « termes » of payment or règlement) is where it is missing, before a clause that only says « Paiement ».
const PAYMENT_TERMS_TITLE = /(?<![\p{L}])(?:conditions?|modalites?|termes?|delais?)\s+(?:de\s+|du\s+)?(?:paiement|reglement)s?(?![\p{L}])/u;

const GROUPING_TITLE = /(?<![\p{L}])(?:prix|tarifs?|facturation)(?![\p{L}])/u;

function paymentTermsClause(doc: LintDocument, usual: SourceRange): SourceRange | undefined {
  if (doc.mode !== "prose") return undefined;
  // Only a bare « Paiements » gives way: a heading that already says the payment terms, or groups them with prices
  // (« Tarifs et modalités de paiement »), is their home, sub-clauses and all.
  const usualClause = doc.clauses.find((c) => c.titleRange.line === usual.line);
  if (!usualClause || PAYMENT_TERMS_TITLE.test(fold(usualClause.title)) || GROUPING_TITLE.test(fold(usualClause.title))) return undefined;
  return doc.clauses.find((c) => PAYMENT_TERMS_TITLE.test(fold(c.title)) && !GROUPING_TITLE.test(fold(c.title)))?.titleRange;
}

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
    // A CGU bound to a CGT that speaks of the escompte is covered by it.
    if (contractPartners(doc).some((t) => t.payment?.earlyPaymentDiscount || mentionsEscompte(t.clauses))) return;
    const usual = missingRange(doc, ["payment", "earlyPaymentDiscount"]);
    report({ messageId: "missing", range: paymentTermsClause(doc, usual) ?? usual });
  },
};

export default rule;
