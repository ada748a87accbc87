// A quote may ask for a deposit up to the ceiling its seller's terms set (Altairis: 30 %); above it,
// the quote contradicts the terms the client accepts with it.
import { formatPercent, toDecimal } from "../../money/index.js";
import type { Rule } from "../types.js";
import { locateTermsFact, replaceValue } from "./_documents.js";

const rule: Rule = {
  meta: {
    id: "quote-deposit-exceeds-terms",
    description: {
      fr: "Le devis demande un acompte supérieur au plafond fixé par les conditions du vendeur.",
      en: "The quote asks for a deposit above the ceiling set by the seller's terms.",
    },
    severity: "error",
    category: "documents",
    legalBasis: ["fr.cciv.1103", "fr.ccom.L441-1"],
    fixable: false,
    hasSuggestions: true,
    appliesTo: { documents: ["quote"], modes: ["facts"], jurisdictions: ["FR", "LU"], audiences: ["b2b", "b2c", "mixed"] },
    messages: {
      exceeds: {
        fr: "acompte de {stated} demandé alors que les conditions du vendeur le plafonnent à {max} ({terms}) : les conditions générales sont le socle de la négociation commerciale et le contrat tient lieu de loi ; ramenez l'acompte à {max} au plus.",
        en: "deposit of {stated} asked while the seller's terms cap it at {max} ({terms}): the terms are the basis of the commercial negotiation and bind the parties; lower the deposit to {max} at most.",
      },
      useCeiling: { fr: "ramener l'acompte au plafond des conditions ({max})", en: "lower the deposit to the terms' ceiling ({max})" },
    },
  },
  check({ doc, report }) {
    const quote = doc.quote;
    const ceiling = doc.terms?.deposit?.maxPercent;
    if (!quote || quote.depositPercent === undefined || ceiling === undefined) return;
    const stated = toDecimal(quote.depositPercent, "l'acompte du devis");
    const max = toDecimal(ceiling, "le plafond d'acompte");
    if (stated.lessThanOrEqualTo(max)) return;
    const fix = replaceValue(doc, ["depositPercent"], quote.depositPercent, max.toString());
    report({
      messageId: "exceeds",
      data: { stated: formatPercent(stated), max: formatPercent(max), terms: locateTermsFact(doc, ["deposit", "maxPercent"]).file },
      range: doc.locateFact(["depositPercent"]),
      ...(fix ? { suggestions: [{ messageId: "useCeiling", data: { max: formatPercent(max) }, fix }] } : {}),
    });
  },
};

export default rule;
