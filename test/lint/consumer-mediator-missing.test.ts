import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/consumer-mediator-missing.js";
import { ROOT, lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "consumer-mediator-missing";
const SEEDS = join(ROOT, "..", "shared", "seeds");
const mixed = { audience: "mixed" } as const;
const withClause = (body: string) => ({ ...mixed, clauses: [{ id: "mediation", title: "Médiation", body }] });

describe(ID, () => {
  describe("facts", () => {
    it("reports consumer terms without a mediator, at the seller", () => {
      const [m, ...rest] = lintTerms(mixed, rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, severity: "error", file: "terms.yaml", line: 13, column: 1 });
      expect(m!.legalBasis).toContain("fr.cconso.L612-1");
    });

    it("reports a mediator without its website", () => {
      const [m] = lintTerms({ ...mixed, seller: { mediator: { name: "CM2C" } } }, rule);
      expect(m).toMatchObject({ line: 32, column: 3 });
      expect(m!.message).toContain("« CM2C »");
    });

    it("accepts a mediator with its website, in the facts or in a clause", () => {
      expect(lintTerms({ ...mixed, seller: { mediator: { name: "CM2C", website: "https://www.cm2c.net" } } }, rule)).toEqual([]);
      expect(lintTerms(withClause("Le consommateur peut saisir gratuitement le médiateur CM2C, www.cm2c.net.\n"), rule)).toEqual([]);
      expect(lintTerms({ ...withClause("Médiateur de la consommation : CM2C. Site : cm2c.net\n"), seller: { mediator: { name: "CM2C" } } }, rule)).toEqual([]);
    });

    it("reports « un médiateur » without details at the words", () => {
      const [m] = lintTerms(withClause("En cas de litige, vous pouvez recourir à un médiateur.\n"), rule);
      expect(m).toMatchObject({ line: 48, column: 51, endColumn: 60 });
      expect(m!.legalBasis).toContain("fr.cconso.R616-1");
    });

    it("does not take the EU ODR platform or an e-mail address for the mediator's website", () => {
      const odr = "Vous pouvez recourir à la médiation ou à la plateforme européenne https://ec.europa.eu/consumers/odr.\n";
      expect(lintTerms(withClause(odr), rule)).toHaveLength(1);
      expect(lintTerms(withClause("Médiateur : écrire à contact@mediateur-conso.fr.\n"), rule)).toHaveLength(1);
    });

    it("does not apply to business-only terms", () => {
      expect(lintTerms({}, rule)).toEqual([]);
    });
  });

  describe("prose", () => {
    it("reports prose for consumers without a mediator, at the first title", () => {
      const [m] = lintProse("# Article 12 : Litiges\n\nTout litige relève du tribunal judiciaire de Paris.\n", rule, mixed);
      expect(m).toMatchObject({ line: 1, column: 16 });
    });

    it("reports the missing mediator at the disputes clause, not at the first clause", () => {
      const [m] = lintProse("# Article 1 : Objet\n\nVente en ligne de bougies.\n\n# Article 9 : Litiges\n\nLe droit français s'applique.\n", rule, mixed);
      expect(m).toMatchObject({ line: 5, column: 15 });
    });

    it("does not take a customer-service « Réclamations » clause for the disputes clause", () => {
      const text = "# Article 1 : Livraison et réclamations\n\nUn colis abîmé se signale sous 48 heures.\n\n# Article 2 : Divers\n\nEn cas de litige, le droit français s'applique.\n";
      expect(lintProse(text, rule, mixed)[0]).toMatchObject({ line: 7, column: 1 });
    });

    it("accepts a named mediator with a website", () => {
      const text = "# Article 12 : Médiation\n\nLe consommateur peut recourir gratuitement au médiateur de la consommation MEDICYS (www.medicys.fr).\n";
      expect(lintProse(text, rule, mixed)).toEqual([]);
    });
  });

  describe("bundled sellers", () => {
    it("livenote triggers in its seller file; the business-only sellers are out of scope", () => {
      const [m, ...rest] = lintRepoFiles(["terms/livenote/cgv.yaml"], rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ file: "terms/livenote/seller.yaml", ruleId: ID });
      const others = ["altairis/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
      expect(lintRepoFiles(others, rule)).toEqual([]);
    });

    it.skipIf(!existsSync(SEEDS))("and so does the Livenote seed text", () => {
      expect(lintProse(readFileSync(join(SEEDS, "002_4929b587e6a85f38.txt"), "utf8"), rule, mixed)).toHaveLength(1);
    });
  });
});

describe("consumer-mediator-missing and the law in force", () => {
  it("is not reported for terms judged before 1 January 2016, when the duty did not exist", () => {
    expect(lintRepoFiles(["terms/livenote/cgv.yaml"], rule, { asOf: "2015-06-01" })).toEqual([]);
    expect(lintRepoFiles(["terms/livenote/cgv.yaml"], rule, { asOf: "2016-01-01" }).length).toBeGreaterThan(0);
  });
});
