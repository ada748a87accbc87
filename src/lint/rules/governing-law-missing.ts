import { statesGoverningLaw } from "../scan/courts.js";
import { sentences } from "../scan/sentences.js";
import { fold } from "../scan/text.js";
import type { LintClause, Rule } from "../types.js";

// « le tribunal compétent sera celui du domicile du prestataire, conformément au droit français », « les tribunaux de
// Lyon statueront selon la loi française »: a forum sentence that ends by naming the law its disputes are decided by
// chooses that law (Rome I, art. 3: a choice shown by the terms). The court in the same sentence is the reader's cue;
// « conformément à la loi française, vous disposez d'un délai » alone chooses nothing.
const LAW_OF_THE_DISPUTE = /(?<![\p{L}])(?:conformement\s+(?:au|a\s+la)|selon\s+(?:le|la)|en\s+application\s+(?:du|de\s+la)|par\s+application\s+(?:du|de\s+la)|d'apres\s+(?:le|la)|au\s+regard\s+(?:du|de\s+la))\s+(?:droit|loi|legislation)\s+(?:francais|luxembourgeois|belge|suisse|allemand|espagnol|italien|neerlandais|portugais|monegasque|quebecois)e?s?(?![\p{L}])/u;
const COURT = /(?<![\p{L}])(?:tribunal|tribunaux|juridictions?|cours?\s+d'appel)(?![\p{L}])/u;

function forumSentenceNamesLaw(clauses: readonly LintClause[]): boolean {
  return clauses.some((c) =>
    sentences(c.body).some((span) => {
      const sentence = fold(c.body.slice(span.start, span.end));
      return COURT.test(sentence) && LAW_OF_THE_DISPUTE.test(sentence);
    }),
  );
}

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
    if (statesGoverningLaw(doc.clauses) || forumSentenceNamesLaw(doc.clauses)) return;
    // A CGU bound to a CGT that chooses the law is covered by it.
    if (related.some((r) => r.kind === "terms" && r.terms?.governingLaw && r.terms.related?.length)) return;
    report({ messageId: "missing", range: doc.locateFact(["governingLaw"]) });
  },
};

export default rule;
