import { describe, expect, it } from "vitest";
import rule from "../../src/lint/rules/legal-guarantees-info-missing.js";
import { lintProse, lintRepoFiles, lintTerms } from "./helpers.js";

const ID = "legal-guarantees-info-missing";
const mixed = { audience: "mixed" } as const;
const delivery = { id: "livraison", number: "4", title: "Livraison", body: "Les produits commandés sont livrés par transporteur à l'adresse indiquée.\n" };
const conformity = { id: "conformite", number: "5", title: "Garantie légale de conformité", body: "Le vendeur répond des défauts de conformité existant lors de la délivrance du bien, pendant deux ans (C. conso art. L217-3 et suivants).\n" };
const hidden = { id: "vices", number: "6", title: "Vices cachés", body: "Le vendeur est tenu de la garantie des vices cachés (C. civ. art. 1641 à 1649).\n" };
const terms = (...clauses: object[]) => ({ ...mixed, clauses });

describe(ID, () => {
  describe("facts", () => {
    it("reports consumer terms of a sale of goods that mention neither guarantee, at the words that make it a sale of goods", () => {
      const [m, ...rest] = lintTerms(terms(delivery), rule);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ruleId: ID, severity: "error" });
      expect(m!.message).toContain("garantie légale de conformité et de la garantie des vices cachés");
      expect(m!.legalBasis).toEqual(["fr.cconso.L211-2", "fr.cconso.L217-3", "fr.cciv.1641"]);
    });

    it("names the one guarantee that is missing, in English too", () => {
      const [noHidden] = lintTerms(terms(delivery, conformity), rule);
      expect(noHidden!.message).toContain("pas la garantie des vices cachés");
      expect(noHidden!.legalBasis).toEqual(["fr.cconso.L211-2", "fr.cciv.1641"]);
      const [noConformity] = lintTerms(terms(delivery, hidden), rule, { locale: "en" });
      expect(noConformity!.message).toContain("but not the legal guarantee of conformity");
    });

    it("accepts terms with both guarantees, services with no goods, and business-only terms", () => {
      expect(lintTerms(terms(delivery, conformity, hidden), rule)).toEqual([]);
      const service = { id: "objet", number: "1", title: "Objet", body: "Le prestataire réalise des prestations de conseil et de formation.\n" };
      expect(lintTerms(terms(service), rule)).toEqual([]);
      expect(lintTerms({ clauses: [delivery] }, rule)).toEqual([]);
    });

    it("is not checked before the article's numbering (2016-07-01)", () => {
      expect(lintTerms(terms(delivery), rule, { asOf: "2016-06-30" })).toEqual([]);
    });
  });

  describe("prose", () => {
    it("reports a sale with shipping costs and no guarantees, at the title when no clause is for guarantees", () => {
      // Issue #11, deliverable 6: an absent mention points at the clause where it belongs, else the title (it
      // pointed at « frais de port », the words that show goods are sold, before).
      const text = "# Article 3 : Expédition\n\nLes frais de port sont offerts dès 50 € d'achat.\n";
      const [m, ...rest] = lintProse(text, rule, mixed);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ line: 1 });
    });

    it("accepts the usual wording, « défaut de conformité » and « vices cachés »", () => {
      const text = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 8 : Garanties\n\nLe vendeur répond des défauts de conformité du bien et des vices cachés de la chose vendue.\n";
      expect(lintProse(text, rule, mixed)).toEqual([]);
    });

    it("reports at the clause about guarantees, complaints or returns when the text has one", () => {
      const text = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 7 : Retours et réclamations\n\nTout colis abîmé se signale sous 48 heures.\n";
      expect(lintProse(text, rule, mixed)[0]).toMatchObject({ line: 5 });
      const guarantee = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 6 : Retours\n\nSous 30 jours.\n\n# Article 7 : Garantie commerciale\n\nUn an pièces et main-d'œuvre.\n";
      expect(lintProse(guarantee, rule, mixed)[0]).toMatchObject({ line: 9 });
    });

    it("reports a half-told guarantee where it is told", () => {
      const text = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 6 : Réclamations\n\nUn produit abîmé se signale sous 48 heures.\nPassé ce délai, et sauf vice caché, aucune réclamation n'est acceptée.\n";
      const [m] = lintProse(text, rule, mixed);
      expect(m).toMatchObject({ line: 8 });
      expect(m!.message).toContain("pas la garantie légale de conformité");
    });

    it("accepts « les garanties légales (conformité et vices cachés) », and still wants both", () => {
      const both = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 8 : Garanties\n\nLes articles bénéficient des garanties légales applicables (conformité et vices cachés).\n";
      expect(lintProse(both, rule, mixed)).toEqual([]);
      const one = "# Article 3 : Expédition\n\nLes frais de port sont offerts.\n\n# Article 8 : Garanties\n\nLes articles bénéficient de la garantie légale contre les vices cachés ; la conformité est vérifiée à la livraison.\n";
      expect(lintProse(one, rule, mixed).map((m) => m.message)).toEqual([expect.stringContaining("pas la garantie légale de conformité")]);
    });
  });

  it("finds nothing on the bundled sellers (Livenote, the one selling to consumers, sells services)", () => {
    const all = ["altairis/cgv", "livenote/cgv", "luxoges/cgt", "luxoges/cgu", "petillances/cg", "voguezen/cgv"].map((f) => `terms/${f}.yaml`);
    expect(lintRepoFiles(all, rule)).toEqual([]);
  });
});
