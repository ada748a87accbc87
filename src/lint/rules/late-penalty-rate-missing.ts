import type { Rule } from "../types.js";
import { LEGAL_BASIS } from "../scan/legal-basis.js";
import { contractPartners, latePaymentOf, missingRange } from "../scan/payment-facts.js";
import { penaltyStatements } from "../scan/penalty.js";

const rule: Rule = {
  meta: {
    id: "late-penalty-rate-missing",
    description: {
      fr: "Les conditions B2B n'indiquent aucun taux de pénalités (ou d'intérêts) de retard.",
      en: "B2B terms state no late-payment penalty (or interest) rate.",
    },
    severity: "error",
    category: "payment",
    legalBasis: [LEGAL_BASIS.l441_10, LEGAL_BASIS.l441_6, LEGAL_BASIS.directive("art. 3 et 4"), LEGAL_BASIS.lu2004("art. 1er b) (intérêts légaux pour retard de paiement)")],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "mixed"] },
    messages: {
      missingFR: {
        fr: "aucun taux de pénalités de retard : les conditions générales doivent l'indiquer (C. com. L441-10 II ; amende administrative jusqu'à 2 000 000 €, L441-16) ; ajoutez par exemple « pénalités de retard au taux de trois fois le taux d'intérêt légal » (minimum légal) ou « au taux de la BCE majoré de 10 points » (taux par défaut)",
        en: "no late-payment penalty rate: the terms must state it (C. com. L441-10 II; administrative fine up to 2,000,000 €, L441-16); add for instance \"late-payment penalties at three times the legal interest rate\" (the legal minimum) or \"at the ECB rate plus 10 points\" (the default rate)",
      },
      missingLU: {
        fr: "aucun taux d'intérêts de retard : indiquez-le, par exemple « intérêts de retard au taux de référence de la BCE majoré de huit points (loi du 18 avril 2004 modifiée) », le taux légal entre professionnels",
        en: "no late-payment interest rate: state it, for instance \"late-payment interest at the ECB reference rate plus eight points (law of 18 April 2004 as amended)\", the statutory rate between businesses",
      },
    },
  },
  check({ doc, report }) {
    if (latePaymentOf(doc)?.penalty || penaltyStatements(doc.clauses).length) return;
    // A CGU bound to a CGT that states the rate is covered by it.
    if (contractPartners(doc).some((t) => t.latePayment?.penalty || penaltyStatements(t.clauses).length)) return;
    report({ messageId: doc.law === "LU" ? "missingLU" : "missingFR", range: missingRange(doc, ["latePayment", "penalty"]) });
  },
};

export default rule;
