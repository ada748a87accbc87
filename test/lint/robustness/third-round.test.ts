// Round 2 on the new tuning texts (issue #11, deliverables 5 and 6): the withdrawal right only for
// contracts concluded at a distance or off premises, and where the governing law's absence lands.
import { describe, expect, it } from "vitest";
import { allRules } from "../../../src/lint/rules/index.js";
import { lintProse } from "../helpers.js";
import { runCases } from "./battery.js";

const b2c = { audience: "b2c" as const };
const mixed = { audience: "mixed" as const };
const GUARANTEES = "\n## Article 6 – Garanties\n\nLe prestataire est tenu de la garantie légale de conformité et de la garantie des vices cachés.\n";

describe("robustness: withdrawal information needs a distance or off-premises contract", () => {
  runCases([
    { ...b2c, name: "a dog-training school, sessions booked and paid at the club", rule: "consumer-withdrawal-info-missing", reports: false, text: "# Conditions générales – Club canin des Tilleuls\n\n## 1. Séances\n\nLes séances ont lieu sur le terrain du club. L'inscription se fait au club, le jour de la première séance.\n\n## 2. Paiement\n\nLe règlement se fait en espèces ou par chèque au club.\n" },
    { ...mixed, name: "a screed contractor, contract formed by signing the quote with a deposit", rule: "consumer-withdrawal-info-missing", reports: false, text: "# CGV – Chapes du Midi\n\n## Article 2 – Formation du contrat\n\nLe contrat est formé par la signature du devis accompagnée du versement de l'acompte.\n\n## Article 3 – Paiement\n\nLe solde est payable à la fin du chantier. Vous pouvez nous joindre par téléphone au 05 00 00 00 00.\n" },
    { ...b2c, name: "a home visit performed at the client's home is not a contract concluded there", rule: "consumer-withdrawal-info-missing", reports: false, text: "# Conditions de soins – Vétérinaire à domicile\n\n## Rendez-vous\n\nLes consultations ont lieu au domicile du propriétaire de l'animal, uniquement sur rendez-vous.\n" },
    { ...b2c, name: "an order placed on the website: at the order clause, naming the evidence", rule: "consumer-withdrawal-info-missing", reports: true, line: 3, says: /sur notre site/, text: "# CGV – Brume\n\n## Article 2 – Commandes\n\nLa commande est passée sur notre site et confirmée par courriel.\n" + GUARANTEES },
    { ...b2c, name: "a quote sent by e-mail and returned signed", rule: "consumer-withdrawal-info-missing", reports: true, line: 3, says: /par courriel/, text: "# CGV – Atelier Lune\n\n## Article 2 – Devis\n\nLe devis est envoyé au client par courriel ; il vaut commande une fois retourné signé.\n" },
    { ...b2c, name: "a contract signed at the consumer's home (« hors établissement »), at the title when no order clause", rule: "consumer-withdrawal-info-missing", reports: true, line: 1, says: /hors établissement/, text: "# Conditions générales de vente – Fenêtres Dupont\n\n## Article 1 – Objet\n\nLes contrats conclus hors établissement, au domicile du client, sont régis par les présentes.\n" },
    { ...b2c, name: "an order placed by phone", rule: "consumer-withdrawal-info-missing", reports: true, says: /par téléphone/, text: "# CGV – Fromagerie Bleue\n\n## Article 1 – Objet\n\nLes commandes sont passées par téléphone et livrées sous 48 heures.\n" },
  ]);
});

describe("robustness: where the governing law's absence lands", () => {
  const WITHDRAWAL = "\n## Article 5 – Droit de rétractation\n\nVous disposez de quatorze (14) jours pour vous rétracter.\n";
  runCases([
    { ...b2c, name: "« Droit de rétractation » is not the law clause: at the disputes clause", rule: "governing-law-missing", reports: true, line: 7, text: "# CGV – Brume\n" + WITHDRAWAL + "\n## Article 9 – Litiges\n\nLe client peut saisir le médiateur de la consommation.\n" },
    { ...b2c, name: "« Droit de rétractation » is not the law clause: at the title when no disputes clause", rule: "governing-law-missing", reports: true, line: 1, text: "# CGV – Brume\n" + WITHDRAWAL },
    { ...b2c, name: "« Juridiction » heading", rule: "governing-law-missing", reports: true, line: 7, text: "# CGV – Brume\n" + WITHDRAWAL + "\n## Article 9 – Juridiction\n\nTout différend sera porté devant le tribunal compétent.\n" },
  ]);
});

describe("robustness: the governing law's absence is not at the mediation clause", () => {
  runCases([
    { audience: "b2c", name: "« Médiation » then « Litiges »: at « Litiges »", rule: "governing-law-missing", reports: true, line: 7, text: "# CGV – Brume\n\n## Médiation\n\nLe client peut saisir le médiateur CM2C.\n\n## Litiges\n\nTout différend sera porté devant le tribunal compétent.\n" },
  ]);
});

describe("robustness: penalties named without a rate are reported at the mention", () => {
  const TEXT = "# CGV – Studio Onde\n\n## 3. Tarifs et paiement\n\nLes tarifs sont exprimés en euros hors taxes.\n\n- 50 % à la signature du devis\n- 50 % à la livraison\n\nLes paiements sont exigibles par virement. En cas de retard de paiement, des pénalités de retard seront appliquées conformément à la législation en vigueur.\n";
  runCases([
    { name: "the rate: at the sentence naming the penalties", rule: "late-penalty-rate-missing", reports: true, line: 10, text: TEXT },
    { name: "the 40 € indemnity: at the same sentence", rule: "recovery-indemnity-missing", reports: true, line: 10, text: TEXT },
    { name: "no mention at all: at the payment clause", rule: "late-penalty-rate-missing", reports: true, line: 3, text: "# CGV – Studio Onde\n\n## 3. Tarifs et paiement\n\nLes paiements sont exigibles par virement à 30 jours.\n" },
  ]);
});

