import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/lu-late-interest-rate.js";
import { lintProse, lintRepoFiles, lintTerms, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "..", "shared", "seeds");
const lu = (penalty: Record<string, unknown>) => ({ governingLaw: "LU", latePayment: { penalty } });
const prose = (sentence: string) => `---\nlaw: LU\n---\n# Article 1 : Retard de paiement\n\n${sentence}\n`;

describe("lu-late-interest-rate", () => {
  it("reports ECB + 7 points (the pre-2013 margin), at the points", () => {
    const messages = lintTerms(lu({ kind: "ecb-plus", points: "7", multiple: null }), rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "lu-late-interest-rate", severity: "warning", line: 40, column: 13 });
    expect(messages[0]!.message).toContain("majoré de 7 points");
  });

  it("reports a fixed rate and the French multiple", () => {
    expect(lintTerms(lu({ kind: "fixed", annualRate: "10", multiple: null }), rule)[0]?.message).toContain("taux fixe de 10 %");
    expect(lintTerms(lu({ multiple: "3" }), rule)[0]?.message).toContain("formule du droit français");
  });

  it("accepts ECB + 8 points or more", () => {
    const clauses = [{ id: "retard", title: "Retard", body: "Tout retard porte intérêts au taux de référence de la BCE majoré de huit points.\n" }];
    expect(lintTerms({ ...lu({ kind: "ecb-plus", points: "8", multiple: null }), clauses }, rule)).toEqual([]);
    expect(lintTerms({ ...lu({ kind: "ecb-plus", points: "10", multiple: null }), clauses }, rule)).toEqual([]);
  });

  it("reads the words too: a clause contradicting a correct fact is reported on its words", () => {
    // The base clause says "trois fois le taux d'intérêt légal".
    expect(lintTerms(lu({ kind: "ecb-plus", points: "8", multiple: null }), rule)).toMatchObject([{ line: 54, column: 65 }]);
  });

  it("reports « BCE + 7 % » in prose on its words", () => {
    const [m, ...rest] = lintProse(prose("Tout retard de paiement porte intérêts au taux BCE + 7 %."), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ line: 6, column: 43, endLine: 6, endColumn: 57 });
  });

  it("shows a monthly rate as written and annualised", () => {
    const [m, ...rest] = lintProse(prose("Tout retard de paiement porte intérêts à 1,5 % du montant par mois."), rule);
    expect(rest).toEqual([]);
    expect(m!.message).toContain("1,5 % par mois, soit 18 % l'an");
  });

  it("reports « au taux d'intérêt légal » without the formula", () => {
    const [m] = lintProse(prose("Tout retard de paiement entraîne des intérêts de retard au taux d'intérêt légal en vigueur."), rule);
    expect(m?.message).toContain("taux légal civil");
  });

  it("accepts Pétillances' wording: the statute's own name for ECB + 8", () => {
    const sentence =
      "Tout retard de paiement entraîne de plein droit et sans mise en demeure préalable le paiement d'intérêts de retard au taux d'intérêt légal en vigueur, conformément à la loi modifiée du 18 avril 2004, qui correspond au taux de référence de la Banque Centrale Européenne majoré de huit pour cent (8%).";
    expect(lintProse(prose(sentence), rule)).toEqual([]);
    expect(lintRepoFiles(["terms/petillances/cg.yaml"], rule)).toEqual([]);
  });

  it("does not apply to French terms", () => {
    expect(lintRepoFiles(["terms/livenote/cgv.yaml"], rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds nothing in Pétillances' seed", () => {
    expect(lintProse(readFileSync(join(SEEDS, "003_d6f4e488504f7134.txt"), "utf8"), rule, { audience: "b2b", law: "LU" })).toEqual([]);
  });
});
