// More wordings of published terms (late payment, consumer information, forum, seller), written after the
// fixes to probe generalisation: all passed on first run; kept as regression cases.
import { describe } from "vitest";
import { runCases } from "./battery.js";
const SELLER = "Atelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.";
const lp = (body: string) => `# Conditions générales de vente\n\n${SELLER}\n\n## Article 5 – Conditions de paiement\n\n${body}\n`;
const SHOP = "# CGV\n\n## 1. Objet\n\nLes présentes conditions régissent les ventes de bougies sur le site brume.fr aux consommateurs. Les produits sont expédiés par colis.\n";
const b2c = { audience: "b2c" as const };
describe("robustness: more wordings", () => {
  runCases([
    { name: "pénalités « égales à 3 fois le taux d'intérêt légal en vigueur »", rule: "late-penalty-rate-missing", reports: false, text: lp("Tout retard de paiement entraîne l'exigibilité de pénalités égales à 3 fois le taux d'intérêt légal en vigueur, ainsi qu'une indemnité forfaitaire de 40 € pour frais de recouvrement. Aucun escompte.") },
    { name: "« taux de refinancement de la BCE majoré de 10 points » in a list", rule: "late-penalty-rate-missing", reports: false, text: lp("En cas de retard :\n\n- pénalités au taux de refinancement de la BCE majoré de 10 points ;\n- indemnité forfaitaire pour frais de recouvrement : 40 €.\n\nAucun escompte pour paiement anticipé.") },
    { name: "« intérêts de retard au taux de 10 % »", rule: "late-penalty-rate-missing", reports: false, text: lp("Toute somme non payée à l'échéance porte intérêts de retard au taux de 10 %. Indemnité forfaitaire pour frais de recouvrement : 40 €. Aucun escompte.") },
    { name: "3.2 numbered paragraph, « quarante (40) euros »", rule: "recovery-indemnity-missing", reports: false, text: "# CGV\n\n" + SELLER + "\n\n3.2 Retard de paiement\n\nPénalités : trois fois le taux d'intérêt légal. Une indemnité forfaitaire de quarante (40) euros est due pour frais de recouvrement. Aucun escompte.\n" },
    { name: "« escompte : néant »", rule: "early-payment-discount-missing", reports: false, text: lp("Pénalités : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Escompte : néant.") },
    { name: "« aucun escompte ne sera consenti »", rule: "early-payment-discount-missing", reports: false, text: lp("Pénalités : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Aucun escompte ne sera consenti en cas de paiement anticipé.") },
    { ...b2c, name: "mediator « Médiateur : CM2C – www.cm2c.net » legal-notice row", rule: "consumer-mediator-missing", reports: false, text: SHOP + "\n## 9. Litiges\n\nMédiateur de la consommation : CM2C – www.cm2c.net\n" },
    { ...b2c, name: "mediator missing, disputes in bold heading", rule: "consumer-mediator-missing", reports: true, line: 7, text: SHOP + "\n**LITIGES**\n\nTout litige sera soumis aux tribunaux compétents.\n" },
    { ...b2c, name: "withdrawal: « délai de rétractation de quatorze jours »", rule: "consumer-withdrawal-info-missing", reports: false, text: SHOP + "\n## 5. Rétractation\n\nLe consommateur dispose d'un délai de rétractation de quatorze jours à compter de la réception.\n" },
    { ...b2c, name: "guarantees: « garantie légale de conformité » + « garantie contre les vices cachés »", rule: "legal-guarantees-info-missing", reports: false, text: SHOP + "\n## 6. Garanties légales\n\nTous nos produits bénéficient de la garantie légale de conformité et de la garantie contre les vices cachés.\n" },
    { ...b2c, name: "guarantees: only the conformity one", rule: "legal-guarantees-info-missing", reports: true, line: 9, text: SHOP + "\n## 6. Garanties\n\nLe vendeur est tenu de la garantie légale de conformité.\n" },
    { ...b2c, name: "guarantees missing: at the « Garantie » clause", rule: "legal-guarantees-info-missing", reports: true, line: 7, text: SHOP + "\n## 6. Garantie\n\nNos bougies sont faites main.\n" },
    { ...b2c, name: "jurisdiction « attribution de juridiction est faite au tribunal judiciaire de Lyon »", rule: "jurisdiction-clause-consumer", reports: true, text: SHOP + "\n## 9. Litiges\n\nLe droit français s'applique. Attribution de juridiction est faite au tribunal judiciaire de Lyon.\n" },
    { ...b2c, name: "jurisdiction « sous réserve des dispositions d'ordre public applicables aux consommateurs »", rule: "jurisdiction-clause-consumer", reports: false, text: SHOP + "\n## 9. Litiges\n\nLe droit français s'applique. Les tribunaux de Lyon sont seuls compétents, sous réserve des dispositions d'ordre public applicables aux consommateurs.\n" },
    { name: "seller: « N° SIRET » legal notice + « SAS au capital variable »", rule: "seller-identification-incomplete", reports: false, text: "# Mentions légales\n\nBrume SAS au capital variable\nSiège social : 8 rue des Tanneurs 69001 Lyon\nN° SIRET : 732 829 320 00074 – RCS Lyon\n" },
    { name: "seller: SARL with everything but RCS city", rule: "seller-identification-incomplete", reports: true, line: 3, text: "# CGV\n\nBrume SARL au capital de 1 000 €, siège social 8 rue des Tanneurs 69001 Lyon, SIREN 732 829 320.\n" },
    { name: "seller: micro-entrepreneur without « EI »", rule: "seller-identification-incomplete", reports: true, asOf: "2024-01-01", text: "# CGV\n\nJeanne Martin, micro-entrepreneur, 3 rue Haute 44000 Nantes, SIRET 732 829 320 00074.\n" },
    { name: "seller: « Jeanne Martin EI » micro-entrepreneur complete", rule: "seller-identification-incomplete", reports: false, asOf: "2024-01-01", text: "# CGV\n\nJeanne Martin EI, micro-entrepreneur, 3 rue Haute 44000 Nantes, SIRET 732 829 320 00074.\n" },
  ]);
});