describe("robustness: clause numbers in the forms published terms write them", () => {
  const HEADINGS = "# CGV – Brume\n\n## Article 4 – Commande\n\n### 4.1 – Panier\n\nLe client choisit ses produits.\n\n### 4.2 – Validation\n\nLa commande est validée au paiement.\n";
  runCases([
    { name: "« l'article 4-5 » when article 4 stops at 4.2", rule: "clause-reference-broken", reports: true, line: 15, text: HEADINGS + "\n## Article 5 – Retours\n\nLes frais sont débités comme prévu à l'article 4-5.\n" },
    { name: "« l'article 4-2 » names 4.2", rule: "clause-reference-broken", reports: false, text: HEADINGS + "\n## Article 5 – Retours\n\nLes frais sont débités comme prévu à l'article 4-2.\n" },
    { name: "« articles 4-5 », a range, is not read as 4.5", rule: "clause-reference-broken", reports: false, text: HEADINGS + "\n## Article 5 – Retours\n\nVoir les articles 4-5.\n" },
    { name: "« 13. ** Garantie**»: the number outside the bold still numbers the clause", rule: "clause-reference-broken", reports: false, text: "Conditions générales de vente\n\n11. Expédition\n\nPar transporteur.\n\n12. ** Réception des livraisons **\n\nLe client contrôle la marchandise.\n\n13. ** Garantie, responsabilité en raison des défauts**\n\nLa garantie dure un an.\n\n14. ** Inexécution**\n\nLes droits du client sont ceux de l'article 13.\n" },
    { name: "« 8 ** Délai de livraison **»: a bare number before a bold title numbers the clause", rule: "clause-reference-broken", reports: false, text: "Conditions générales de vente\n\n7. Réserve de propriété\n\nLe fournisseur reste propriétaire.\n\n8 ** Délai de livraison **\n\nLes droits de l'acheteur sont ceux de la présente clause 8.\n" },
  ]);
});

describe("robustness: one VAT-inclusive price statement, one report", () => {
  const rule = allRules.find((r) => r.meta.id === "vat-exempt-ttc-prices")!;
  const HEAD = "# Conditions générales de vente\n\n## Article 3 – Prix\n\n";
  it("« toutes taxes comprises (TTC) » is reported once", () => {
    const found = lintProse(HEAD + "Les prix sont indiqués en euros toutes taxes comprises (TTC). TVA non applicable, art. 293 B du CGI.\n", rule, { audience: "b2c" });
    expect(found.map((m) => m.line)).toEqual([5]);
  });
  it("two prices « TTC » are two statements, « TTC (toutes taxes comprises) » one", () => {
    const found = lintProse(HEAD + "Le forfait coûte 90 € TTC (toutes taxes comprises), la livraison 5 € TTC. TVA non applicable, art. 293 B du CGI.\n", rule, { audience: "b2c" });
    expect(found.map((m) => m.column)).toEqual([23, 70]);
  });
});

describe("robustness: the seller's registration in the words published terms use", () => {
  runCases([
    { audience: "b2c", name: "« immatriculée au registre de commerce et des sociétés de Bayonne sous le numéro … »", rule: "seller-identification-incomplete", reports: false, text: "# Conditions générales de vente\n\nLe site est édité par :\n\nLa société Lunes SAS, société par actions simplifiée au capital de 30 000 €, immatriculée au registre de commerce et des sociétés de Bayonne sous le numéro 814 123 824, dont le siège social est situé 2 allée des Pins 64210 Bidart.\n" },
    { audience: "b2b", name: "a training body's declaration « en cours d'enregistrement » with the prefect is not an RCS placeholder", rule: "seller-identification-incomplete", reports: false, text: "# Conditions générales de vente\n\nSASU FORMA PLUS, société par actions simplifiée unipersonnelle au capital de 1 000 €, RCS Versailles 814 123 824, siège social 3 rue Foch 78000 Versailles, est un organisme de formation. Déclaration d'activité enregistrée sous le numéro « en cours d'enregistrement » auprès du préfet de région d'Île-de-France.\n" },
    { audience: "b2b", name: "a company « en cours d'immatriculation » is still reported", rule: "seller-identification-incomplete", reports: true, text: "# Conditions générales de vente\n\nSASU FORMA PLUS, société par actions simplifiée unipersonnelle au capital de 1 000 €, RCS en cours d'immatriculation, siège social 3 rue Foch 78000 Versailles.\n" },
  ]);
});

describe("robustness: a service that re-bills what it buys does not sell goods", () => {
  const HEAD = "# Conditions générales de vente – Pattes & Compagnie\n\n## Prestations\n\nGarde d'animaux au domicile du client, réservée en ligne.\n";
  runCases([
    { audience: "b2c", name: "« en plus de la facturation des produits achetés » for the service", rule: "legal-guarantees-info-missing", reports: false, text: HEAD + "\n## Frais\n\nTout achat nécessaire à la prestation est remboursé par le client, en plus de la facturation des produits achetés.\n" },
    { audience: "b2c", name: "« les produits achetés sur le site » are goods sold", rule: "legal-guarantees-info-missing", reports: true, text: HEAD + "\n## Boutique\n\nLes produits achetés sur le site sont remis au client lors de la visite.\n" },
  ]);
});
