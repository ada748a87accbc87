import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/governing-law-missing.js";
import { lintProse, lintTerms } from "./helpers.js";

describe("governing-law-missing", () => {
  it("reports a terms file without governingLaw nor a law clause, at the closest parent", () => {
    const messages = lintTerms({ governingLaw: null, clauses: [{ id: "objet", title: "Objet", body: "Tout litige relève du Tribunal de commerce de Nantes.\n" }] }, rule);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "governing-law-missing", severity: "warning", line: 1, column: 1 });
  });

  it("accepts governingLaw in the facts", () => {
    expect(lintTerms({}, rule)).toEqual([]);
  });

  it("accepts a law clause in prose", () => {
    expect(lintProse("# Article 1 : Litiges\n\nLes présentes CGV sont régies par le droit luxembourgeois.\n", rule)).toEqual([]);
  });

  it("reports prose without a law clause at the disputes clause when there is one", () => {
    const [m] = lintProse("# Article 1 : Objet\n\nVente de services.\n\n# Article 2 : Litiges\n\nTout litige sera porté devant le tribunal de commerce de Lyon.\n", rule);
    expect(m).toMatchObject({ ruleId: "governing-law-missing", line: 5, column: 15 });
  });

  it("without a disputes clause, reports it at the line that speaks of disputes", () => {
    const text = "Conditions de l'Atelier Brume\n\n1 - Les devis sont valables un mois.\n\n2 - Tout litige sera porté devant le tribunal de commerce de Lyon.\n";
    expect(lintProse(text, rule)[0]).toMatchObject({ ruleId: "governing-law-missing", line: 5, column: 1 });
  });

  it("reports prose without a law clause", () => {
    const [m] = lintProse("# Article 1 : Objet\n\nLes présentes conditions s'appliquent.\n", rule);
    expect(m).toMatchObject({ ruleId: "governing-law-missing", line: 1, column: 15 });
  });
});
