// A second round of wordings, written after the first fixes to probe how far they generalise (every
// class mixed). Three failed on first run and were fixed generally: « Code du commerce », « taux
// d'intérêt légal x 3 », and a bold « label : figure » line read as a heading (its 40 € lost).
import { describe } from "vitest";
import { runCases } from "./battery.js";
const doc = (line: string) => `# Conditions générales de vente\n\n## Article 7 – Paiement\n\n${line}\n`;
const SELLER = "Atelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.";
const lp = (body: string) => `# Conditions générales de vente\n\n${SELLER}\n\n## Article 5 – Retard de paiement\n\n${body}\n`;
const HEAD = "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente de bougies.\n\n## Article 12 – Litiges\n\n";
describe("robustness: second round of wordings", () => {
  runCases([
    { name: "art L441-6 no dot", rule: "obsolete-commercial-code-article", reports: true, text: doc("Pénalités de retard (art L441-6 du Code de commerce).") },
    { name: "Code du commerce misspelt", rule: "obsolete-commercial-code-article", reports: true, text: doc("Conformément à l'article L 441-6 alinéa 12 du Code du commerce, une indemnité forfaitaire de 40 € est due.") },
    { name: "articles L. 441-6 et D. 441-5", rule: "obsolete-commercial-code-article", reports: true, text: doc("Indemnité forfaitaire pour frais de recouvrement de 40 € (articles L. 441-6 et D. 441-5 du Code de commerce).") },
    { name: "L441-3 invoices", rule: "obsolete-commercial-code-article", reports: true, text: doc("La facture comporte les mentions de l'article L441-3 du Code de commerce.") },
    { name: "old L121-21", rule: "obsolete-consumer-code-article", reports: true, text: doc("Le client dispose d'un délai de rétractation de 14 jours (article L.121-21 du Code de la consommation).") },
    { name: "taux annuel de 12 %", rule: "late-penalty-rate-missing", reports: false, text: lp("Des pénalités de retard au taux annuel de 12 % seront appliquées. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte.") },
    { name: "intérêts de retard égaux à trois fois le taux légal", rule: "late-penalty-rate-missing", reports: false, text: lp("Intérêts de retard : trois fois le taux légal. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte.") },
    { name: "taux légal x3", rule: "late-penalty-rate-missing", reports: false, text: lp("Pénalités de retard : taux d'intérêt légal x 3. Indemnité forfaitaire pour frais de recouvrement : 40 €. Pas d'escompte.") },
    { name: "indemnité 40 € in bold separate sentence", rule: "recovery-indemnity-missing", reports: false, text: lp("Pénalités : trois fois le taux d'intérêt légal.\n\n**Indemnité forfaitaire de recouvrement : 40 €**\n\nPas d'escompte.") },
    { name: "indemnité « de 40 euros HT »", rule: "recovery-indemnity-missing", reports: false, text: lp("Pénalités : trois fois le taux d'intérêt légal. Une indemnité pour frais de recouvrement de 40 euros sera due. Pas d'escompte.") },
    { audience: "b2c", name: "compétence attribuée aux tribunaux de Lyon", rule: "jurisdiction-clause-consumer", reports: true, text: HEAD + "Le droit français est applicable. Compétence est attribuée aux tribunaux de Lyon.\n" },
    { audience: "b2c", name: "seul le tribunal de commerce de Lyon sera compétent", rule: "jurisdiction-clause-consumer", reports: true, text: HEAD + "Droit français. En cas de litige, seul le Tribunal de Commerce de Lyon sera compétent.\n" },
    { audience: "b2c", name: "CGV régies par le droit français, sans tribunal", rule: "jurisdiction-clause-consumer", reports: false, text: HEAD + "Les présentes sont régies par le droit français. En cas de litige, les tribunaux français sont compétents.\n" },
    { name: "RCS PARIS B uppercase", rule: "seller-identification-incomplete", reports: false, text: "# CGV\n\nATELIER BRUME SASU au capital de 1.000 €, RCS PARIS B 732 829 320, 8 rue des Tanneurs 75001 Paris.\n" },
    { name: "SA capital social de 1000€", rule: "seller-identification-incomplete", reports: false, text: "# CGV\n\nBrume S.A. au capital social de 1000€ – siège : 8 rue des Tanneurs 75001 Paris – RCS Paris 732829320\n" },
    { name: "SIRET only for SAS + RCS Paris", rule: "seller-identification-incomplete", reports: false, text: "# CGV\n\nBrume SAS, capital : 1 000 €, siège : 8 rue des Tanneurs 75001 Paris, SIRET : 732 829 320 00074, RCS Paris.\n" },
    { name: "Mentions légales table", rule: "seller-identification-incomplete", reports: false, text: "# Mentions légales\n\n| | |\n|---|---|\n| Raison sociale | Brume SARL |\n| Capital | 2 000 € |\n| Siège | 8 rue des Tanneurs 75001 Paris |\n| RCS | Paris 732 829 320 |\n" },
    { name: "TVA non applicable article 293B glued", rule: "vat-exempt-ttc-prices", reports: true, text: "# CGV\n\n## Prix\n\nTous nos prix sont en euros TTC. TVA non applicable - article 293B du CGI.\n" },
    { audience: "b2c", name: "médiateur: Médiateur de la consommation link", rule: "consumer-mediator-missing", reports: false, text: "# CGV\n\n## Litiges\n\nConformément à l'article L612-1 du Code de la consommation, vous pouvez recourir gratuitement au service de médiation CNPM : https://cnpm-mediation-consommation.eu\n" },
  ]);
});
