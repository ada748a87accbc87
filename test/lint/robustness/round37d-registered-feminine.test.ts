// Round T37d (issue #11, deliverable 5): « immatriculée » (and « immatriculés », « immatriculées ») opens the seller's
// identity block as « immatriculé » does; the number given there (a SIRET grouped 3-3-3-3-2) identifies the seller.
// Every text is written for this battery; 2 of its 5 cases failed on main's code (6a6ab3b).
import { describe, expect, it } from "vitest";
import { sellerNameLine } from "../../../src/lint/scan/identity.js";
import { runCases, type WordingCase } from "./battery.js";

const AS_OF = "2021-06-01";
const terms = (identity: string) =>
  `# Conditions générales de vente\n\n## 1. Vendeur\n\n${identity}\n\n## 2. Commandes\n\nLes données enregistrées constituent la preuve des transactions passées entre Jeanne Martin et ses clients.\n\n## 3. Prix\n\nLes prix sont en euros.\n`;
const seller = (name: string, reports: boolean, identity: string, says?: RegExp): WordingCase => ({ name, rule: "seller-identification-incomplete", reports, audience: "b2c", asOf: AS_OF, text: terms(identity), ...(says ? { says } : {}) });

describe("round T37d battery: « immatriculée » opens the seller's identity", () => {
  runCases([
    seller("« immatriculée au répertoire des établissements sous le numéro 889 970 349 000 11 »", false, "Les présentes sont celles de Jeanne Martin, tisserande, immatriculée au répertoire des établissements sous le numéro 889 970 349 000 11, 4 rue des Lices, 49000 Angers."),
    seller("« immatriculée sous le n° 889970349 » with an address", false, "Les présentes sont celles de Jeanne Martin, tisserande, immatriculée sous le n° 889970349, 4 rue des Lices, 49000 Angers."),
    seller("« immatriculé » as before", false, "Les présentes sont celles de Jeanne Martin, tisserand, immatriculé sous le numéro 889 970 349, 4 rue des Lices, 49000 Angers."),
    seller("the name alone is still reported", true, "Les présentes sont celles de Jeanne Martin, tisserande.", /n'est désigné que par son nom/),
    seller("a vehicle's « immatriculation » is no identity", true, "Les présentes sont celles de Jeanne Martin, tisserande. Le numéro d'immatriculation du véhicule de livraison figure sur le bon.", /n'est désigné que par son nom/),
  ]);
});

// Added with the same fix in src/lint/scan/identity.ts (failed before it): the line that names the seller, where
// absences about the seller land.
describe("round T37d: « immatriculée » names the seller's line", () => {
  it("finds the line « Jeanne Martin, immatriculée sous le numéro … »", () => {
    const text = "Bienvenue sur notre boutique de tissages.\nJeanne Martin, immatriculée sous le numéro 889 970 349.\nBonne visite.";
    const line = sellerNameLine(text)!;
    expect(text.slice(line.start, line.end)).toBe("Jeanne Martin, immatriculée sous le numéro 889 970 349.");
  });
});
