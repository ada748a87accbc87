// Deliverable 6: a finding about an absent mention points at the clause where it belongs, whatever the
// heading style (Markdown, bold paragraph, « 4.1 », capitals), else the title; a seller finding at its name.
import { describe } from "vitest";
import { runCases } from "./battery.js";
const SELLER = "Atelier Brume SAS au capital de 1 000 €, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.";
describe("robustness: where absent duties are reported", () => {
  runCases([
    { name: "rate missing, no payment clause: at the title, saying so", rule: "late-penalty-rate-missing", reports: true, line: 1, says: /signalé au titre du document : aucune clause ne traite de ce point\)$/, text: `# Conditions générales de vente\n\n${SELLER}\n\n## Objet\n\nVente de bougies aux professionnels.\n` },
    { name: "rate missing: at bold « **Article 4 – Règlement** »", rule: "late-penalty-rate-missing", reports: true, line: 5, text: `# Conditions générales de vente\n\n${SELLER}\n\n**Article 4 – Règlement**\n\nLes factures sont payables à 30 jours. Indemnité forfaitaire pour frais de recouvrement : 40 €. Aucun escompte.\n` },
    { name: "rate missing: at numbered « 4.1 Paiement »", rule: "late-penalty-rate-missing", reports: true, line: 5, text: `# Conditions générales de vente\n\n${SELLER}\n\n4.1 Paiement\n\nLes factures sont payables à 30 jours. Indemnité forfaitaire pour frais de recouvrement : 40 €. Aucun escompte.\n` },
    { name: "rate missing: at uppercase « CONDITIONS DE PAIEMENT »", rule: "late-penalty-rate-missing", reports: true, line: 5, text: `# Conditions générales de vente\n\n${SELLER}\n\nCONDITIONS DE PAIEMENT\n\nLes factures sont payables à 30 jours. Indemnité forfaitaire pour frais de recouvrement : 40 €. Aucun escompte.\n` },
    { name: "governing law missing: at the disputes clause, not said to be at the title", rule: "governing-law-missing", reports: true, line: 5, says: /^(?![\s\S]*titre du document)/, text: `# CGV\n\n${SELLER}\n\n## Article 9 - Litiges\n\nTout litige relève du tribunal de commerce de Lyon.\n` },
    { name: "seller id: at the notice at the end", rule: "seller-identification-incomplete", reports: true, line: 9, text: `# CGV\n\n## Objet\n\nVente de bougies.\n\n## Mentions légales\n\nBrume SARL, 8 rue des Tanneurs 69001 Lyon, RCS Lyon 732 829 320.\n` },
  ]);
});
