// Round T36a (issue #11): a seller's registration left pending on its own labelled line (« Immatriculation : En cours
// de création », « N° d'immatriculation : en cours », « Immatriculation au RCS : en cours d'enregistrement ») is the
// registration's placeholder (C. com. R123-237): it is reported on that line, not on an earlier line that also says
// « en cours de création » about something else (« Forme juridique : entreprise individuelle en cours de création »).
// The address left « en cours de domiciliation » stays its own finding on its own line. Wording written for the test.
// Run on the code before the round (commit 0362d8e): 6 of 10 cases failed; none is left.
import { describe, expect, it } from "vitest";
import seller from "../../../src/lint/rules/seller-identification-incomplete.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) => lintProse(text, seller, OPTIONS).filter((m) => m.ruleId === seller.meta.id);
const lineOf = (text: string, words: string) => text.slice(0, text.indexOf(words)).split("\n").length;

const LAYOUTS: Record<string, (rows: string[]) => string> = {
  list: (rows) => `## Vendeur\n\n${rows.map((r) => `- ${r}`).join("\n")}\n`,
  lines: (rows) => `## Mentions légales\n\n${rows.join("  \n")}\n`,
};

describe("round T36a: a registration left pending on its own line", () => {
  const PENDING: Record<string, string> = {
    "immatriculation": "Immatriculation : En cours de création",
    "n° d'immatriculation": "N° d'immatriculation : en cours",
    "immatriculation au rcs": "Immatriculation au RCS : en cours d'enregistrement",
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, row] of Object.entries(PENDING)) {
      it(`is reported on the registration's line (${layout}, ${name})`, () => {
        const text = make(["Nom : Margaux Pellerin", "Forme juridique : entreprise individuelle en cours de création", "Adresse : 7 chemin des Saules, 44000 Nantes", "Courriel : contact@saules.example", row]);
        const found = run(text);
        expect(found.map((f) => f.line)).toContain(lineOf(text, row));
        expect(found.map((f) => f.line)).not.toContain(lineOf(text, "Forme juridique"));
      });
    }
    it(`the address and the registration left pending are two findings on their lines (${layout})`, () => {
      const text = make(["Nom : Margaux Pellerin", "Forme juridique : entreprise individuelle en cours de création", "Adresse : Entreprise en cours de domiciliation", "Immatriculation : En cours de création"]);
      const lines = run(text).map((f) => f.line).sort((a, b) => a - b);
      expect(lines).toEqual([lineOf(text, "Adresse"), lineOf(text, "Immatriculation")]);
    });
    it(`a real registration number on the line is no placeholder (${layout})`, () => {
      const text = make(["Atelier Saules SARL au capital de 2 000 €", "Adresse : 7 chemin des Saules, 44000 Nantes", "Immatriculation : RCS Nantes 512 345 671"]);
      expect(run(text)).toHaveLength(0);
    });
  }
});
