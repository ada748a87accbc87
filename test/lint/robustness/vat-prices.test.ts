// Class f: « TTC » prices from a seller that charges no VAT, in every place they are written.
import { describe } from "vitest";
import { runCases } from "./battery.js";

const NB = "\u00a0";
const HEAD = "# Conditions générales de vente\n\n## Article 3 – Prix\n\n";

describe("robustness: VAT wording of prices", () => {
  runCases([
    { name: "« TVA non applicable, art. 293 B du CGI » and prices « TTC »", rule: "vat-exempt-ttc-prices", reports: true, line: 5, text: HEAD + "Les prix sont indiqués en euros TTC. TVA non applicable, art. 293 B du CGI.\n" },
    { name: "NBSP in « art.\u00a0293\u00a0B »", rule: "vat-exempt-ttc-prices", reports: true, line: 5, text: HEAD + `Les prix sont indiqués en euros TTC. TVA non applicable, art.${NB}293${NB}B du CGI.\n` },
    { name: "a second, unconditional « TTC » after a conditional one", rule: "vat-exempt-ttc-prices", reports: true, line: 9, text: HEAD + "Les prix sont indiqués TTC si applicable. TVA non applicable, article 293 B du Code général des impôts.\n\n## Article 4 – Livraison\n\nLes frais de port sont de 5 € TTC.\n" },
    { name: "« TTC » in an uppercase heading", rule: "vat-exempt-ttc-prices", reports: true, line: 3, text: "# Conditions générales de vente\n\n## ARTICLE 3 – PRIX TTC\n\nLes prix sont fermes. TVA non applicable, art. 293 B du CGI.\n" },
    { name: "« TTC si applicable » only", rule: "vat-exempt-ttc-prices", reports: false, text: HEAD + "Les prix sont indiqués TTC si applicable. TVA non applicable, art. 293 B du CGI.\n" },
    { name: "a quote's contents listing « le prix total HT et TTC »", rule: "vat-exempt-ttc-prices", reports: false, text: HEAD + "TVA non applicable, art. 293 B du CGI.\n\n## Article 4 – Devis\n\nLe devis précise :\n\n- la nature des prestations\n- le prix total HT et TTC\n" },
    { name: "« HT » elsewhere in the sentence does not excuse « 5 € TTC »", rule: "vat-exempt-ttc-prices", reports: true, line: 5, text: HEAD + "Les prix HT sont ceux du site ; la livraison coûte 5 € TTC. TVA non applicable, art. 293 B du CGI.\n" },
    { name: "net prices", rule: "vat-exempt-ttc-prices", reports: false, text: HEAD + "Les prix sont indiqués nets, TVA non applicable, art. 293 B du CGI.\n" },
    { name: "a VAT-liable seller's TTC prices", rule: "vat-exempt-ttc-prices", reports: false, text: HEAD + "Les prix sont indiqués en euros TTC, TVA au taux de 20 % incluse. N° TVA intracommunautaire : FR44732829320.\n" },
  ]);
});
