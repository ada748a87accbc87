// A foreign register's number is not a SIREN (src/lint/rules/invalid-identifier.ts `recognised`):
// even under French law, « CHE-123.456.788 » after « registre du commerce » is Swiss; under a law
// without a profile, a number is a SIREN only where the text calls it so. Texts written for the test.
import { describe, expect, it } from "vitest";
import rule from "../../../src/lint/rules/invalid-identifier.js";
import { lintProse } from "../helpers.js";

const own = (text: string, law?: string) => lintProse(text, rule, { law }).filter((m) => m.ruleId === rule.meta.id);

describe("invalid-identifier on foreign registers", () => {
  it("a Swiss IDE after « registre du commerce » is not checked as a SIREN, even under French law", () => {
    expect(own("# Article 1 : Vendeur\n\nExemple Sàrl, inscrite au registre du commerce de Genève, CHE-123.456.788.\n", "FR")).toEqual([]);
  });

  it("a Belgian number after « registre du commerce » is no SIREN under Belgian law", () => {
    expect(own("# Article 1 : Vendeur\n\nExemple SRL, inscrite au registre du commerce de Liège sous le n° 123.456.788.\n", "BE")).toEqual([]);
  });

  it("a number the text calls a SIREN is still checked, under any law", () => {
    expect(own("# Article 1 : Vendeur\n\nExemple SRL, filiale belge, SIREN 123 456 788.\n", "BE").map((m) => m.ruleId)).toEqual(["invalid-identifier"]);
  });

  it("and a French RCS number still is under French law", () => {
    expect(own("# Article 1 : Vendeur\n\nExemple SAS, RCS Nantes 123 456 788.\n", "FR").map((m) => m.ruleId)).toEqual(["invalid-identifier"]);
  });
});
