// Round T37b (issue #11, deliverable 5): « VAT included » said in words (« TVA comprise », « TVA incluse », « y compris la
// TVA », « les prix comprennent la taxe sur la valeur ajoutée ») by a seller that charges no VAT is the same defect as
// « TTC »; « TVA non comprise » and a VAT-liable seller's words are not. Every text is written for this battery; 4 of its
// 8 cases failed on main's code (46a5f66).
import { describe } from "vitest";
import { runCases, type WordingCase } from "./battery.js";

const HEAD = "# Conditions générales de vente\n\n## Article 3 – Prix\n\n";
const vat = (name: string, reports: boolean, body: string, line?: number): WordingCase => ({ name, rule: "vat-exempt-ttc-prices", reports, ...(line ? { line } : {}), text: HEAD + body + "\n" });

describe("round T37b battery: VAT included, in words, from a seller that charges none", () => {
  runCases([
    vat("« Les prix comprennent la taxe sur la valeur ajoutée » and « non assujettie à la TVA »", true, "Les prix comprennent la taxe sur la valeur ajoutée en vigueur. L'association n'est pas assujettie à la TVA.", 5),
    vat("« prix TVA comprise » and the franchise", true, "Nos tarifs s'entendent TVA comprise. TVA non applicable, art. 293 B du CGI.", 5),
    vat("« TVA incluse » and the franchise", true, "Chaque bougie est vendue 18 €, TVA incluse. Franchise en base de TVA.", 5),
    vat("« y compris la TVA » and the franchise", true, "Le forfait de 60 € s'entend y compris la TVA. TVA non applicable, article 293 B du Code général des impôts.", 5),
    vat("« TVA non comprise » claims no VAT", false, "Les prix sont indiqués en euros, TVA non comprise. TVA non applicable, art. 293 B du CGI."),
    vat("« TVA incluse le cas échéant » is conditional", false, "Les prix sont indiqués TVA incluse le cas échéant. TVA non applicable, art. 293 B du CGI."),
    vat("a VAT-liable seller's « TVA comprise »", false, "Les prix sont indiqués TVA comprise au taux de 20 %. N° TVA intracommunautaire : FR44732829320."),
    vat("« prix nets de taxe » from an exempt seller", false, "Les prix sont nets de taxe. TVA non applicable, art. 293 B du CGI."),
  ]);
});
