import type { Rule } from "../types.js";
import { contractPartners, latePaymentOf, missingRange, paysNothing } from "../scan/payment-facts.js";
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
    legalBasis: ["fr.ccom.L441-10", "fr.ccom.L441-6", "eu.dir.2011-7.art-3", "eu.dir.2011-7.art-4", "lu.loi.2004-04-18.art-1"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "mixed"] },
    messages: {
      missingFR: {
        fr: "aucun taux de pénalités de retard : les conditions générales doivent l'indiquer (sous peine d'une amende administrative jusqu'à 2 000 000 €) ; ajoutez par exemple « pénalités de retard au taux de trois fois le taux d'intérêt légal » (minimum légal) ou « au taux de la BCE majoré de 10 points » (taux par défaut)",
        en: "no late-payment penalty rate: the terms must state it (or face an administrative fine up to 2,000,000 €); add for instance \"late-payment penalties at three times the legal interest rate\" (the legal minimum) or \"at the ECB rate plus 10 points\" (the default rate)",
        basis: ["fr.ccom.L441-10"],
      },
      missingLU: {
        fr: "aucun taux d'intérêts de retard : indiquez-le, par exemple « intérêts de retard au taux de référence de la BCE majoré de huit points (loi du 18 avril 2004 modifiée) », le taux légal entre professionnels",
        en: "no late-payment interest rate: state it, for instance \"late-payment interest at the ECB reference rate plus eight points (law of 18 April 2004 as amended)\", the statutory rate between businesses",
        basis: ["lu.loi.2004-04-18.art-1"],
      },
    },
  },
  check({ doc, report }) {
    // A rate given to consumers alone is not the professionals' penalty rate.
    const forProfessionals = (clauses: Parameters<typeof penaltyStatements>[0]) => penaltyStatements(clauses).some((p) => !p.consumersOnly);
    if (latePaymentOf(doc)?.penalty || forProfessionals(doc.clauses)) return;
    // Nothing is paid to the seller (a free programme): no payment, so no condition of payment is owed (round T35b).
    if (paysNothing(doc)) return;
    // A CGU bound to a CGT that states the rate is covered by it.
    if (contractPartners(doc).some((t) => t.latePayment?.penalty || forProfessionals(t.clauses))) return;
    report({ messageId: doc.law === "LU" ? "missingLU" : "missingFR", range: missingRange(doc, ["latePayment", "penalty"]) });
  },
};

export default rule;
