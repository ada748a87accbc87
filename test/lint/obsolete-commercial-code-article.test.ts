import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/obsolete-commercial-code-article.js";
import { lintProse, lintRepoFiles, ROOT } from "./helpers.js";

const SEEDS = join(ROOT, "../shared/seeds");
const penalties = (citation: string) =>
  `# Article 6 : Retard de paiement\n\nConformément à ${citation}, des pénalités de retard sont dues au taux de trois fois le taux d'intérêt légal.\n`;

describe("obsolete-commercial-code-article", () => {
  it("suggests L441-10 for « l'article L. 441-6 du Code de commerce » about penalties, without a fix", () => {
    const [m, ...rest] = lintProse(penalties("l'article L. 441-6 du Code de commerce"), rule);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ ruleId: "obsolete-commercial-code-article", severity: "warning", line: 3, column: 26, endColumn: 34 });
    expect(m!.fix).toBeUndefined();
    expect(m!.suggestions!.map((s) => s.fix.text)).toEqual(["441-10"]);
    expect(m!.message).toContain("L. 441-10");
  });

  it("reads a bare « Article L441-6 » in text about penalties", () => {
    const [m] = lintProse(penalties("l'Article L441-6"), rule);
    expect(m).toMatchObject({ line: 3, column: 26 });
    expect(m!.suggestions!.map((s) => s.fix.text)).toEqual(["441-10"]);
  });

  it("reads « article 441-6 » without its L when the code is named or the subject is late payment", () => {
    const [named] = lintProse(penalties("l'article 441-6 du Code de commerce"), rule);
    expect(named).toMatchObject({ line: 3, column: 26, endColumn: 31 });
    expect(named!.suggestions!.map((s) => s.fix.text)).toEqual(["L441-10"]);
    const [implied] = lintProse("# Article 6 : Retard de paiement\n\nUne indemnité forfaitaire de 40 € est due en cas de retard (art. 441-6).\n", rule);
    expect(implied).toMatchObject({ line: 3, column: 66 });
    // Near miss: a number of the document, and a bare number about nothing the Code de commerce says.
    expect(lintProse("# Article 6 : Retard de paiement\n\nLes pénalités de retard suivent l'article 4.1.\n", rule)).toEqual([]);
    expect(lintProse("# Article 6 : Garantie\n\nLa garantie suit l'article 441-6.\n", rule)).toEqual([]);
  });

  it("rewrites a paragraph cited by number (L441-6 VI → L441-16) and a one-to-one article (L441-3 → L441-9)", () => {
    const [fine] = lintProse("# Article 12 : Sanctions\n\nLe non-respect des délais est puni de l'amende administrative de l'article L441-6 VI du Code de commerce.\n", rule);
    expect(fine).toMatchObject({ line: 3, column: 76, endColumn: 85, fix: { text: "441-16" } });
    const [invoice] = lintProse("# Article 5 : Facturation\n\nLa facture porte les mentions de l'article L441-3 du Code de commerce.\n", rule);
    expect(invoice).toMatchObject({ line: 3, column: 44, fix: { text: "441-9" } });
  });

  it("never reports L441-10, nor the new L441-3 (convention unique), nor another code", () => {
    expect(lintProse(penalties("l'article L441-10 du Code de commerce"), rule)).toEqual([]);
    expect(lintProse(penalties("l'article L441-10 du Code de commerce"), rule, { asOf: "2018-01-01" })).toEqual([]);
    expect(lintProse("# Article 2 : Convention\n\nLa convention unique de l'article L441-3 du Code de commerce est signée avant le 1er mars.\n", rule)).toEqual([]);
    expect(lintProse(penalties("l'article L441-6 du Code de la consommation"), rule)).toEqual([]);
  });

  it("says nothing before 26 April 2019", () => {
    expect(lintProse(penalties("l'article L441-6 du Code de commerce"), rule, { asOf: "2019-04-25" })).toEqual([]);
  });

  it("reports Livenote's bare citation of loi n° 2012-387 as information, with a suggestion", () => {
    const messages = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 257, column: 112, severity: "info" });
    expect(messages[0]!.message).toMatch(/^la « Loi n° 2012-387 du 22 mars 2012 »/);
    expect(messages[0]!.message).toContain("L. 441-10 et D. 441-5");
    expect(messages[0]!.fix).toBeUndefined();
    expect(messages[0]!.suggestions![0]!.fix.text).toBe("articles L. 441-10 et D. 441-5 du Code de commerce");
  });

  it("does not report the 2012 statute when the sentence cites the current articles, nor before 2019", () => {
    const both = "# Article 6 : Retard\n\nIndemnité de 40 € (loi n° 2012-387, articles L441-10 et D441-5 du Code de commerce).\n";
    expect(lintProse(both, rule)).toEqual([]);
    const bare = "# Article 6 : Retard\n\nIndemnité forfaitaire de 40 € (loi n° 2012-387 du 22 mars 2012).\n";
    expect(lintProse(bare, rule, { asOf: "2019-04-25" })).toEqual([]);
    expect(lintProse(bare, rule)).toHaveLength(1);
  });

  it("accepts the other sellers' current citations", () => {
    expect(lintRepoFiles(["terms/luxoges/cgt.yaml", "terms/luxoges/cgu.yaml", "terms/altairis/cgv.yaml", "terms/voguezen/cgv.yaml"], rule)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))("finds only the 2012 statute of the Livenote seed", () => {
    const lint = (seed: string, audience: "b2b" | "mixed", law: "FR" | "LU" = "FR") => lintProse(readFileSync(join(SEEDS, `${seed}.txt`), "utf8"), rule, { audience, law });
    expect(lint("002_4929b587e6a85f38", "mixed").map((m) => m.line)).toEqual([125]);
    for (const seed of ["000_1428806e8580c531", "001_4d303faaf5ba4ff2", "004_afafcd9942a486fc"]) expect(lint(seed, "b2b")).toEqual([]);
    expect(lint("003_d6f4e488504f7134", "b2b", "LU")).toEqual([]);
  });
});
