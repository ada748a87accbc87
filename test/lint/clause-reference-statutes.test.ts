// Citations of an article of a statute or code (Swiss, French, EU) are not references to a clause of the terms.
// Wording written for these tests.
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/clause-reference-broken.js";
import { lintProse } from "./helpers.js";

// Five numbered clauses: a reference to « article 10 » points to nothing in the document.
const terms = (sentence: string) =>
  ["Objet", "Prix", "Paiement", "Livraison", "Litiges"].map((t, i) => `# Article ${i + 1} : ${t}\n\n${i === 1 ? sentence : "Texte de la clause."}\n`).join("\n");

describe("clause-reference-broken and statutes", () => {
  it.each([
    "Les prix sont en francs suisses ; l'art. 10 LTVA dispense le vendeur de la TVA.",
    "Le vendeur répond de ses fautes (art. 97 CO) ; art. 8 CC.",
    "Les données sont traitées selon l'article 6 de la loi n° 78-17 du 6 janvier 1978.",
    "La garantie des vices cachés (art. 1641 C. civ.) s'applique.",
    "Le traitement repose sur l'article 9 du RGPD.",
    "TVA non applicable, art. 293 B du CGI.",
    "Le traitement repose sur l'article 6 RGPD.",
  ])("does not read « %s » as a reference to a clause", (sentence) => {
    expect(lintProse(terms(sentence), rule).filter((m) => m.ruleId === rule.meta.id)).toEqual([]);
  });

  it.each(["Voir l'article 10 ci-dessous.", "Les frais suivent l'article 10 des présentes."])("still reports « %s » when the terms have no article 10", (sentence) => {
    const [m, ...rest] = lintProse(terms(sentence), rule).filter((x) => x.ruleId === rule.meta.id);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "clause-reference-broken", line: 7 });
  });
});
