// No input makes a rule crash (the engine would report "la règle … a échoué"): random prose built
// from the fragments rules look for, and random edits of a real terms file, must lint cleanly.
import fc from "fast-check";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allRules } from "../../src/lint/rules/index.js";
import { lintProse, lintRepoFiles, ROOT } from "./helpers.js";
import { lintPaths } from "../../src/lint/run.js";

const FRAGMENTS = [
  "Article 3 :", "ARTICLE 6 : RETARD DE PAIEMENT", "Clause n° 5", "3.2.1 Titre", "# Litiges", "\n", "\n\n", " ",
  "article 1148 du Code civil", "l'article 1152 du même code", "art. L441-6 VI", "L121-21", "Loi n° 2012-387",
  "trois (3) fois le taux d'intérêt légal", "1,5 fois", "taux BCE + 7 points", "indemnité forfaitaire pour frais de recouvrement",
  "de quarante (40) euros", "30 €", "pour tout retard de trente (30) jours ou plus", "après mise en demeure",
  "Tribunal d'Instance de Paris", "tribunal de commerce de Lyon", "seuls les tribunaux de", "droit français", "droit luxembourgeois",
  "SIRET 422 551 481 000 35", "SIREN 123 456 789", "TVA FR61422551481", "IBAN FR76 1558 9335 7707 7936 1154 020", "BIC CMBRFR2BARK",
  "En cours de domiciliation", "TVA non applicable", "TTC", "rétractation de 7 jours", "médiateur", "la Clause 4.2.2",
  "« Retard de paiement »", "payable à 90 jours fin de mois", "escompte", "En vigueur au 01/01/2024", "particuliers", "œuvre", "€",
];

const prose = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(" "));

const crashed = (messages: { message: string }[]) => messages.filter((m) => /a échoué|failed on this document/.test(m.message));

describe("rules never crash", () => {
  it("on random prose made of the fragments they look for", () => {
    fc.assert(
      fc.property(prose, fc.constantFrom("b2b", "b2c", "mixed") as fc.Arbitrary<"b2b" | "b2c" | "mixed">, fc.constantFrom("FR", "LU") as fc.Arbitrary<"FR" | "LU">, (text, audience, law) => {
        expect(crashed(lintProse(text, allRules, { audience, law }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("on random line deletions from a real terms file (invalid results are reported, not thrown)", () => {
    const original = readFileSync(join(ROOT, "terms/altairis/cgv.yaml"), "utf8").split("\n");
    const dir = mkdtempSync(join(tmpdir(), "clausier-robust-"));
    writeFileSync(join(dir, "seller.yaml"), readFileSync(join(ROOT, "terms/altairis/seller.yaml")));
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: original.length - 1 }), { maxLength: 6 }), (drop) => {
        writeFileSync(join(dir, "cgv.yaml"), original.filter((_, i) => !drop.includes(i)).join("\n"));
        const { results } = lintPaths(["cgv.yaml"], dir, allRules, { asOf: "2026-11-23", locale: "fr" });
        expect(crashed(results.flatMap((r) => r.messages))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("on every bundled document", () => {
    expect(crashed(lintRepoFiles(["terms", "fixtures/altairis", "fixtures/livenote", "fixtures/luxoges", "fixtures/petillances", "fixtures/voguezen"], allRules))).toEqual([]);
  });
});
