// Class b: article citations in every typography; old numbers reported, current ones not.
import { describe } from "vitest";
import { runCases } from "./battery.js";

const NB = "\u00a0";
const doc = (line: string) => `# Conditions générales de vente\n\n## Article 7 – Paiement\n\n${line}\n`;

describe("robustness: citations", () => {
  runCases([
    { name: "« article 441-6 du Code de commerce » without the L", rule: "obsolete-commercial-code-article", reports: true, line: 5, text: doc("Conformément à l'article 441-6 du Code de commerce, tout retard de paiement entraîne des pénalités.") },
    { name: "« article 441-6 » without the L, the code implied by the 40 €", rule: "obsolete-commercial-code-article", reports: true, line: 5, text: doc("Une indemnité forfaitaire de 40 € pour frais de recouvrement est due (article 441-6).") },
    { name: "« art. L. 441-6 C. com. »", rule: "obsolete-commercial-code-article", reports: true, line: 5, text: doc("Pénalités de retard exigibles de plein droit (art. L. 441-6 C. com.).") },
    { name: "« L.441-6 » glued", rule: "obsolete-commercial-code-article", reports: true, line: 5, text: doc("Pénalités de retard selon L.441-6 du code de commerce.") },
    { name: "current « article L 441-10 C. com. »", rule: "obsolete-commercial-code-article", reports: false, text: doc("Pénalités de retard selon l'article L 441-10 C. com. et l'art. L.441-10 du même code.") },
    { name: "current « art.\u00a0L.\u00a0441-10 » with NBSP", rule: "obsolete-commercial-code-article", reports: false, text: doc(`Indemnité de 40${NB}€ (art.${NB}L.${NB}441-10 du Code de commerce).`) },
    { name: "old « L. 121-20-2 du Code de la consommation »", rule: "obsolete-consumer-code-article", reports: true, line: 5, text: doc("Le droit de rétractation ne s'applique pas aux biens personnalisés (article L. 121-20-2 du Code de la consommation).") },
    { name: "old « L211-5 » and « L.211-12 » of the consumer code", rule: "obsolete-consumer-code-article", reports: true, line: 5, text: doc("Le vendeur répond des défauts de conformité (articles L211-5 et L.211-12 du Code de la consommation).") },
    { name: "current « L217-3 et suivants » and « L. 221-18 »", rule: "obsolete-consumer-code-article", reports: false, text: doc("Garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) ; rétractation (art. L. 221-18 du même code).") },
    { name: "old « article 1369-1 du Code civil »", rule: "obsolete-civil-code-article", reports: true, line: 5, text: doc("Les conditions sont mises à disposition par voie électronique (article 1369-1 du Code civil).") },
    { name: "old « art. 1134 C. civ. »", rule: "obsolete-civil-code-article", reports: true, line: 5, text: doc("Les conventions tiennent lieu de loi à ceux qui les ont faites (art. 1134 C. civ.).") },
    { name: "current « 1641 C. civ. » and « article 1103 du Code civil »", rule: "obsolete-civil-code-article", reports: false, text: doc("Garantie des vices cachés (1641 C. civ.) ; force obligatoire (article 1103 du Code civil).") },
  ]);
});
