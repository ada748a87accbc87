// Round T35c (issue #11): a template's identity value left in brackets after its label (« SIRET numéro [numéro] »,
// « RCS : [ville] », « TVA n° [à compléter] », « SIREN [•] ») is a placeholder published as a legal mention
// (C. com. R123-237): one finding for the block, at its first bracketed value. A markdown link after the label
// (« SIRET : [voir l'annuaire](https://…) ») and a real number are no template. Wording written for the test.
// Run on the code before the round (commit 6c10571): 12 of 18 cases failed; none is left.
import { describe, expect, it } from "vitest";
import seller from "../../../src/lint/rules/seller-identification-incomplete.js";
import { lintProse } from "../helpers.js";

const OPTIONS = { audience: "b2c" as const, law: "FR" as const, asOf: "2026-12-06" };
const run = (text: string) => lintProse(text, seller, OPTIONS).filter((m) => m.ruleId === seller.meta.id);
const lineOf = (text: string, words: string) => text.slice(0, text.indexOf(words)).split("\n").length;

const LAYOUTS: Record<string, (rows: string[]) => string> = {
  list: (rows) => `## Vendeur\n\nLes coordonnées du vendeur sont les suivantes :\n${rows.map((r) => `- ${r}`).join("\n")}\n`,
  lines: (rows) => `## Mentions légales\n\n${rows.join("  \n")}\n`,
  sentence: (rows) => `## Identification\n\nLe site est édité par ${rows.join(", ")}.\n`,
};

describe("round T35c: an identity value left as a bracketed template", () => {
  const TEMPLATE: Record<string, [string[], string]> = {
    "siret numéro": [["Atelier Marelle SAS", "12 rue des Tanneurs, 69001 Lyon", "SIRET numéro [numéro]", "TVA intracommunautaire [numéro]"], "[numéro]"],
    "rcs colon": [["Atelier Marelle SARL au capital de 5 000 €", "12 rue des Tanneurs, 69001 Lyon", "RCS : [ville] [numéro]"], "[ville]"],
    "siren n°": [["Atelier Marelle SAS", "12 rue des Tanneurs, 69001 Lyon", "SIREN n° [•]"], "[•]"],
    "tva to fill": [["Atelier Marelle SAS au capital de 1 000 €", "RCS Lyon 512 345 671", "12 rue des Tanneurs, 69001 Lyon", "TVA n° [à compléter]"], "[à compléter]"],
  };
  const REAL: Record<string, string[]> = {
    "link": ["Atelier Marelle SAS au capital de 1 000 €", "12 rue des Tanneurs, 69001 Lyon", "RCS Lyon 512 345 671", "SIRET : [voir l'annuaire](https://annuaire.example.fr)"],
    "real numbers": ["Atelier Marelle SAS au capital de 1 000 €", "12 rue des Tanneurs, 69001 Lyon", "RCS Lyon 512 345 671 [greffe de Lyon]"],
  };
  for (const [layout, make] of Object.entries(LAYOUTS)) {
    for (const [name, [rows, value]] of Object.entries(TEMPLATE)) {
      it(`a bracketed template is one finding at its value (${layout}, ${name})`, () => {
        const text = make(rows);
        const found = run(text);
        expect(found).toHaveLength(1);
        expect(found[0]!.message).toContain(value);
        expect(found[0]!.line).toBe(lineOf(text, value));
      });
    }
    for (const [name, rows] of Object.entries(REAL)) {
      it(`no template, no placeholder (${layout}, ${name})`, () => {
        expect(run(make(rows)).filter((m) => /valeur d'attente/.test(m.message))).toEqual([]);
      });
    }
  }
});
