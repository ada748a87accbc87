// Class d: consumer information in its common wordings, and where an absent duty is reported.
import { describe } from "vitest";
import { runCases } from "./battery.js";

const HEAD = "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente en ligne de bougies aux consommateurs sur le site brume.fr.\n";
const WITHDRAWAL = "\n## Article 5 – Droit de rétractation\n\nVous disposez d'un délai de quatorze (14) jours à compter de la réception du produit pour exercer votre droit de rétractation, sans avoir à motiver votre décision.\n";
const GUARANTEES = "\n## Article 6 – Garanties\n\nLe vendeur est tenu de la garantie légale de conformité (articles L217-3 et suivants du Code de la consommation) et de la garantie des vices cachés (articles 1641 et suivants du Code civil).\n";
const MEDIATION = "\n## Article 9 – Médiation\n\nEn cas de litige, le client peut recourir gratuitement au médiateur de la consommation CM2C, 14 rue Saint-Jean 75017 Paris, www.cm2c.net.\n";
const b2c = { audience: "b2c" as const };

describe("robustness: consumer information", () => {
  runCases([
    // Named but without its website (C. conso R616-1 asks both): reported for the missing website, not as « no mediator ».
    { ...b2c, name: "a mediator named by its name only: its website is asked, on its name's line", rule: "consumer-mediator-missing", reports: true, line: 17, says: /sans ses coordonnées/, text: HEAD + WITHDRAWAL + GUARANTEES + "\n## Article 9 – Litiges\n\nEn cas de litige, le client peut saisir gratuitement le CM2C.\n" },
    { ...b2c, name: "« médiation de la consommation » with a platform URL", rule: "consumer-mediator-missing", reports: false, text: HEAD + WITHDRAWAL + GUARANTEES + "\n## Article 9 – Litiges\n\nLe client peut recourir à un dispositif de médiation de la consommation via la plateforme https://www.mediateur-conso.fr.\n" },
    { ...b2c, name: "no mediator: at the disputes clause", rule: "consumer-mediator-missing", reports: true, line: 15, text: HEAD + WITHDRAWAL + GUARANTEES + "\n## Article 9 – Litiges\n\nLes présentes conditions sont soumises au droit français.\n" },
    { ...b2c, name: "« délai de quatorze (14) jours »", rule: "consumer-withdrawal-info-missing", reports: false, text: HEAD + WITHDRAWAL + GUARANTEES + MEDIATION },
    { ...b2c, name: "« 14 jours francs »", rule: "consumer-withdrawal-info-missing", reports: false, text: HEAD + "\n## Article 5 – Retours\n\nLe consommateur dispose de 14 jours francs pour se rétracter à compter de la livraison.\n" + GUARANTEES + MEDIATION },
    { ...b2c, name: "« rétractation » in the heading only", rule: "consumer-withdrawal-info-missing", reports: false, text: HEAD + "\n## Article 5 – RÉTRACTATION\n\nLe client dispose de 14 jours à compter de la réception pour renvoyer le produit, sans avoir à justifier de motifs ni à payer de pénalités.\n" + GUARANTEES + MEDIATION },
    { ...b2c, name: "withdrawal never mentioned: at the title when no clause is for it", rule: "consumer-withdrawal-info-missing", reports: true, line: 1, text: HEAD + GUARANTEES + MEDIATION },
    { ...b2c, name: "guarantees with article numbers in parentheses", rule: "legal-guarantees-info-missing", reports: false, text: HEAD + WITHDRAWAL + "\n## Article 6 – Garanties\n\nLes produits bénéficient de la garantie légale de conformité (articles L217-3 et suivants) et de la garantie des vices cachés (1641 C. civ.).\n" + MEDIATION },
    { ...b2c, name: "guarantees never mentioned", rule: "legal-guarantees-info-missing", reports: true, text: HEAD + WITHDRAWAL + MEDIATION },
    { ...b2c, name: "guarantees missing: at the guarantees clause that exists", rule: "legal-guarantees-info-missing", reports: true, line: 11, text: HEAD + WITHDRAWAL + "\n## Article 6 – Garantie\n\nLes bougies sont garanties un an par le fabricant.\n" + MEDIATION },
    { ...b2c, asOf: "2026-07-01", name: "online sale after 19 June 2026 without the withdrawal function", rule: "withdrawal-function-info-missing", reports: true, text: HEAD + WITHDRAWAL + GUARANTEES + MEDIATION },
    { ...b2c, asOf: "2026-07-01", name: "the withdrawal function named", rule: "withdrawal-function-info-missing", reports: false, text: HEAD + WITHDRAWAL + "Vous pouvez également exercer votre droit de rétractation en ligne via la fonctionnalité « Se rétracter du contrat » de votre espace client.\n" + GUARANTEES + MEDIATION },
  ]);
});
