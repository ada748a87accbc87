// Class e: forum and governing-law clauses in their common phrasings.
import { describe } from "vitest";
import { runCases } from "./battery.js";

const HEAD = "# Conditions générales de vente\n\n## Article 1 – Objet\n\nLes présentes conditions régissent la vente de bougies.\n\n## Article 12 – Litiges\n\n";
const LAW = "Les présentes conditions sont soumises au droit français. ";
const b2c = { audience: "b2c" as const };

describe("robustness: forum and governing law", () => {
  runCases([
    { ...b2c, name: "« la juridiction compétente est celle du siège du vendeur »", rule: "jurisdiction-clause-consumer", reports: true, line: 9, text: HEAD + LAW + "À défaut d'accord amiable, la juridiction compétente est celle du siège social du vendeur, à Lyon.\n" },
    { ...b2c, name: "« tribunaux du ressort de la cour d'appel de Lyon »", rule: "jurisdiction-clause-consumer", reports: true, line: 9, text: HEAD + LAW + "Tout litige sera soumis aux tribunaux du ressort de la cour d'appel de Lyon, seuls compétents.\n" },
    { ...b2c, name: "« Tribunal de commerce de Lyon » imposed on consumers", rule: "jurisdiction-clause-consumer", reports: true, line: 9, text: HEAD + LAW + "Tout litige relève de la compétence exclusive du Tribunal de commerce de Lyon.\n" },
    { ...b2c, name: "carve-out « sauf règles impératives contraires »", rule: "jurisdiction-clause-consumer", reports: false, text: HEAD + LAW + "Tout litige sera soumis aux tribunaux de Lyon, sauf règles impératives contraires.\n" },
    { ...b2c, name: "carve-out « pour les consommateurs, le tribunal du lieu de leur domicile »", rule: "jurisdiction-clause-consumer", reports: false, text: HEAD + LAW + "Les tribunaux de Lyon sont compétents ; toutefois, pour les consommateurs, le tribunal compétent est celui du lieu de leur domicile.\n" },
    { name: "« Tribunal de commerce de Lyon » between professionals", rule: "jurisdiction-clause-consumer", reports: false, text: HEAD + LAW + "Tout litige relève de la compétence exclusive du Tribunal de commerce de Lyon.\n" },
    { name: "« Tribunal d'instance de Paris » is abolished", rule: "abolished-court", reports: true, line: 9, text: HEAD + LAW + "Tout litige sera porté devant le Tribunal d'instance de Paris.\n" },
    { name: "« TRIBUNAL DE GRANDE INSTANCE DE LYON » in capitals", rule: "abolished-court", reports: true, line: 9, text: HEAD + LAW + "TOUT LITIGE SERA PORTÉ DEVANT LE TRIBUNAL DE GRANDE INSTANCE DE LYON.\n" },
    { name: "a German court named in French", rule: "abolished-court", reports: false, text: HEAD + "Tout litige sera porté devant le tribunal d'instance (Amtsgericht) de Munich, en Allemagne.\n" },
    { name: "« tribunal judiciaire de Lyon » is current", rule: "abolished-court", reports: false, text: HEAD + LAW + "Tout litige sera porté devant le tribunal judiciaire de Lyon.\n" },
    { name: "« régies par la loi française »", rule: "governing-law-missing", reports: false, text: HEAD + "Les présentes CGV sont régies par la loi française. Tout litige relève du tribunal de commerce de Lyon.\n" },
    { name: "« Droit applicable : droit français » as a table row", rule: "governing-law-missing", reports: false, text: HEAD + "| Droit applicable | droit français |\n|---|---|\n| Tribunal | tribunal de commerce de Lyon |\n" },
    { name: "a court chosen, no law", rule: "governing-law-missing", reports: true, text: HEAD + "Tout litige relève du tribunal de commerce de Lyon.\n" },
  ]);
});
