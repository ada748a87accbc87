import { statesGoverningLaw } from "../scan/courts.js";
import type { Rule } from "../types.js";

const rule: Rule = {
  meta: {
    id: "governing-law-missing",
    description: {
      fr: "Les conditions ne disent pas quelle loi s'applique au contrat.",
      en: "The terms do not say which law governs the contract.",
    },
    severity: "warning",
    category: "jurisdiction",
    legalBasis: ["eu.reg.593-2008.art-3", "eu.reg.593-2008.art-4"],
    fixable: false,
    hasSuggestions: false,
    appliesTo: { documents: ["terms"], modes: ["facts", "prose"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      missing: {
        fr: "aucune loi applicable n'est choisie : sans clause, la loi se détermine par défaut (résidence du prestataire, en principe) ; ajoutez « Les présentes conditions sont soumises au droit français. »",
        en: "no governing law is chosen: without a clause, the law is set by default (in principle the provider's residence); add \"These terms are governed by French law.\"",
        basis: ["eu.reg.593-2008.art-4"],
      },
    },
  },
  check({ doc, related, report }) {
    if (doc.mode === "facts" && doc.terms?.governingLaw) return;
    if (statesGoverningLaw(doc.clauses)) return;
    // A CGU bound to a CGT that chooses the law is covered by it.
    if (related.some((r) => r.kind === "terms" && r.terms?.governingLaw && r.terms.related?.length)) return;
    report({ messageId: "missing", range: doc.locateFact(["governingLaw"]) });
  },
};

export default rule;
